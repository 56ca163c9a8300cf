import AWSServices
import Dashboard
import Foundation

/// Metrics of a version (value, change against the previous ACTIVE version, trend across ACTIVE versions) and the
/// solution's automatic training and failure history.
extension Inspector {
    /// At most this many points of a metric's trend are drawn.
    static let sparklinePoints = 24

    func metricsSection(_ state: DashboardState, version: SolutionVersion, into text: inout InspectorText) {
        let arn = version.solutionVersionArn ?? ""
        text.blank()
        guard let metrics = state.details.metrics[arn] else {
            let active = version.status == "ACTIVE"
            var line = InspectorLine("metrics", style: theme.title)
            line.append(active ? ": loading…" : " exist only for ACTIVE versions", style: theme.dimText)
            if line.width <= text.width {
                text.append(line)
            } else {
                text.heading("metrics", style: theme.title)
                text.paragraph(active ? "loading…" : "exist only for ACTIVE versions", style: theme.dimText, indent: 2)
            }
            return
        }
        guard !metrics.isEmpty else { return text.heading("metrics", style: theme.title, note: "none reported") }
        let insights = VersionInsights(state)
        let previous = insights.previousActive(before: arn)?.solutionVersionArn.map(SolutionVersionName.versionId(fromArn:))
        text.heading("metrics", style: theme.title, note: previous.map { "change against \($0) · trend of ACTIVE versions, oldest first" }
            ?? "no earlier ACTIVE version to compare with")
        metricRows(insights.metricDeltas(for: arn), insights: insights, state: state, arn: arn, into: &text)
    }

    private func metricRows(_ rows: [(name: String, value: Double, delta: Double?)], insights: VersionInsights,
                            state: DashboardState, arn: String, into text: inout InspectorText) {
        let values = rows.map { String(format: "%.4f", $0.value) }
        let deltas = rows.map { deltaText($0.delta) }
        let nameWidth = rows.map { TextWidth.of($0.name) }.max() ?? 0
        let valueWidth = values.map { TextWidth.of($0) }.max() ?? 0
        let deltaWidth = deltas.map { TextWidth.of($0.text) }.max() ?? 0
        let longest = rows.map { insights.series($0.name).count }.max() ?? 0
        let numbers = valueWidth + 2 + deltaWidth + 2
        let inline = 2 + nameWidth + 2 + numbers + min(longest, 8) <= text.width
        let sparkRoom = min(Self.sparklinePoints, text.width - numbers - (inline ? 4 + nameWidth : 4))
        for (index, row) in rows.enumerated() {
            var line: InspectorLine
            if inline {
                line = InspectorLine("  " + TextWidth.fit(row.name, to: nameWidth) + "  ", style: theme.text)
            } else {
                text.paragraph(row.name, style: theme.text, indent: 2)
                line = InspectorLine("    ", style: .plain)
            }
            line.append(TextWidth.fit(values[index], to: valueWidth, alignRight: true) + "  ", style: theme.text)
            line.append(TextWidth.fit(deltas[index].text, to: deltaWidth, alignRight: true), style: deltas[index].style)
            if sparkRoom > 0 {
                line.append("  ", style: .plain)
                for segment in sparkline(state, metric: row.name, arn: arn, series: insights.series(row.name), limit: sparkRoom) {
                    line.append(segment.text, style: segment.style)
                }
            }
            text.append(line)
        }
    }

    /// "+0.0123" (better, green), "−0.0045" (worse, red), "±0.0000", or "—" when there is nothing to compare with.
    private func deltaText(_ delta: Double?) -> (text: String, style: CellStyle) {
        guard let delta, delta.isFinite else { return ("—", theme.dimText) }
        let rounded = String(format: "%.4f", abs(delta))
        if rounded == String(format: "%.4f", 0.0) { return ("±" + rounded, theme.dimText) }
        return delta > 0 ? ("+" + rounded, theme.active) : ("\u{2212}" + rounded, theme.failed)
    }

    /// The trend as blocks, this version's point highlighted when it is among the points drawn.
    private func sparkline(_ state: DashboardState, metric: String, arn: String, series: [Double], limit: Int) -> [InspectorLine.Segment] {
        let bars = Sparkline.bars(series, limit: limit)
        // The same order as `VersionInsights.series`: ACTIVE versions with this metric, oldest first.
        let owners = state.versions.items
            .filter { $0.status == "ACTIVE" }
            .sorted { ($0.creationDateTime ?? .distantPast) < ($1.creationDateTime ?? .distantPast) }
            .compactMap { version -> (String, Double)? in
                guard let arn = version.solutionVersionArn, let value = state.details.metrics[arn]?[metric] else { return nil }
                return (arn, value)
            }
        let offset = series.count - bars.count
        guard owners.map(\.1) == series, let position = owners.firstIndex(where: { $0.0 == arn }), position >= offset else {
            return [InspectorLine.Segment(String(bars), style: theme.text)]
        }
        let at = position - offset
        return [
            InspectorLine.Segment(String(bars[..<at]), style: theme.text),
            InspectorLine.Segment(String(bars[at]), style: theme.selectionMarker),
            InspectorLine.Segment(String(bars[(at + 1)...]), style: theme.text),
        ].filter { !$0.text.isEmpty }
    }

    /// The solution's automatic training and, when more than one version failed, each failure's first line.
    func solutionSection(_ state: DashboardState, currentArn: String, into text: inout InspectorText) {
        let history = VersionInsights(state).failureHistory
        let schedule = state.autoTraining
        guard state.solution != nil || history.count > 1 else { return }
        text.blank()
        text.heading("solution", style: theme.title, note: state.solutionName)
        var fields: [Field] = []
        if let schedule {
            fields.append(Field("automatic training", autoTrainingText(schedule, now: state.now), style: theme.text))
            fields += [momentField("last automatic version", schedule.lastAutomaticRun, now: state.now)].compactMap { $0 }
        } else if state.solution != nil {
            fields.append(Field("automatic training", "off", style: theme.dimText))
        }
        text.fields(fields, indent: 2)
        guard history.count > 1 else { return }
        text.paragraph("failure history: \(history.count) failed versions", style: theme.failed, indent: 2)
        text.fields(history.map { failure in
            let firstLine = failure.reason.split(whereSeparator: \.isNewline).first.map(String.init)?
                .trimmingCharacters(in: .whitespaces) ?? ""
            let when = failure.at.map { time.moment($0, now: state.now) + " · " } ?? ""
            return Field(SolutionVersionName.versionId(fromArn: failure.arn), when + (firstLine.isEmpty ? "no reason given" : firstLine),
                         style: theme.text, keyStyle: failure.arn == currentArn ? theme.selectionMarker : theme.failed)
        }, indent: 4)
    }

    /// "rate(7 days) · next automatic version due in 3d (Nov 26 14:00)".
    private func autoTrainingText(_ schedule: AutoTrainingSchedule, now: Date) -> String {
        guard let due = schedule.nextDue else {
            return schedule.expression + " · next automatic version: cannot tell from this expression"
        }
        let remaining = due.timeIntervalSince(now)
        let moment = time.moment(due, now: now)
        return schedule.expression + (remaining >= 0
            ? " · next automatic version due in \(TimeText.duration(remaining)) (\(moment))"
            : " · next automatic version was due \(TimeText.duration(-remaining)) ago (\(moment))")
    }
}
