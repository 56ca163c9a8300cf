/// The protocol facts of one AWS service, as in botocore's model metadata.
public struct AWSServiceDescriptor: Sendable, Equatable {
    /// SigV4 signing name, e.g. "personalize".
    public var signingName: String
    /// JSON 1.1 target prefix, e.g. "AmazonPersonalize".
    public var targetPrefix: String
    /// Host prefix, e.g. "personalize" or "api.sagemaker".
    public var endpointPrefix: String

    public init(signingName: String, targetPrefix: String, endpointPrefix: String) {
        self.signingName = signingName
        self.targetPrefix = targetPrefix
        self.endpointPrefix = endpointPrefix
    }

    public static let personalize = AWSServiceDescriptor(
        signingName: "personalize", targetPrefix: "AmazonPersonalize", endpointPrefix: "personalize")
    public static let sagemaker = AWSServiceDescriptor(
        signingName: "sagemaker", targetPrefix: "SageMaker", endpointPrefix: "api.sagemaker")
    /// STS speaks the Query protocol; it has no target prefix.
    public static let sts = AWSServiceDescriptor(signingName: "sts", targetPrefix: "", endpointPrefix: "sts")
}

/// Where requests go: a custom endpoint URL wins, else AWS's own endpoint for the region.
public struct AWSEndpoint: Sendable, Equatable {
    public var url: String
    public var region: String
    /// True when the URL is not AWS's own (an emulator, a proxy, a VPC endpoint).
    public var isCustom: Bool

    public init(service: AWSServiceDescriptor, region: String, customURL: String? = nil, fips: Bool = false) throws(EndpointError) {
        guard Self.isValidRegion(region) else { throw EndpointError("'\(region)' is not a valid AWS region name") }
        self.region = region
        if let customURL {
            guard customURL.hasPrefix("http://") || customURL.hasPrefix("https://"),
                  customURL.count > "https://".count
            else { throw EndpointError("endpoint URL '\(customURL)' must start with http:// or https://") }
            var trimmed = customURL
            while trimmed.hasSuffix("/") { trimmed.removeLast() }
            self.url = trimmed
            self.isCustom = true
        } else {
            let china = region.hasPrefix("cn-")
            let suffix = china ? "amazonaws.com.cn" : "amazonaws.com"
            var host = service.endpointPrefix
            if fips {
                // botocore's rule sets: SageMaker in the aws partition uses api-fips.sagemaker; others append -fips.
                host = service.endpointPrefix == "api.sagemaker" && !china && !region.hasPrefix("us-iso")
                    ? "api-fips.sagemaker" : service.endpointPrefix + "-fips"
            }
            self.url = "https://\(host).\(region).\(suffix)"
            self.isCustom = false
        }
    }

    /// The host and, when not the scheme's default, the port: the value of the Host header.
    public var hostHeader: String {
        let withoutScheme = url.split(separator: "://", maxSplits: 1).last.map(String.init) ?? url
        let authority = withoutScheme.split(separator: "/", maxSplits: 1).first.map(String.init) ?? withoutScheme
        if url.hasPrefix("https://"), authority.hasSuffix(":443") { return String(authority.dropLast(4)) }
        if url.hasPrefix("http://"), authority.hasSuffix(":80") { return String(authority.dropLast(3)) }
        return authority
    }

    static func isValidRegion(_ region: String) -> Bool {
        !region.isEmpty && region.count <= 63
            && region.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
            && region.first != "-" && region.last != "-"
    }
}

/// A region or endpoint URL that cannot be used.
public struct EndpointError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
