import AWSServices
import Dashboard
import Foundation

/// A centred box drawn over the panes (pickers, dialogs).
enum Modal {
    /// The box's rows and columns for a wanted size, clamped to the screen; clears its inside.
    static func frame(_ screen: inout Screen, width wanted: Int, height wantedHeight: Int, title: String, theme: Theme)
        -> (top: Int, bottom: Int, left: Int, right: Int)
    {
        let width = min(max(wanted, 20), screen.columns - 2)
        let height = min(max(wantedHeight, 5), screen.rows - 2)
        let top = max(1, (screen.rows - height) / 2)
        let bottom = top + height - 1
        let left = max(1, (screen.columns - width) / 2)
        let right = left + width - 1
        for row in top...bottom { screen.fill(row: row, column: left, count: width) }
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: theme.focusedBorder)
        screen.put(title, row: top, column: left + 2, style: theme.title, limit: width - 4)
        for row in (top + 1)..<bottom {
            screen.put("│", row: row, column: left, style: theme.focusedBorder)
            screen.put("│", row: row, column: right, style: theme.focusedBorder)
        }
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", row: bottom, column: left, style: theme.focusedBorder)
        return (top, bottom, left, right)
    }
}

/// The picker for dataset groups, solutions, images, profiles or regions.
struct PickerView {
    var theme: Theme
    var time: TimeText

    func draw(_ state: DashboardState, kind: ResourceKind, _ screen: inout Screen) {
        let list = state.list(kind)
        let width = min(screen.columns - 4, max(60, screen.columns * 3 / 4))
        let height = min(screen.rows - 4, max(10, list.visible.count + 5))
        let title = " \(Self.title(kind, state)) · Enter choose · / filter · Esc close "
        let frame = Modal.frame(&screen, width: width, height: height, title: title, theme: theme)
        ResourceListView(theme: theme, time: time).draw(
            state, kind: kind, focused: true, &screen, top: frame.top + 1, bottom: frame.bottom - 1,
            left: frame.left + 2, width: width - 4)
    }

    static func title(_ kind: ResourceKind, _ state: DashboardState) -> String {
        switch kind {
        case .datasetGroups: return "Dataset groups"
        case .solutions: return state.navigation.datasetGroupName.map { "Solutions of \($0)" } ?? "Solutions"
        case .images: return "SageMaker images"
        case .profiles: return "AWS profiles"
        case .regions: return "Regions"
        default: return kind.rawValue
        }
    }
}

/// Train (choose the mode, then confirm) and stop dialogs. The default answer is No.
struct DialogView {
    var theme: Theme

    func draw(_ state: DashboardState, _ screen: inout Screen) {
        guard let dialog = state.dialog else { return }
        let width = min(screen.columns - 4, 84)
        let inner = width - 4
        var lines: [(String, CellStyle)] = []
        var buttons: [(label: String, enabled: Bool)] = []
        let title: String
        switch dialog {
        case let .train(arn, blocked):
            title = " Train a new solution version "
            lines.append(("Solution: \(arn)", theme.text))
            lines.append(("", theme.text))
            lines.append(("FULL: trains a new version on all of the data, from scratch.", theme.text))
            lines.append(("UPDATE: updates the latest ACTIVE FULL version with the items and interactions added since "
                + "(User-Personalization and HRNN-Coldstart only); faster and cheaper.", blocked == nil ? theme.text : theme.disabled))
            if let blocked { lines.append(("UPDATE unavailable: \(blocked)", theme.notice)) }
            buttons = [("FULL", true), ("UPDATE", blocked == nil)]
        case let .confirmTrain(arn, mode):
            title = " Confirm: start a \(mode) training "
            lines.append(("Solution: \(arn)", theme.text))
            lines.append(("Mode:     \(mode)", theme.title))
            lines.append(("", theme.text))
            let meaning = mode == "FULL"
                ? "A new version is trained on the whole dataset. It is billed per training hour and can take hours."
                : "The latest ACTIVE FULL version is updated with new items and interactions; billed per training hour."
            lines.append((meaning, theme.text))
            lines.append(("Only one training per solution runs at a time.", theme.dimText))
            buttons = [("No", true), ("Yes, train", true)]
        case let .stop(arn):
            title = " Stop this training? "
            lines.append(("Version: \(arn)", theme.text))
            lines.append(("", theme.text))
            lines.append(("StopSolutionVersionCreation: the version goes CREATE STOPPING, then CREATE STOPPED.", theme.text))
            lines.append(("The hours trained so far are still billed; a stopped version cannot be resumed.", theme.dimText))
            buttons = [("No", true), ("Yes, stop", true)]
        }
        let wrapped = lines.flatMap { line in line.0.isEmpty ? [("", line.1)] : TextWrap.lines(line.0, width: inner).map { ($0, line.1) } }
        let frame = Modal.frame(&screen, width: width, height: wrapped.count + 5, title: title, theme: theme)
        for (offset, line) in wrapped.prefix(max(0, frame.bottom - frame.top - 3)).enumerated() {
            screen.put(line.0, row: frame.top + 1 + offset, column: frame.left + 2, style: line.1, limit: inner)
        }
        var x = frame.left + 2
        for (index, button) in buttons.enumerated() {
            let selected = index == state.dialogChoice
            let style = !button.enabled ? theme.disabled : (selected ? theme.buttonSelected : theme.button)
            x += screen.put(selected ? "[ \(button.label) ]" : "  \(button.label)  ", row: frame.bottom - 1, column: x, style: style)
            x += 2
        }
        let hint = "←→ choose · Enter answer · y/n · Esc cancel"
        if x + TextWidth.of(hint) + 2 < frame.right {
            screen.put(hint, row: frame.bottom - 1, column: frame.right - TextWidth.of(hint) - 1, style: theme.dimText)
        }
    }
}

