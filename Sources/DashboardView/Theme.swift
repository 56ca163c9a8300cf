import Dashboard

/// Named styles for everything the view draws, so colour decisions live in one place.
public struct Theme: Sendable {
    public var header = CellStyle(foreground: .white, background: .blue, bold: true)
    public var headerDetail = CellStyle(foreground: .white, background: .blue)
    public var breadcrumb = CellStyle(foreground: .cyan)
    public var border = CellStyle(foreground: .grey)
    public var title = CellStyle(bold: true)
    public var columnHeader = CellStyle(foreground: .grey, bold: true)
    public var text = CellStyle.plain
    public var dimText = CellStyle(foreground: .grey)
    public var selectionMarker = CellStyle(foreground: .cyan, bold: true)
    /// The selected row: a solid bar (glyph and word still say the status; the details pane repeats it in colour).
    public var selectedRow = CellStyle(foreground: .black, background: .cyan)
    public var active = CellStyle(foreground: .green, bold: true)
    public var inProgress = CellStyle(foreground: .yellow, bold: true)
    public var failed = CellStyle(foreground: .red, bold: true)
    public var stopped = CellStyle(foreground: .grey)
    public var error = CellStyle(foreground: .red, bold: true)
    public var notice = CellStyle(foreground: .yellow)
    public var footerKey = CellStyle(foreground: .black, background: .cyan, bold: true)
    public var footerLabel = CellStyle(foreground: .standard)

    /// The border of the pane the cursor keys move in.
    public var focusedBorder = CellStyle(foreground: .cyan, bold: true)
    public var activeTab = CellStyle(foreground: .black, background: .cyan, bold: true)
    public var inactiveTab = CellStyle(foreground: .grey)
    /// Filter matches inside rows.
    public var match = CellStyle(foreground: .yellow, bold: true, underline: true)
    /// Dialog buttons, and an option that cannot be chosen.
    public var button = CellStyle.plain
    public var buttonSelected = CellStyle(foreground: .black, background: .cyan, bold: true)
    public var disabled = CellStyle(foreground: .grey, dim: true)

    public init() {}

    /// The same theme with the focus colour on borders (for the focused pane's box).
    public var withFocusBorder: Theme {
        var copy = self
        copy.border = focusedBorder
        return copy
    }

    public static let standard = Theme()

    /// No colour at all (`NO_COLOR`, `--no-color`, `theme = "mono"`, or a terminal without colours): status
    /// still reads from its glyph and word, emphasis from bold, reverse and underline.
    public static let monochrome: Theme = {
        var theme = Theme()
        let plain = CellStyle.plain
        theme.header = CellStyle(bold: true, reverse: true)
        theme.headerDetail = CellStyle(reverse: true)
        theme.breadcrumb = CellStyle(bold: true)
        theme.border = plain
        theme.columnHeader = CellStyle(bold: true, underline: true)
        theme.dimText = CellStyle(dim: true)
        theme.selectionMarker = CellStyle(bold: true)
        theme.selectedRow = CellStyle(reverse: true)
        theme.active = CellStyle(bold: true)
        theme.inProgress = CellStyle(underline: true)
        theme.failed = CellStyle(bold: true, underline: true)
        theme.stopped = CellStyle(dim: true)
        theme.error = CellStyle(bold: true)
        theme.notice = CellStyle(bold: true)
        theme.footerKey = CellStyle(bold: true, reverse: true)
        theme.footerLabel = plain
        theme.focusedBorder = CellStyle(bold: true)
        theme.activeTab = CellStyle(bold: true, reverse: true)
        theme.inactiveTab = CellStyle(dim: true)
        theme.match = CellStyle(bold: true, underline: true)
        theme.buttonSelected = CellStyle(bold: true, reverse: true)
        theme.disabled = CellStyle(dim: true)
        return theme
    }()

    /// Style of a Personalize status string.
    public func style(for status: StatusKind) -> CellStyle {
        switch status {
        case .active: return active
        case .pending, .inProgress, .stopping: return inProgress
        case .failed: return failed
        case .stopped: return stopped
        case .other: return text
        }
    }
}

/// Personalize statuses grouped by meaning; matching ignores case, spaces and underscores
/// because the service and its docs spell them both ways ("CREATE IN_PROGRESS", "CREATE_PENDING").
public enum StatusKind: Sendable, Equatable {
    case active, pending, inProgress, stopping, failed, stopped, other

    public init(_ status: String?) {
        let key = (status ?? "").uppercased().filter { $0.isLetter }
        switch key {
        case "ACTIVE", "CREATED", "INSERVICE": self = .active
        case "CREATING", "UPDATING", "DELETING": self = .inProgress
        case "CREATEPENDING", "PENDING": self = .pending
        case "CREATEINPROGRESS", "INPROGRESS": self = .inProgress
        case "CREATESTOPPING", "STOPPING": self = .stopping
        case "CREATESTOPPED", "STOPPED": self = .stopped
        case _ where key.hasSuffix("FAILED"): self = .failed
        default: self = .other
        }
    }

    /// A glyph so status reads without colour.
    public var glyph: String {
        switch self {
        case .active: return "●"
        case .pending: return "○"
        case .inProgress: return "◐"
        case .stopping: return "◌"
        case .failed: return "✗"
        case .stopped: return "■"
        case .other: return "·"
        }
    }
}
