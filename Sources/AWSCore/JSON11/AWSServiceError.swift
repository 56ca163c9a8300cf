import Foundation

/// An error answer from an AWS service, decoded the way the SDKs do it.
public struct AWSServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The shape name, e.g. "ResourceNotFoundException" (namespace and URI suffix removed).
    public var code: String
    public var message: String
    public var httpStatus: Int
    public var requestId: String?

    public init(code: String, message: String, httpStatus: Int, requestId: String? = nil) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.requestId = requestId
    }

    public var description: String {
        message.isEmpty ? "\(code) (HTTP \(httpStatus))" : "\(code): \(message)"
    }

    /// Decodes an error response: code from `X-Amzn-Errortype`, body `code` or `__type` (cut at ':', then after '#');
    /// message from `message` or `Message`; falls back to the HTTP status when the body says nothing.
    public static func decode(_ response: HTTPResponseData) -> AWSServiceError {
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        let rawCode = response.header("X-Amzn-Errortype") ?? (object["code"] as? String) ?? (object["__type"] as? String)
        let message = (object["message"] as? String) ?? (object["Message"] as? String) ?? ""
        let code = rawCode.map(sanitizeCode) ?? fallbackCode(status: response.status)
        return AWSServiceError(
            code: code, message: message, httpStatus: response.status, requestId: response.header("x-amzn-RequestId"))
    }

    /// `aws.protocoltests#FooError:http://internal` -> `FooError`
    public static func sanitizeCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        return String(code)
    }

    public static func fallbackCode(status: Int) -> String {
        switch status {
        case 400: return "BadRequest"
        case 403: return "Forbidden"
        case 404: return "NotFound"
        case 413: return "RequestEntityTooLarge"
        case 429: return "TooManyRequestsException"
        case 500..<600: return "InternalFailure"
        default: return "HTTP\(status)"
        }
    }
}
