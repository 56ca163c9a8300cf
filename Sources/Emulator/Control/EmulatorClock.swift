import Foundation
import Synchronization

/// The emulator's simulated time: the wall clock, moved forward by `--control` (advance) and optionally running
/// faster or slower (rate). Lifecycles and credential expiry follow it; signature-skew checks keep the wall clock.
final class EmulatorClock: Sendable {
    struct Setting: Sendable, Equatable, Codable {
        /// Simulated minus wall time at `anchor`.
        var offsetSeconds: Double = 0
        /// Simulated seconds per wall second since `anchor`.
        var rate: Double = 1
        /// The wall time the rate is measured from.
        var anchor: Date = .distantPast
    }

    let wall: @Sendable () -> Date
    private let setting: Mutex<Setting>

    init(wall: @escaping @Sendable () -> Date, setting: Setting = Setting()) {
        self.wall = wall
        self.setting = Mutex(setting)
    }

    var current: Setting { setting.withLock { $0 } }

    func now() -> Date {
        Self.simulated(at: wall(), setting: current)
    }

    static func simulated(at wall: Date, setting: Setting) -> Date {
        guard setting.rate != 1 else { return wall.addingTimeInterval(setting.offsetSeconds) }
        let elapsed = wall.timeIntervalSince(setting.anchor)
        return setting.anchor.addingTimeInterval(setting.offsetSeconds + elapsed * setting.rate)
    }

    /// Moves simulated time forward by `seconds` and/or changes its rate from now on; returns the new setting.
    @discardableResult
    func adjust(advance seconds: Double = 0, rate: Double? = nil) -> Setting {
        setting.withLock { setting in
            let wallNow = wall()
            let simulatedNow = Self.simulated(at: wallNow, setting: setting)
            let newRate = rate ?? setting.rate
            setting = Setting(offsetSeconds: simulatedNow.timeIntervalSince(wallNow) + seconds, rate: newRate, anchor: wallNow)
            return setting
        }
    }

    func reset(to value: Setting = Setting()) {
        setting.withLock { $0 = value }
    }
}
