#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Every mutating action and its outcome, one JSON object per line, in a file only its owner can read
/// (`$XDG_STATE_HOME/pdash/audit.log`, default `~/.local/state/pdash/audit.log`).
public struct AuditLog: Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public var time: Date
        public var action: String
        public var profile: String?
        public var region: String
        public var account: String?
        public var arn: String
        public var mode: String?
        public var requestId: String?
        /// `created <ARN>`, `stopped`, `failed: <code>: <message>`, `outcome unknown: ...`
        public var result: String

        public init(time: Date, action: String, profile: String?, region: String, account: String?, arn: String,
                    mode: String?, requestId: String?, result: String) {
            self.time = time
            self.action = action
            self.profile = profile
            self.region = region
            self.account = account
            self.arn = arn
            self.mode = mode
            self.requestId = requestId
            self.result = result
        }
    }

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The default location under the XDG state directory.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> AuditLog {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return AuditLog(path: base + "/pdash/audit.log")
    }

    /// Appends one line; creates the directory (0700) and the file (0600) when missing.
    public func append(_ entry: Entry) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let line = try encoder.encode(entry) + Data("\n".utf8)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw AuditLogError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        _ = fchmod(descriptor, 0o600)
        let written = line.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        guard written == line.count else { throw AuditLogError(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Every entry, oldest first (for tests and `pdash audit`).
    public func entries() throws -> [Entry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try decoder.decode(Entry.self, from: Data($0.utf8))
        }
    }
}

public struct AuditLogError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "cannot write the audit log \(path): \(reason)" }
}
