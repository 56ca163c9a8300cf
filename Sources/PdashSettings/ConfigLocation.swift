import Foundation

/// Where pdash's config file lives, and reading it from disk.
public enum ConfigLocation {
    /// `$XDG_CONFIG_HOME/pdash/config.toml` when `XDG_CONFIG_HOME` is an absolute path,
    /// else `$HOME/.config/pdash/config.toml` (the process's home directory when `HOME` is unset or empty).
    public static func defaultPath(environment: [String: String]) -> String {
        if let base = absoluteDirectory(environment["XDG_CONFIG_HOME"]) {
            return base + "/pdash/config.toml"
        }
        let home = absoluteDirectory(environment["HOME"]) ?? NSHomeDirectory()
        return home + "/.config/pdash/config.toml"
    }

    /// Reads and validates the config file at `path`.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - explicit: Whether the user named the file (`--config`). A missing default file is the empty config;
    ///     a missing file the user named is an error.
    ///   - knownActions: The action names the `[keys]` table may rebind.
    /// - Throws: `ConfigError` when the file is missing (and explicit), a directory, unreadable, not UTF-8, or invalid.
    public static func load(path: String, explicit: Bool, knownActions: Set<String>) throws(ConfigError) -> PdashConfig {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if explicit { throw fileError(path, "config file \(path) does not exist") }
            return .empty
        }
        if isDirectory.boolValue { throw fileError(path, "config file \(path) is a directory, not a file") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path) ? "\(error.localizedDescription)" : "permission denied"
            throw fileError(path, "cannot read config file \(path): \(reason)")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw fileError(path, "config file \(path) is not valid UTF-8 text")
        }
        return try PdashConfig.parse(text, file: path, knownActions: knownActions)
    }

    /// `value` without trailing slashes, when it is an absolute path.
    static func absoluteDirectory(_ value: String?) -> String? {
        guard var value, value.hasPrefix("/") else { return nil }
        while value.count > 1 && value.hasSuffix("/") { value.removeLast() }
        return value == "/" ? "" : value
    }

    private static func fileError(_ path: String, _ message: String) -> ConfigError {
        ConfigError(file: path, line: 0, message: message)
    }
}
