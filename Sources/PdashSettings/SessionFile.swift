import Foundation

/// The file that keeps a `SessionMemory` per scope (say `aws` and `demo`, so the demo never overwrites real AWS memory).
///
/// The file is JSON: `{"version": 1, "scopes": {"aws": {...}, "demo": {...}}}`. Loading never fails: a missing,
/// unreadable or corrupt file just means nothing is remembered. Saving replaces the file atomically, readable by its
/// owner only.
public struct SessionFile: Sendable {
    /// Why a session could not be saved.
    public struct SaveError: Error, CustomStringConvertible, Equatable, Sendable {
        /// What went wrong, naming the path.
        public var description: String
    }

    /// The session file's path.
    public let path: String

    /// A session file at `path`.
    public init(path: String) {
        self.path = path
    }

    /// `$XDG_STATE_HOME/pdash/session.json` when `XDG_STATE_HOME` is an absolute path,
    /// else `$HOME/.local/state/pdash/session.json` (the process's home directory when `HOME` is unset or empty).
    public static func defaultPath(environment: [String: String]) -> String {
        if let base = ConfigLocation.absoluteDirectory(environment["XDG_STATE_HOME"]) {
            return base + "/pdash/session.json"
        }
        let home = ConfigLocation.absoluteDirectory(environment["HOME"]) ?? NSHomeDirectory()
        return home + "/.local/state/pdash/session.json"
    }

    /// The memory saved for `scope`, or nil when there is none or the file is missing, unreadable or corrupt.
    public func load(scope: String) -> SessionMemory? {
        readContents()?.scopes[scope]
    }

    /// Saves `memory` for `scope`, keeping the other scopes' memories (unless the file was corrupt).
    ///
    /// Writes `PATH.tmp` with mode 0600 and renames it over `PATH`; missing directories are created with mode 0700.
    public func save(_ memory: SessionMemory, scope: String) throws(SaveError) {
        var contents = readContents() ?? Contents(version: Contents.currentVersion, scopes: [:])
        contents.scopes[scope] = memory
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let data: Data
        do {
            data = try encoder.encode(contents) + Data("\n".utf8)
        } catch {
            throw SaveError(description: "cannot encode the session for \(path): \(error)")
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try createDirectory(String(path[..<slash]))
        }
        try writeAtomically(data)
    }

    // MARK: - Private

    private struct Contents: Codable {
        static let currentVersion = 1
        var version: Int
        var scopes: [String: SessionMemory]
    }

    private func readContents() -> Contents? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let contents = try? decoder.decode(Contents.self, from: data),
              contents.version == Contents.currentVersion
        else { return nil }
        return contents
    }

    private func createDirectory(_ directory: String) throws(SaveError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw SaveError(description: "cannot save the session: \(directory) is not a directory") }
            return
        }
        if let slash = directory.lastIndex(of: "/"), slash != directory.startIndex {
            try createDirectory(String(directory[..<slash]))
        }
        guard mkdir(directory, 0o700) == 0 || errno == EEXIST else { throw systemError("create directory \(directory)") }
        chmod(directory, 0o700)
    }

    private func writeAtomically(_ data: Data) throws(SaveError) {
        let temporary = path + ".tmp"
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw systemError("create \(temporary)") }
        var failure: SaveError?
        if fchmod(descriptor, 0o600) != 0 { failure = systemError("set the mode of \(temporary)") }
        if failure == nil, !writeAll(data, to: descriptor) { failure = systemError("write \(temporary)") }
        if failure == nil, fsync(descriptor) != 0 { failure = systemError("flush \(temporary)") }
        if close(descriptor) != 0, failure == nil { failure = systemError("close \(temporary)") }
        if failure == nil, rename(temporary, path) != 0 { failure = systemError("replace \(path)") }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    private func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    private func systemError(_ action: String) -> SaveError {
        SaveError(description: "cannot save the session: could not \(action): \(String(cString: strerror(errno)))")
    }
}
