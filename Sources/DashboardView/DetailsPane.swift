import AWSServices
import Dashboard
import Foundation

/// The selected version in full: ARN, timings and the whole failureReason, word-wrapped.
struct DetailsPane {
    var theme: Theme
    var time: TimeText

    func draw(_ state: DashboardState, _ screen: inout Screen, top: Int, bottom: Int) {
        guard let version = state.selectedVersion else {
            Box.draw(&screen, top: top, bottom: bottom, title: " Details ", theme: theme)
            screen.put("Select a version to see its details.", row: top + 1, column: 2, style: theme.dimText, limit: screen.columns - 4)
            return
        }
        let id = version.solutionVersionArn.map(SolutionVersionName.versionId(fromArn:)) ?? "—"
        let kind = StatusKind(version.status)
        Box.draw(&screen, top: top, bottom: bottom, title: " \(id) ", theme: theme)
        var x = 2 + TextWidth.of(" \(id) ") + 1
        x += screen.put(" \(kind.glyph) \(version.status ?? "UNKNOWN") ", row: top, column: x, style: theme.style(for: kind))
        let modes = [version.trainingMode, version.trainingType].compactMap { $0 }.joined(separator: " · ")
        if !modes.isEmpty { screen.put(" \(modes) ", row: top, column: x + 1, style: theme.dimText, limit: screen.columns - x - 3) }

        let width = screen.columns - 4
        var lines: [(String, CellStyle)] = TextWrap.lines(version.solutionVersionArn ?? "—", width: width).map { ($0, theme.text) }
        lines.append((timing(version, now: state.now, kind: kind), theme.dimText))
        if let reason = version.failureReason, !reason.isEmpty {
            lines.append(("failureReason:", theme.failed))
            lines += TextWrap.lines(reason, width: width - 2).map { ("  " + $0, theme.text) }
        }
        let capacity = bottom - top - 1
        for (offset, line) in lines.prefix(capacity).enumerated() {
            screen.put(line.0, row: top + 1 + offset, column: 2, style: line.1, limit: width)
        }
        if lines.count > capacity {
            let hidden = lines.count - capacity
            screen.put(" +\(hidden) more line\(hidden == 1 ? "" : "s") ", row: bottom, column: screen.columns - 20, style: theme.dimText)
        }
    }

    private func timing(_ version: SolutionVersionSummary, now: Date, kind: StatusKind) -> String {
        var parts: [String] = []
        if let created = version.creationDateTime { parts.append("created \(time.moment(created, now: now))") }
        if let updated = version.lastUpdatedDateTime {
            parts.append("updated \(TimeText.duration(now.timeIntervalSince(updated))) ago")
            if let created = version.creationDateTime {
                let running = kind == .pending || kind == .inProgress || kind == .stopping
                let span = running ? now.timeIntervalSince(created) : updated.timeIntervalSince(created)
                parts.append(running ? "running for \(TimeText.elapsed(span))" : "took \(TimeText.elapsed(span))")
            }
        }
        return parts.joined(separator: " · ")
    }
}

/// Greedy word wrapping by display width; words longer than a line are split.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in TextWidth.sanitize(text).split(separator: " ") {
            var word = String(word)
            while TextWidth.of(word) > width {
                if !current.isEmpty { lines.append(current); current = "" }
                var head = ""
                for character in word {
                    if TextWidth.of(head) + TextWidth.of(character) > width { break }
                    head.append(character)
                }
                if head.isEmpty, let first = word.first { head = String(first) }
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            if current.isEmpty {
                current = word
            } else if TextWidth.of(current) + 1 + TextWidth.of(word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
