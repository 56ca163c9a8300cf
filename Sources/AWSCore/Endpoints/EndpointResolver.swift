/// Finds a service's endpoint the way the AWS CLI does: `--endpoint-url`, `AWS_ENDPOINT_URL_<SERVICE>`,
/// `AWS_ENDPOINT_URL`, the profile's `services` section, the profile's `endpoint_url`, then AWS's own
/// (FIPS when `AWS_USE_FIPS_ENDPOINT=true`). `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` skips the env and files.
public struct EndpointResolver: Sendable {
    public var flag: String?
    public var environment: [String: String]
    public var profile: Profile?
    public var configuration: SharedConfiguration?
    /// How `flag` is named in `source` (the demo passes its emulator's URL as if it were --endpoint-url).
    public var flagLabel = "--endpoint-url"

    public init(flag: String?, environment: [String: String], profile: Profile? = nil, configuration: SharedConfiguration? = nil,
                flagLabel: String = "--endpoint-url") {
        self.flag = flag
        self.flagLabel = flagLabel
        self.environment = environment
        self.profile = profile
        self.configuration = configuration
    }

    /// The endpoint and where it came from.
    public struct Resolved: Sendable, Equatable {
        public var endpoint: AWSEndpoint
        public var source: String
    }

    public func resolve(_ service: AWSServiceDescriptor, region: String) throws(EndpointError) -> Resolved {
        if let flag, !flag.isEmpty {
            return Resolved(endpoint: try AWSEndpoint(service: service, region: region, customURL: flag), source: flagLabel)
        }
        let ignoreConfigured = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true"
            || profile?.string("ignore_configured_endpoint_urls")?.lowercased() == "true"
        if !ignoreConfigured {
            let key = Self.configKey(service)
            let variable = "AWS_ENDPOINT_URL_" + key.uppercased()
            for name in [variable, "AWS_ENDPOINT_URL"] {
                if let url = environment[name], !url.isEmpty {
                    return Resolved(endpoint: try AWSEndpoint(service: service, region: region, customURL: url), source: name)
                }
            }
            if let profile, let servicesName = profile.string("services"),
               case let .nested(block)? = configuration?.services(servicesName)?[key], let url = block["endpoint_url"], !url.isEmpty {
                return Resolved(endpoint: try AWSEndpoint(service: service, region: region, customURL: url),
                                source: "[services \(servicesName)] \(key).endpoint_url")
            }
            if let profile, let url = profile.string("endpoint_url") {
                return Resolved(endpoint: try AWSEndpoint(service: service, region: region, customURL: url),
                                source: "profile \(profile.name) endpoint_url")
            }
        }
        let fips = environment["AWS_USE_FIPS_ENDPOINT"]?.lowercased() == "true" || profile?.string("use_fips_endpoint")?.lowercased() == "true"
        return Resolved(endpoint: try AWSEndpoint(service: service, region: region, fips: fips), source: fips ? "AWS (FIPS)" : "AWS")
    }

    /// The key in `AWS_ENDPOINT_URL_<KEY>` and in a `services` section: the service id, lower-cased.
    static func configKey(_ service: AWSServiceDescriptor) -> String {
        switch service.signingName {
        case "sagemaker": return "sagemaker"
        case "sts": return "sts"
        default: return service.signingName
        }
    }
}
