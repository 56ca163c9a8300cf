import Dashboard
import DashboardView
import Foundation

/// The UI thread's loop: read keys, send actions, draw the newest state. Blocking; run it on its own thread.
public struct DashboardLoop: Sendable {
    public var renderer: DashboardRenderer
    public var keyMap: KeyMap
    /// The newest published state and its sequence number.
    public var latest: @Sendable () -> (sequence: Int, state: DashboardState)
    /// Delivers an event to the store.
    public var send: @Sendable (DashboardEvent) -> Void
    public var now: @Sendable () -> Date
    public var signals: SignalFlag
    /// How a watched item reaching ACTIVE or a failure is announced.
    public var alerts: AlertMode = .bell
    /// No colours (NO_COLOR, --no-color, theme = "mono").
    public var monochrome = false
    /// The wheel scrolls and a click selects (off: the terminal's own text selection works without Shift).
    public var mouse = true

    public init(renderer: DashboardRenderer, keyMap: KeyMap, latest: @escaping @Sendable () -> (sequence: Int, state: DashboardState),
                send: @escaping @Sendable (DashboardEvent) -> Void, now: @escaping @Sendable () -> Date, signals: SignalFlag) {
        self.renderer = renderer
        self.keyMap = keyMap
        self.latest = latest
        self.send = send
        self.now = now
        self.signals = signals
    }

    /// Writes what the state asks of the terminal itself: the clipboard (OSC 52), the bell and desktop
    /// notifications for new terminal transitions of watched items.
    private func deliverSideEffects(_ state: DashboardState, terminal: TerminalSession, clipboard: inout Int, announced: inout Int) {
        if let request = state.clipboard, request.sequence != clipboard {
            clipboard = request.sequence
            terminal.copyToClipboard(request.text)
        }
        // The store learns of the delivery a moment later: remember here too, so nothing rings twice.
        let from = max(state.notificationsDelivered, announced)
        guard state.notifications.count > from else { return }
        announced = state.notifications.count
        let fresh = state.notifications[from...]
        if alerts == .bell || alerts == .both { terminal.bell() }
        if alerts == .desktop || alerts == .both, let last = fresh.last {
            terminal.notifyDesktop(title: "pdash", body: "\(last.arn.split(separator: "/").last ?? "") → \(last.to)"
                + (fresh.count > 1 ? " (+\(fresh.count - 1) more)" : ""))
        }
        send(.notificationsDelivered(upTo: state.notifications.count))
    }

    private static func scroll(of state: DashboardState) -> Int? {
        switch state.navigation.overlay {
        case let .inspector(_, scroll)?: return scroll
        case let .help(scroll)?: return scroll
        default: return nil
        }
    }

    /// How the loop ended.
    public enum Outcome: Sendable, Equatable {
        case quit
        case signal(Int32)
    }

    /// Runs until the user quits or a signal arrives; the terminal is restored before it returns or throws.
    public func run() throws -> Outcome {
        let terminal = try TerminalSession(monochrome: monochrome, mouse: mouse)
        var renderer = renderer
        if !terminal.supportsColor { renderer.theme = .monochrome }
        defer { terminal.restore() }
        var lastSize = (rows: -1, columns: -1)
        var lastSequence = -1
        var quitRequestedAt: (time: Date, sequence: Int)?
        var lastClipboard = 0
        var announced = 0
        while true {
            if let signal = signals.pending {
                send(.userRequested(.quit, at: now()))
                return .signal(signal)
            }
            let size = terminal.size
            let resized = size != lastSize
            if resized {
                lastSize = size
                send(.viewportResized(rows: DashboardRenderer.listRows(forHeight: size.rows),
                                      lowerRows: DashboardRenderer.lowerListRows(forHeight: size.rows)))
            }
            let (sequence, state) = latest()
            if sequence != lastSequence || resized {
                lastSequence = sequence
                let screen = renderer.render(state, rows: size.rows, columns: size.columns)
                terminal.draw(screen)
                if let position = screen.scrollPosition, position != Self.scroll(of: state) { send(.overlayScrolled(position)) }
            }
            deliverSideEffects(state, terminal: terminal, clipboard: &lastClipboard, announced: &announced)
            if state.isQuitting { return .quit }
            // The store confirms quitting; if it is wedged, do not hold the user hostage.
            // (Only when it has published nothing since: a store that is working decided the key meant something else.)
            if let asked = quitRequestedAt, now().timeIntervalSince(asked.time) > 1 {
                if sequence == asked.sequence { return .quit }
                quitRequestedAt = nil
            }
            switch terminal.readInput(timeoutMilliseconds: 100) {
            case .none:
                if terminal.isHungUp {
                    send(.userRequested(.quit, at: now()))
                    return .signal(SIGHUP)
                }
            case .wheelUp:
                for _ in 0..<3 { send(.userRequested(.moveUp, at: now())) }
            case .wheelDown:
                for _ in 0..<3 { send(.userRequested(.moveDown, at: now())) }
            case let .click(row, column):
                if let event = MouseTarget.event(row: row, column: column, state: state, size: size, at: now()) { send(event) }
            case .resized:
                terminal.invalidate()
            case .redrawRequested:
                terminal.invalidate()
                lastSequence = -1
            case let .key(key):
                // Every meaning of the key goes to the store, which picks by the state it is in: a key typed right
                // after ":" is text even if this screen has not caught up yet.
                var text: String?
                if case let .character(character) = key { text = String(character) }
                let press = KeyPress(text: text, main: keyMap.action(for: key, in: .main), dialog: keyMap.action(for: key, in: .dialog),
                                     line: keyMap.action(for: key, in: .text))
                guard press.main != nil || press.dialog != nil || press.line != nil || press.text != nil else { continue }
                let onScreen = state.dialog == nil && state.navigation.overlay?.takesText != true
                if onScreen, press.main == .quit { quitRequestedAt = (now(), lastSequence) }
                send(.keyPressed(press, at: now()))
            }
        }
    }
}

/// How transitions of watched items are announced (config `notifications`).
public enum AlertMode: String, Sendable, CaseIterable {
    case off, bell, desktop, both
}
