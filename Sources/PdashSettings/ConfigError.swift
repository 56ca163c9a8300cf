/// A problem with the pdash config file, pinned to the file, line and key it concerns.
///
/// The description reads like a compiler diagnostic, for example
/// `/home/u/.config/pdash/config.toml:7: key 'refresh.active': must be a number of seconds between 1 and 3600, got "fast"`.
/// Errors about the file as a whole (missing, unreadable, not UTF-8) have line 0; their message names the file
/// and the description is the message alone.
public struct ConfigError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The config file's path as given to the parser or loader.
    public var file: String
    /// The 1-based line the problem is on, or 0 when it concerns the whole file.
    public var line: Int
    /// The offending key with its table path (`refresh.active`, `profiles.prod.region`), when there is one.
    public var key: String?
    /// What is wrong, without the location.
    public var message: String

    /// Creates an error; `line` is 1-based, 0 for the whole file.
    public init(file: String, line: Int, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `FILE:LINE: key 'KEY': MESSAGE`, without the key part when there is no key, and just the message for line 0.
    public var description: String {
        let keyPart = key.map { "key '\($0)': " } ?? ""
        if line <= 0 { return keyPart + message }
        return "\(file):\(line): \(keyPart)\(message)"
    }
}
