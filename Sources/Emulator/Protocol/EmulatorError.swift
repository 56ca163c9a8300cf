import AWSCore

/// An error answer in the JSON 1.1 wire format: `{"__type": code, "message": ...}` with an HTTP status.
struct EmulatorError: Error, Sendable, Equatable {
    var status: Int
    var code: String
    var message: String
    /// "message" for most shapes; SageMaker's ResourceNotFound models it as "Message".
    var messageKey = "message"

    init(status: Int, code: String, message: String, messageKey: String = "message") {
        self.status = status
        self.code = code
        self.message = message
        self.messageKey = messageKey
    }

    static func invalidInput(_ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: "InvalidInputException", message: message)
    }

    static func resourceNotFound(_ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: "ResourceNotFoundException", message: message)
    }

    static func invalidNextToken() -> EmulatorError {
        EmulatorError(status: 400, code: "InvalidNextTokenException", message: "The next token is not valid for this request.")
    }

    static func serialization(_ message: String) -> EmulatorError {
        EmulatorError(status: 400, code: "SerializationException", message: message)
    }

    static func unknownOperation(_ target: String) -> EmulatorError {
        EmulatorError(status: 400, code: "UnknownOperationException", message: "Unknown operation \(target)")
    }

    static func internalFailure(_ message: String) -> EmulatorError {
        EmulatorError(status: 500, code: "InternalFailure", message: message)
    }

    /// A mutation that could not be saved is not acknowledged.
    static func notSaved(_ error: StateFileError) -> EmulatorError {
        .internalFailure("The request could not be completed: \(error.description)")
    }

    /// The body AWS sends for it.
    var body: [UInt8] {
        Array("{\"__type\":\(JSONText.quote(code)),\(JSONText.quote(messageKey)):\(JSONText.quote(message))}".utf8)
    }
}
