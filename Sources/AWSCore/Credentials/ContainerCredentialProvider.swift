import Foundation

/// ECS/EKS container credentials: `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (on 169.254.170.2) or
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` (https, loopback, or the ECS/EKS agent addresses), with the
/// `Authorization` value from `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` or `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
public struct ContainerCredentialProvider: CredentialProvider {
    public let name = "container"
    private let environment: [String: String]
    private let transport: any HTTPTransport
    private let timeout: Duration

    public init(environment: [String: String], transport: any HTTPTransport = AsyncHTTPClientTransport(), timeout: Duration = .seconds(2)) {
        self.environment = environment
        self.transport = transport
        self.timeout = timeout
    }

    private struct Document: Decodable {
        var AccessKeyId: String?
        var SecretAccessKey: String?
        var Token: String?
        var Expiration: String?
    }

    /// The URL to ask, nil when the environment names none.
    public func url() throws -> String? {
        if let relative = environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"], !relative.isEmpty {
            return "http://169.254.170.2" + (relative.hasPrefix("/") ? relative : "/" + relative)
        }
        guard let full = environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"], !full.isEmpty else { return nil }
        guard Self.isAllowed(full) else {
            throw CredentialError("AWS_CONTAINER_CREDENTIALS_FULL_URI must use https, a loopback address, 169.254.170.2, "
                + "169.254.170.23 or fd00:ec2::23, not '\(full)'")
        }
        return full
    }

    static func isAllowed(_ url: String) -> Bool {
        if url.hasPrefix("https://") { return true }
        guard url.hasPrefix("http://") else { return false }
        let authority = url.dropFirst(7).split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        var host = authority
        if host.hasPrefix("[") { host = String(host.dropFirst().prefix { $0 != "]" }) } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        return host == "localhost" || host.hasPrefix("127.") || host == "::1" || host == "169.254.170.2"
            || host == "169.254.170.23" || host.lowercased() == "fd00:ec2::23"
    }

    private func authorization() throws -> String? {
        var value: String?
        if let file = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"], !file.isEmpty {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CredentialError("cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (\(file))")
            }
            value = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        } else if let token = environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"], !token.isEmpty {
            value = token
        }
        if let value, value.contains("\r") || value.contains("\n") {
            throw CredentialError("the container authorization token contains a line break; refusing to send it")
        }
        return value
    }

    public func resolve() async throws -> AWSCredentials? {
        guard let url = try url() else { return nil }
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        if let authorization = try authorization() { headers.append(("Authorization", authorization)) }
        var lastError: (any Error)?
        for _ in 0..<2 {
            do {
                let response = try await transport.send(HTTPRequestData(method: "GET", url: url, headers: headers, body: []), timeout: timeout)
                guard response.status == 200 else {
                    throw CredentialError("container credentials endpoint \(url) answered HTTP \(response.status)")
                }
                guard let document = try? JSONDecoder().decode(Document.self, from: Data(response.body)),
                      let keyId = document.AccessKeyId, let secret = document.SecretAccessKey
                else { throw CredentialError("container credentials endpoint \(url) sent no AccessKeyId/SecretAccessKey") }
                return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: document.Token,
                                      expiration: document.Expiration.flatMap(ISO8601Time.parse), source: name)
            } catch {
                lastError = error
            }
        }
        throw lastError.map { $0 as? CredentialError ?? CredentialError("container credentials endpoint \(url): \($0)") }
            ?? CredentialError("container credentials endpoint \(url) failed")
    }
}
