import AWSServices
import Dashboard
import Foundation

/// The columns of the solution versions pane, in the order they are dropped when the terminal is narrow
/// (last first). STATUS is never dropped.
struct VersionColumn: Sendable {
    enum Identifier: Sendable, CaseIterable { case version, live, status, mode, type, created, updated, age, failure }

    var identifier: Identifier
    var title: String
    var width: Int
    /// The column takes what is left (FAILURE).
    var flexible: Bool = false

    static let all: [VersionColumn] = [
        VersionColumn(identifier: .version, title: "VERSION", width: 10),
        VersionColumn(identifier: .live, title: "LIVE", width: 4),
        VersionColumn(identifier: .status, title: "STATUS", width: 21),
        VersionColumn(identifier: .mode, title: "MODE", width: 7),
        VersionColumn(identifier: .type, title: "TYPE", width: 10),
        VersionColumn(identifier: .created, title: "CREATED", width: 17),
        VersionColumn(identifier: .updated, title: "UPDATED", width: 9),
        VersionColumn(identifier: .age, title: "AGE", width: 8),
        VersionColumn(identifier: .failure, title: "FAILURE", width: 12, flexible: true),
    ]

    /// The order in which columns go when space runs out.
    static let dropOrder: [Identifier] = [.failure, .age, .type, .updated, .live, .mode, .created, .version]

    /// The model's sort column this column shows.
    var sortColumn: SortColumn? {
        switch identifier {
        case .version: return .name
        case .status: return .status
        case .mode: return .mode
        case .type: return .type
        case .created: return .created
        case .updated: return .updated
        case .age: return .duration
        case .live, .failure: return nil
        }
    }

    /// Columns that fit `width` (gaps of one space included), the flexible one stretched to fill.
    static func layout(width: Int) -> [VersionColumn] {
        var columns = all
        func total(_ list: [VersionColumn]) -> Int { list.reduce(0) { $0 + $1.width } + max(list.count - 1, 0) }
        for identifier in dropOrder where total(columns) > width {
            columns.removeAll { $0.identifier == identifier }
        }
        if let index = columns.firstIndex(where: \.flexible) {
            columns[index].width += max(0, width - total(columns))
        } else if let last = columns.indices.last, total(columns) < width {
            columns[last].width += width - total(columns)
        }
        if total(columns) > width, let status = columns.firstIndex(where: { $0.identifier == .status }) {
            columns[status].width = max(1, width - (total(columns) - columns[status].width))
        }
        return columns
    }

    /// The text and style of this column for one version.
    func cell(_ version: SolutionVersionSummary, now: Date, time: TimeText, theme: Theme, live: [String: [String]] = [:]) -> (String, CellStyle) {
        switch identifier {
        case .live:
            guard let campaigns = live[version.solutionVersionArn ?? ""] else { return ("", theme.dimText) }
            return (campaigns.contains { !$0.hasPrefix("→") } ? "●\(campaigns.count)" : "→", theme.active)
        case .version:
            return (version.solutionVersionArn.map(SolutionVersionName.versionId(fromArn:)) ?? "—", theme.text)
        case .status:
            let kind = StatusKind(version.status)
            return ("\(kind.glyph) \(version.status ?? "UNKNOWN")", theme.style(for: kind))
        case .mode:
            return (version.trainingMode ?? "—", theme.text)
        case .type:
            return (version.trainingType ?? "—", theme.text)
        case .created:
            return (version.creationDateTime.map { time.moment($0, now: now) } ?? "—", theme.text)
        case .updated:
            guard let updated = version.lastUpdatedDateTime else { return ("—", theme.dimText) }
            return (TimeText.duration(now.timeIntervalSince(updated)) + " ago", theme.text)
        case .age:
            guard let created = version.creationDateTime else { return ("—", theme.dimText) }
            let kind = StatusKind(version.status)
            let running = kind == .pending || kind == .inProgress || kind == .stopping
            return (running ? TimeText.elapsed(now.timeIntervalSince(created)) : TimeText.duration(now.timeIntervalSince(created)),
                    running ? theme.inProgress : theme.text)
        case .failure:
            guard let reason = version.failureReason, !reason.isEmpty else { return ("—", theme.dimText) }
            return (reason, theme.failed)
        }
    }
}
