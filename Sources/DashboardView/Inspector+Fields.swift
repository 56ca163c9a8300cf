import Dashboard
import Foundation

/// Field builders shared by every kind of subject: status, times, flags, maps and the failure reason.
extension Inspector {
    typealias Field = InspectorText.Field

    /// A plain field, or nil when the value is not set.
    func field(_ key: String, _ value: String?) -> Field? {
        value.map { Field(key, $0, style: theme.text) }
    }

    func field(_ key: String, _ value: Int?) -> Field? {
        value.map { Field(key, String($0), style: theme.text) }
    }

    func field(_ key: String, _ value: Bool?) -> Field? {
        value.map { Field(key, $0 ? "true" : "false", style: theme.text) }
    }

    /// "● ACTIVE" in the status's colour.
    func statusField(_ status: String?, key: String = "status") -> Field? {
        guard let status else { return nil }
        let kind = StatusKind(status)
        return Field(key, "\(kind.glyph) \(status)", style: theme.style(for: kind))
    }

    /// "Nov 19 14:02 (4d ago)".
    func momentField(_ key: String, _ date: Date?, now: Date) -> Field? {
        guard let date else { return nil }
        let distance = now.timeIntervalSince(date)
        let relative = distance >= 0 ? "\(TimeText.duration(distance)) ago" : "in \(TimeText.duration(-distance))"
        return Field(key, "\(time.moment(date, now: now)) (\(relative))", style: theme.text)
    }

    /// Creation, last update and how long it took (or has been running).
    func timeFields(created: Date?, updated: Date?, running: Bool, now: Date) -> [Field] {
        var fields = [momentField("created", created, now: now), momentField("updated", updated, now: now)]
        if let created {
            if running {
                fields.append(Field("duration", "running for \(TimeText.elapsed(now.timeIntervalSince(created)))", style: theme.inProgress))
            } else if let updated {
                fields.append(field("duration", "took \(TimeText.elapsed(updated.timeIntervalSince(created)))"))
            }
        }
        return fields.compactMap { $0 }
    }

    /// A string map as a group of fields, keys sorted; nil when empty.
    func mapGroup(_ key: String, _ map: [String: String]?) -> Field? {
        guard let map else { return nil }
        return Field.group(key, map.keys.sorted().map { Field($0, map[$0] ?? "", style: theme.text) })
    }

    func mapGroup(_ key: String, _ map: [String: Double]?) -> Field? {
        guard let map else { return nil }
        return Field.group(key, map.keys.sorted().map { Field($0, Self.number(map[$0] ?? 0), style: theme.text) })
    }

    /// Fields sorted by key (the order of configuration maps and structures).
    static func sortedByKey(_ fields: [Field?]) -> [Field] {
        fields.compactMap { $0 }.sorted { $0.key < $1.key }
    }

    /// The failure reason under its own heading, word-wrapped in full, never cut.
    func failureSection(_ reason: String?, heading: String = "failureReason", into text: inout InspectorText) {
        guard let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        text.blank()
        text.heading(heading, style: theme.failed)
        text.paragraph(reason, style: theme.text, indent: 2)
    }

    /// Shortest text that reads back as the same number ("0.5", "200.0").
    static func number(_ value: Double) -> String {
        "\(value)"
    }
}
