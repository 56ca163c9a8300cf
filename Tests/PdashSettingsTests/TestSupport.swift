import Foundation
@testable import PdashSettings

/// Shared helpers: parsing with a fixed file name, catching the error, and throwaway directories.
enum TestSupport {
    static let file = "/home/u/.config/pdash/config.toml"
    static let actions: Set<String> = ["train", "stop", "refresh", "quit", "help"]

    static func parse(_ text: String, actions: Set<String> = actions) throws(ConfigError) -> PdashConfig {
        try PdashConfig.parse(text, file: file, knownActions: actions)
    }

    /// The error parsing `text` throws, or nil when it parses.
    static func error(_ text: String, actions: Set<String> = actions) -> ConfigError? {
        do {
            _ = try parse(text, actions: actions)
            return nil
        } catch {
            return error
        }
    }

    /// The TOML document for `text`, or nil when it does not parse.
    static func document(_ text: String) -> TOMLDocument? {
        try? TOMLDocument.parse(text, file: file)
    }

    /// The value of `key` in the root table of `text`.
    static func rootValue(_ text: String, _ key: String = "v") -> TOMLValue? {
        document(text)?.table([])?.entry(key)?.value
    }

    /// A new empty directory under the system temporary directory; the caller removes it.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "pdash-settings-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The permission bits of the file or directory at `path`.
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return ((attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }
}
