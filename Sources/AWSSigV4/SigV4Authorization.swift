/// A parsed `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...` header.
public struct SigV4Authorization: Sendable, Equatable {
    public var accessKeyId: String
    public var day: String
    public var region: String
    public var service: String
    public var signedHeaders: [String]
    public var signature: String

    /// Why an Authorization header could not be parsed; the text is what a server would answer.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public init(header: String) throws(ParseError) {
        let prefix = "AWS4-HMAC-SHA256 "
        guard header.hasPrefix(prefix) else {
            throw ParseError(description: "Authorization header requires the AWS4-HMAC-SHA256 algorithm.")
        }
        var fields: [String: String] = [:]
        for part in header.dropFirst(prefix.count).split(separator: ",") {
            let item = part.trimmingSpaces()
            guard let equals = item.firstIndex(of: "=") else { continue }
            fields[String(item[..<equals])] = String(item[item.index(after: equals)...])
        }
        guard let credential = fields["Credential"] else {
            throw ParseError(description: "Authorization header requires 'Credential' parameter.")
        }
        guard let signedHeaders = fields["SignedHeaders"] else {
            throw ParseError(description: "Authorization header requires 'SignedHeaders' parameter.")
        }
        guard let signature = fields["Signature"] else {
            throw ParseError(description: "Authorization header requires 'Signature' parameter.")
        }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request", !scope[0].isEmpty else {
            throw ParseError(description: "Credential should be scoped to a valid region, not '\(credential)'.")
        }
        self.accessKeyId = scope[0]
        self.day = scope[1]
        self.region = scope[2]
        self.service = scope[3]
        self.signedHeaders = signedHeaders.split(separator: ";").map(String.init)
        self.signature = signature
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var result = self
        while result.first == " " { result = result.dropFirst() }
        while result.last == " " { result = result.dropLast() }
        return result
    }
}
