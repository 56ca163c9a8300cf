import Crypto

/// Signs HTTP requests with AWS Signature Version 4 (header signing). Pure: the date is a parameter.
public struct SigV4Signer: Sendable {
    public var credentials: SigV4Credentials
    public var region: String
    public var service: String
    /// Remove `.`/`..` segments and duplicate slashes from the path before encoding (all services but S3).
    public var normalizePath: Bool
    /// Add and sign an `x-amz-content-sha256` header carrying the payload hash.
    public var signPayloadHeader: Bool
    /// Add the session token after signing instead of signing it (a few services want this).
    public var omitSessionTokenFromSignature: Bool

    public init(
        credentials: SigV4Credentials, region: String, service: String,
        normalizePath: Bool = true, signPayloadHeader: Bool = false, omitSessionTokenFromSignature: Bool = false
    ) {
        self.credentials = credentials
        self.region = region
        self.service = service
        self.normalizePath = normalizePath
        self.signPayloadHeader = signPayloadHeader
        self.omitSessionTokenFromSignature = omitSessionTokenFromSignature
    }

    /// Everything computed while signing, exposed so tests and the emulator can compare each step.
    public struct Signature: Sendable, Equatable {
        public var canonicalRequest: String
        public var stringToSign: String
        public var signature: String
        public var signedHeaders: String
        /// Headers to add to the request, in the order they should be sent.
        public var headersToAdd: [(name: String, value: String)]

        public static func == (lhs: Signature, rhs: Signature) -> Bool {
            lhs.canonicalRequest == rhs.canonicalRequest && lhs.signature == rhs.signature
                && lhs.headersToAdd.map { "\($0.name):\($0.value)" } == rhs.headersToAdd.map { "\($0.name):\($0.value)" }
        }
    }

    /// Signs `request` as of `date` and returns the headers to add (X-Amz-Date, token, Authorization).
    public func sign(_ request: SigV4Request, date: SigV4Date) -> Signature {
        var headers = request.headers
        var added: [(name: String, value: String)] = []
        let payloadHash = SigV4Hash.sha256Hex(request.body)
        if signPayloadHeader {
            added.append(("x-amz-content-sha256", payloadHash))
        }
        added.append(("X-Amz-Date", date.timestamp))
        if let token = credentials.sessionToken, !omitSessionTokenFromSignature {
            added.append(("X-Amz-Security-Token", token))
        }
        headers.append(contentsOf: added)
        var signed = request
        signed.headers = headers
        let core = compute(signed, date: date, payloadHash: payloadHash)
        let authorization = "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyId)/\(scope(date)), "
            + "SignedHeaders=\(core.signedHeaders), Signature=\(core.signature)"
        if let token = credentials.sessionToken, omitSessionTokenFromSignature {
            added.append(("X-Amz-Security-Token", token))
        }
        added.append(("Authorization", authorization))
        return Signature(
            canonicalRequest: core.canonicalRequest, stringToSign: core.stringToSign, signature: core.signature,
            signedHeaders: core.signedHeaders, headersToAdd: added)
    }

    /// The hex signature over exactly `request.headers` (nothing added): what a server recomputes to verify.
    public func signature(_ request: SigV4Request, date: SigV4Date) -> String {
        compute(request, date: date, payloadHash: SigV4Hash.sha256Hex(request.body)).signature
    }

    private func scope(_ date: SigV4Date) -> String {
        "\(date.day)/\(region)/\(service)/aws4_request"
    }

    private func compute(_ request: SigV4Request, date: SigV4Date, payloadHash: String)
        -> (canonicalRequest: String, stringToSign: String, signature: String, signedHeaders: String)
    {
        let canonical = SigV4Canonicalizer(normalizePath: normalizePath)
        let canonicalHeaders = canonical.canonicalHeaders(request.headers)
        let signedHeaders = canonicalHeaders.map(\.name).joined(separator: ";")
        let canonicalRequest = [
            request.method.uppercased(),
            canonical.canonicalPath(request.path),
            canonical.canonicalQuery(request.query),
            canonicalHeaders.map { "\($0.name):\($0.value)\n" }.joined(),
            signedHeaders,
            payloadHash,
        ].joined(separator: "\n")
        let stringToSign = [
            "AWS4-HMAC-SHA256", date.timestamp, scope(date), SigV4Hash.sha256Hex(Array(canonicalRequest.utf8)),
        ].joined(separator: "\n")
        let signature = SigV4Hash.hex(SigV4Hash.hmac(key: signingKey(day: date.day), Array(stringToSign.utf8)))
        return (canonicalRequest, stringToSign, signature, signedHeaders)
    }

    /// The derived key: HMAC chain over day, region, service and "aws4_request".
    public func signingKey(day: String) -> [UInt8] {
        var key = SigV4Hash.hmac(key: Array("AWS4\(credentials.secretAccessKey)".utf8), Array(day.utf8))
        for part in [region, service, "aws4_request"] {
            key = SigV4Hash.hmac(key: key, Array(part.utf8))
        }
        return key
    }
}

/// Access key id, secret and optional session token used to sign.
public struct SigV4Credentials: Sendable, Equatable {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var sessionToken: String?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

/// The parts of an HTTP request that SigV4 covers. `path` and `query` are as sent on the wire.
public struct SigV4Request: Sendable {
    public var method: String
    public var path: String
    public var query: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, path: String, query: String = "", headers: [(name: String, value: String)], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }
}

/// Hashing helpers (SHA-256, HMAC-SHA256, lowercase hex).
public enum SigV4Hash {
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(Array(SHA256.hash(data: bytes)))
    }

    public static func hmac(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }

    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
