import Foundation

/// Everything an emulator must not forget across a crash: the account's world, the temporary credentials its
/// STS issued, the key its page tokens are sealed with (so tokens handed out before a restart stay valid), and
/// the control clock.
struct EmulatorState: Sendable, Codable, Equatable {
    static let format = "pdash-emulator-state"
    static let currentVersion = 1

    var format = EmulatorState.format
    var version = EmulatorState.currentVersion
    var world: EmulatorWorld
    var temporaryCredentials: [String: CredentialStore.Entry]
    var tokenKey: [UInt8]
    var clock: EmulatorClock.Setting
}
