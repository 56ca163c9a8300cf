import Foundation

/// The AWS CLI's two shared files, `~/.aws/config` and `~/.aws/credentials` (or `AWS_CONFIG_FILE` and
/// `AWS_SHARED_CREDENTIALS_FILE`), read once. Missing files are fine; malformed ones are errors naming the line.
public struct SharedConfiguration: Sendable {
    public var configPath: String
    public var credentialsPath: String
    public var config: INIFile?
    public var credentials: INIFile?

    public init(configPath: String, credentialsPath: String, config: INIFile?, credentials: INIFile?) {
        self.configPath = configPath
        self.credentialsPath = credentialsPath
        self.config = config
        self.credentials = credentials
    }

    /// Reads the files the environment points at (HOME for the defaults).
    public static func load(environment: [String: String]) throws -> SharedConfiguration {
        let home = environment["HOME"] ?? NSHomeDirectory()
        func expand(_ path: String) -> String {
            path == "~" ? home : path.hasPrefix("~/") ? home + path.dropFirst() : path
        }
        let configPath = expand(environment["AWS_CONFIG_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "~/.aws/config")
        let credentialsPath = expand(environment["AWS_SHARED_CREDENTIALS_FILE"].flatMap { $0.isEmpty ? nil : $0 } ?? "~/.aws/credentials")
        return SharedConfiguration(
            configPath: configPath, credentialsPath: credentialsPath,
            config: try read(configPath), credentials: try read(credentialsPath))
    }

    private static func read(_ path: String) throws -> INIFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        // FileManager refuses character devices; /dev/null is a common way to say "no file".
        guard let data = FileManager.default.contents(atPath: path) ?? (try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).readToEnd() ?? Data())
        else {
            throw CredentialError("cannot read \(path): permission denied or not a file")
        }
        return try INIFile(parsing: String(decoding: data, as: UTF8.self), file: path)
    }

    /// Every profile named in either file.
    public var profileNames: [String] {
        var names: [String] = []
        for section in config?.sections ?? [] {
            if section.name == "default" { names.append("default") }
            if section.name.hasPrefix("profile ") { names.append(String(section.name.dropFirst(8)).trimmingCharacters(in: INIFile.blanks)) }
        }
        for section in credentials?.sections ?? [] where !names.contains(section.name) {
            names.append(section.name)
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// The profile's settings from both files (the credentials file wins for keys it has), or nil if neither has it.
    public func profile(_ name: String) -> Profile? {
        var configValues: [String: INIFile.Value]?
        if let config {
            configValues = config.section("profile \(name)") ?? (name == "default" ? config.section("default") : nil)
            if name == "default", let plain = config.section("default"), let prefixed = config.section("profile default") {
                configValues = plain.merging(prefixed) { _, new in new }
            }
        }
        let credentialValues = credentials?.section(name)
        guard configValues != nil || credentialValues != nil else { return nil }
        return Profile(name: name, config: configValues ?? [:], credentials: credentialValues ?? [:],
                       configPath: configPath, credentialsPath: credentialsPath)
    }

    /// `[sso-session NAME]` of the config file.
    public func ssoSession(_ name: String) -> [String: INIFile.Value]? {
        config?.section("sso-session \(name)")
    }

    /// `[services NAME]` of the config file.
    public func services(_ name: String) -> [String: INIFile.Value]? {
        config?.section("services \(name)")
    }
}

/// One profile's settings, remembering which file each came from.
public struct Profile: Sendable, Equatable {
    public var name: String
    public var config: [String: INIFile.Value]
    public var credentials: [String: INIFile.Value]
    public var configPath: String
    public var credentialsPath: String

    /// A plain value by key: the credentials file first, then the config file. Empty values count as absent.
    public func string(_ key: String) -> String? {
        if let value = credentials[key]?.text, !value.isEmpty { return value }
        if let value = config[key]?.text, !value.isEmpty { return value }
        return nil
    }

    /// Which file holds `key` (for messages and `pdash doctor`).
    public func file(of key: String) -> String? {
        if credentials[key]?.text?.isEmpty == false { return credentialsPath }
        if config[key]?.text?.isEmpty == false { return configPath }
        return nil
    }
}
