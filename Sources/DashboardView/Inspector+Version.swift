import AWSServices
import Dashboard
import Foundation

/// The inspector's content for a solution version: every field DescribeSolutionVersion set, the failure reason in
/// full, metrics with deltas and sparklines, the solution configuration, and the solution's training history.
extension Inspector {
    func versionContent(_ state: DashboardState, arn: String, into text: inout InspectorText) {
        let summary = state.versions.items.first { $0.solutionVersionArn == arn }
        let described = state.details.described[arn]
        guard summary != nil || described != nil else {
            text.paragraph("This version is not in the list (any more):", style: theme.dimText)
            text.paragraph(arn, style: theme.text, indent: 2)
            return
        }
        let version = Self.merged(summary: summary, described: described, arn: arn)
        if described == nil { text.paragraph("details loading…", style: theme.dimText) }
        text.fields(versionFields(state, version))
        failureSection(version.failureReason, into: &text)
        metricsSection(state, version: version, into: &text)
        if let config = version.solutionConfig {
            let fields = configFields(config)
            if !fields.isEmpty {
                text.blank()
                text.heading("solutionConfig", style: theme.title)
                text.fields(fields, indent: 2)
            }
        }
        if let tuned = mapGroup("algorithmHyperParameters", version.tunedHPOParams?.algorithmHyperParameters) {
            text.blank()
            text.heading("tunedHPOParams", style: theme.title, note: "chosen by hyperparameter optimization")
            text.fields([tuned], indent: 2)
        }
        solutionSection(state, currentArn: arn, into: &text)
    }

    /// The summary from the list and the Describe result combined: the newer one wins for what changes
    /// (status, failure reason, last update).
    static func merged(summary: SolutionVersionSummary?, described: SolutionVersion?, arn: String) -> SolutionVersion {
        var version = described ?? SolutionVersion(solutionVersionArn: arn)
        guard let summary else { return version }
        let summaryIsNewer = (summary.lastUpdatedDateTime ?? .distantPast) >= (described?.lastUpdatedDateTime ?? .distantPast)
        func pick<Value>(_ own: Value?, _ listed: Value?) -> Value? {
            summaryIsNewer ? (listed ?? own) : (own ?? listed)
        }
        version.solutionVersionArn = version.solutionVersionArn ?? summary.solutionVersionArn
        version.status = pick(version.status, summary.status)
        version.failureReason = pick(version.failureReason, summary.failureReason)
        version.lastUpdatedDateTime = pick(version.lastUpdatedDateTime, summary.lastUpdatedDateTime)
        version.creationDateTime = version.creationDateTime ?? summary.creationDateTime
        version.trainingMode = version.trainingMode ?? summary.trainingMode
        version.trainingType = version.trainingType ?? summary.trainingType
        return version
    }

    private func versionFields(_ state: DashboardState, _ version: SolutionVersion) -> [Field] {
        let arn = version.solutionVersionArn ?? ""
        let running = VersionStatus.inFlight.contains(version.status ?? "")
        var times = timeFields(created: version.creationDateTime, updated: version.lastUpdatedDateTime, running: running, now: state.now)
        if running, let index = times.firstIndex(where: { $0.key == "duration" }), let eta = etaText(state, version) {
            times[index].value += " · " + eta
        }
        let fields: [Field?] = [
            field("name", version.name),
            field("solutionVersionArn", version.solutionVersionArn),
            field("solutionArn", version.solutionArn),
            statusField(version.status),
            field("trainingMode", version.trainingMode),
            field("trainingType", version.trainingType),
            trainingHoursField(state, version),
        ]
        let more: [Field?] = [
            field("recipeArn", version.recipeArn),
            field("eventType", version.eventType),
            field("datasetGroupArn", version.datasetGroupArn),
            field("performHPO", version.performHPO),
            field("performAutoML", version.performAutoML),
            field("performIncrementalUpdate", version.performIncrementalUpdate),
            campaignsField(state, arn: arn),
        ]
        return fields.compactMap { $0 } + times + more.compactMap { $0 }
    }

    private func trainingHoursField(_ state: DashboardState, _ version: SolutionVersion) -> Field? {
        guard let hours = version.trainingHours else { return nil }
        var value = String(format: "%.3f h", hours)
        if let cost = state.trainingCost(of: version.solutionVersionArn ?? ""), let price = state.pricePerTrainingHour {
            value += String(format: " · about $%.2f at $%.2f per hour", cost, price)
        }
        return Field("trainingHours", value, style: theme.text)
    }

    /// "ETA around 17:35, in 12m (median of 3 earlier FULL trainings)", or why there is none yet.
    private func etaText(_ state: DashboardState, _ version: SolutionVersion) -> String? {
        let summary = SolutionVersionSummary(
            solutionVersionArn: version.solutionVersionArn, status: version.status, trainingMode: version.trainingMode,
            trainingType: version.trainingType, creationDateTime: version.creationDateTime,
            lastUpdatedDateTime: version.lastUpdatedDateTime, failureReason: version.failureReason)
        switch VersionInsights(state).estimate(for: summary, now: state.now) {
        case let .finishesAround(end, samples)?:
            let remaining = end.timeIntervalSince(state.now)
            let when = remaining >= 0 ? "in \(TimeText.elapsed(remaining))" : "\(TimeText.elapsed(-remaining)) overdue"
            let mode = version.trainingMode.map { $0 + " " } ?? ""
            return "ETA around \(clock(end, now: state.now)), \(when) (median of \(samples) earlier \(mode)training\(samples == 1 ? "" : "s"))"
        case let .tooLittleHistory(samples)?:
            if samples == 0 { return "no ETA yet: no earlier trainings of this mode" }
            return "no ETA yet: only \(samples) earlier training\(samples == 1 ? "" : "s") of this mode"
        case nil:
            return nil
        }
    }

    /// "17:35" today, else "Nov 24 03:10".
    private func clock(_ date: Date, now: Date) -> String {
        let moment = time.moment(date, now: now)
        return moment.hasPrefix("today ") ? String(moment.dropFirst(6)) : moment
    }

    /// The campaigns serving this version; "→name" is a campaign being updated to it.
    private func campaignsField(_ state: DashboardState, arn: String) -> Field? {
        guard let names = state.liveVersions[arn], !names.isEmpty else { return nil }
        let text = names.map { $0.hasPrefix("→") ? String($0.dropFirst()) + " (updating to it)" : $0 }.joined(separator: ", ")
        return Field("campaigns", text, style: theme.active)
    }
}