/// The palette (`:`) or filter (`/`) line at the bottom, with the palette's completions above it.
struct CommandLineView {
    var theme: Theme

    func draw(_ state: DashboardState, _ screen: inout Screen, row: Int) {
        switch state.navigation.overlay {
        case let .palette(text, selected)?:
            screen.fill(row: row, column: 0, count: screen.columns)
            let x = screen.put(":" + text, row: row, column: 0, style: theme.title, limit: screen.columns - 1)
            screen.put("█", row: row, column: x, style: theme.selectionMarker)
            let completions = Palette.completions(for: text, in: state)
            let shown = Array(completions.prefix(min(8, max(0, row - 3))))
            for (offset, completion) in shown.enumerated() {
                let line = row - shown.count + offset
                let help = Palette.commands.first { completion.hasPrefix($0.name) && !completion.contains(" ") }
                    .map { "  " + ($0.argument.map { "\($0)  " } ?? "") + $0.help } ?? ""
                screen.fill(row: line, column: 0, count: screen.columns, style: theme.headerDetail)
                let style = offset == selected ? theme.buttonSelected : theme.headerDetail
                let used = screen.put(" :" + completion + " ", row: line, column: 0, style: style, limit: screen.columns)
                screen.put(help, row: line, column: used, style: theme.headerDetail, limit: max(0, screen.columns - used))
            }
        case let .filter(text)?:
            screen.fill(row: row, column: 0, count: screen.columns)
            let x = screen.put("/" + text, row: row, column: 0, style: theme.title, limit: screen.columns - 1)
            screen.put("█", row: row, column: x, style: theme.selectionMarker)
            let hint = "  Enter keep · Esc clear"
            screen.put(hint, row: row, column: x + 1, style: theme.dimText, limit: max(0, screen.columns - x - 1))
        default:
            break
        }
    }
}

/// `?`: every binding of the key table (the same table that dispatches), and the palette's commands.
struct HelpView {
    var theme: Theme
    var keyMap: KeyMap

    func lines(readOnly: Bool) -> [(String, CellStyle)] {
        var lines: [(String, CellStyle)] = []
        for (index, section) in KeyReference.sections(keyMap, readOnly: readOnly).enumerated() {
            if index > 0 { lines.append(("", theme.text)) }
            lines.append((section.title, theme.title))
            for row in section.rows {
                lines.append(("  " + TextWidth.fit(row.keys, to: 18) + "  " + row.help, theme.text))
            }
            if index == 0 && readOnly { lines.append(("  (read-only: training and stopping are disabled)", theme.notice)) }
        }
        return lines
    }

    func draw(_ state: DashboardState, scroll: Int, _ screen: inout Screen, top: Int, bottom: Int) {
        Box.draw(&screen, top: top, bottom: bottom, title: " Help · ↑↓ scroll · any other key closes ", theme: theme.withFocusBorder)
        let all = lines(readOnly: state.readOnly)
        let capacity = bottom - top - 1
        let first = min(max(scroll, 0), max(all.count - capacity, 0))
        screen.scrollPosition = first
        for (offset, line) in all[first..<min(all.count, first + capacity)].enumerated() {
            screen.put(line.0, row: top + 1 + offset, column: 2, style: line.1, limit: screen.columns - 4)
        }
        if all.count > capacity {
            let position = " \(first + 1)-\(min(all.count, first + capacity)) of \(all.count) "
            screen.put(position, row: bottom, column: screen.columns - TextWidth.of(position) - 2, style: theme.dimText)
        }
    }
}
