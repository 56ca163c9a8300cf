import AWSSigV4
import Foundation

/// Verifies the SigV4 signature of an incoming request the way AWS does, with AWS's error codes and messages.
struct RequestAuthenticator: Sendable {
    /// The keys it accepts.
    var store: CredentialStore
    /// How far `X-Amz-Date` may be from the server's clock.
    var allowedSkew: TimeInterval = 300

    /// The request as received: method, raw path and query, every header (Host included), body.
    struct Incoming: Sendable {
        var method: String
        var path: String
        var query: String
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            let wanted = name.lowercased()
            let values = headers.filter { $0.name.lowercased() == wanted }.map(\.value)
            return values.isEmpty ? nil : values.joined(separator: ",")
        }
    }

    /// Returns the verified access key id and the signed region, or the error AWS would answer. `now` is the wall
    /// clock the signature's date is checked against; `credentialTime` the (possibly advanced) time that decides
    /// whether temporary credentials have expired.
    func authenticate(_ request: Incoming, service: String, now: Date, credentialTime: Date? = nil) -> Result<(accessKeyId: String, region: String, identity: CredentialStore.Entry), EmulatorError> {
        guard let header = request.header("Authorization") else {
            return .failure(EmulatorError(status: 403, code: "MissingAuthenticationTokenException", message: "Missing Authentication Token"))
        }
        let authorization: SigV4Authorization
        do {
            authorization = try SigV4Authorization(header: header)
        } catch {
            return .failure(EmulatorError(status: 403, code: "IncompleteSignatureException", message: error.description))
        }
        guard let dateText = request.header("X-Amz-Date"), let date = SigV4Date(timestamp: dateText) else {
            return .failure(EmulatorError(
                status: 403, code: "IncompleteSignatureException",
                message: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."))
        }
        let nowSeconds = Int64(now.timeIntervalSince1970)
        if abs(nowSeconds - date.secondsSince1970) > Int64(allowedSkew) {
            let nowText = SigV4Date(secondsSince1970: nowSeconds).timestamp
            let bound = SigV4Date(secondsSince1970: nowSeconds + (date.secondsSince1970 > nowSeconds ? 1 : -1) * Int64(allowedSkew)).timestamp
            let relation = date.secondsSince1970 > nowSeconds ? "later" : "earlier"
            return .failure(EmulatorError(
                status: 403, code: "InvalidSignatureException",
                message: "Signature expired: \(dateText) is now \(relation) than \(bound) (\(nowText) \(relation == "earlier" ? "-" : "+") 5 min.)"))
        }
        guard let stored = store.entry(for: authorization.accessKeyId),
              stored.sessionToken == nil || request.header("X-Amz-Security-Token") == stored.sessionToken
        else {
            return .failure(EmulatorError(
                status: 403, code: "UnrecognizedClientException", message: "The security token included in the request is invalid."))
        }
        if let expiration = stored.expiration, expiration <= (credentialTime ?? now) {
            return .failure(EmulatorError(
                status: 400, code: "ExpiredTokenException", message: "The security token included in the request is expired"))
        }
        let secret = stored.secret
        guard authorization.service == service else {
            return .failure(EmulatorError(
                status: 403, code: "InvalidSignatureException",
                message: "Credential should be scoped to correct service: '\(service)'. "))
        }
        guard authorization.day == date.day else {
            return .failure(EmulatorError(
                status: 403, code: "InvalidSignatureException",
                message: "Credential should be scoped to a valid date: '\(date.day)'."))
        }
        let signedNames = Set(authorization.signedHeaders)
        guard signedNames.contains("host") else {
            return .failure(EmulatorError(
                status: 403, code: "InvalidSignatureException",
                message: "'Host' must be a 'SignedHeader' in the AWS Authorization."))
        }
        let signedHeaders: [(name: String, value: String)] = authorization.signedHeaders.map { name in
            (name, request.header(name) ?? (name == "content-length" ? String(request.body.count) : ""))
        }
        let signer = SigV4Signer(
            credentials: SigV4Credentials(accessKeyId: authorization.accessKeyId, secretAccessKey: secret),
            region: authorization.region, service: authorization.service)
        // Sign exactly the headers the client signed; the date header is already among them.
        let expected = signer.signature(
            SigV4Request(method: request.method, path: request.path, query: request.query, headers: signedHeaders, body: request.body),
            date: date)
        guard constantTimeEqual(expected, authorization.signature) else {
            return .failure(EmulatorError(
                status: 403, code: "InvalidSignatureException",
                message: "The request signature we calculated does not match the signature you provided. Check your AWS "
                    + "Secret Access Key and signing method. Consult the service documentation for details."))
        }
        return .success((authorization.accessKeyId, authorization.region, stored))
    }

    private func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
