import CNcursesw
import DashboardView
import Synchronization

/// Maps ncurses key codes and characters to `Key`s.
enum KeyDecoder {
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case pdash_key_up(): return .up
        case pdash_key_down(): return .down
        case pdash_key_left(): return .left
        case pdash_key_right(): return .right
        case pdash_key_ppage(): return .pageUp
        case pdash_key_npage(): return .pageDown
        case pdash_key_home(): return .home
        case pdash_key_end(): return .end
        case pdash_key_enter(): return .enter
        case pdash_key_btab(): return .backTab
        case pdash_key_backspace(): return .backspace
        default: return nil
        }
    }

    static func character(_ code: Int32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
        default:
            guard code > 31, code != 127, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            return .character(Character(scalar))
        }
    }
}

/// A once-only latch.
final class ExitRestoreFlag: Sendable {
    private let claimed = Atomic<Bool>(false)
    func claim() -> Bool {
        !claimed.exchange(true, ordering: .relaxed)
    }
}
