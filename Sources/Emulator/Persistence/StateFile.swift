#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// The emulator's state on disk. Every save writes a temporary file next to the target, fsyncs it, renames it over
/// the target and fsyncs the directory, so after a crash the file holds either the previous or the new state,
/// never a torn one. A lock file keeps two emulators from sharing one state file.
final class StateFile: Sendable {
    let path: String
    private let current: Mutex<EmulatorState>
    /// The descriptor holding the advisory lock; closed (and so released) when the process ends, even by kill -9.
    private let lockDescriptor: Mutex<Int32>

    /// Opens `path`: loads it when it exists (a corrupt or foreign file is an error, and is left as it is), or
    /// writes `initial()` to it when it does not.
    init(path: String, initial: () -> EmulatorState) throws(StateFileError) {
        self.path = path
        let descriptor = try Self.lock(path + ".lock")
        let state: EmulatorState
        if FileManager.default.fileExists(atPath: path) {
            do {
                state = try Self.load(path)
            } catch {
                close(descriptor)
                throw error
            }
        } else {
            state = initial()
            do {
                try Self.write(state, to: path)
            } catch {
                close(descriptor)
                throw error
            }
        }
        current = Mutex(state)
        lockDescriptor = Mutex(descriptor)
    }

    deinit {
        release()
    }

    /// Lets another emulator open the file (the server calls this when it stops).
    func release() {
        lockDescriptor.withLock { descriptor in
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
    }

    var state: EmulatorState { current.withLock { $0 } }

    /// Applies `change` and has it on disk before returning; on a write error the previous state is kept.
    func update(_ change: (inout EmulatorState) -> Void) throws(StateFileError) {
        try current.withLock { (state: inout EmulatorState) throws(StateFileError) in
            var next = state
            change(&next)
            guard next != state else { return }
            try Self.write(next, to: path)
            state = next
        }
    }

    static func load(_ path: String) throws(StateFileError) -> EmulatorState {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        struct Header: Decodable { var format: String?; var version: Int? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw .corrupt(path: path, reason: data.isEmpty ? "the file is empty" : "it is not valid JSON")
        }
        guard header.format == EmulatorState.format else {
            throw .corrupt(path: path, reason: "it is not a pdash emulator state file")
        }
        guard header.version == EmulatorState.currentVersion else {
            throw .corrupt(path: path, reason: "it has format version \(header.version.map(String.init) ?? "none"), this emulator reads \(EmulatorState.currentVersion)")
        }
        do {
            return try JSONDecoder().decode(EmulatorState.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .corrupt(path: path, reason: "member '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))' is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .corrupt(path: path, reason: "member '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type")
        } catch {
            throw .corrupt(path: path, reason: "\(error)")
        }
    }

    static func write(_ state: EmulatorState, to path: String) throws(StateFileError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let bytes: [UInt8]
        do {
            bytes = Array(try encoder.encode(state))
        } catch {
            throw .unwritable(path: path, reason: "cannot encode the state: \(error)")
        }
        let temporary = path + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .unwritable(path: path, reason: Self.errnoText()) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress!.advanced(by: written), buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = Self.errnoText()
                close(descriptor)
                unlink(temporary)
                throw .unwritable(path: path, reason: reason)
            }
            written += result
        }
        guard fsync(descriptor) == 0 else {
            let reason = Self.errnoText()
            close(descriptor)
            unlink(temporary)
            throw .unwritable(path: path, reason: "fsync: \(reason)")
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = Self.errnoText()
            unlink(temporary)
            throw .unwritable(path: path, reason: "rename: \(reason)")
        }
        let directory = open((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent, O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
    }

    private static func lock(_ lockPath: String) throws(StateFileError) -> Int32 {
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .unwritable(path: lockPath, reason: errnoText()) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .inUse(path: String(lockPath.dropLast(".lock".count)))
        }
        return descriptor
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif

/// Why the state file cannot be used. The emulator refuses to start rather than overwrite anything.
public enum StateFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case corrupt(path: String, reason: String)
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case inUse(path: String)

    public var description: String {
        switch self {
        case let .corrupt(path, reason):
            return "state file \(path) is corrupt (\(reason)); it was left untouched. Move it away or delete it to start from the seed."
        case let .unreadable(path, reason):
            return "cannot read state file \(path): \(reason)"
        case let .unwritable(path, reason):
            return "cannot write state file \(path): \(reason)"
        case let .inUse(path):
            return "state file \(path) is in use by another running emulator"
        }
    }
}
