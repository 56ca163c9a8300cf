import AWSServices
import Dashboard
import Foundation

/// The inspector's content for a row of a resource list: the Describe result in full when it has arrived, the
/// list row's fields until then.
extension Inspector {
    func resourceContent(_ state: DashboardState, kind: ResourceKind, arn: String, into text: inout InspectorText) {
        let row = state.list(kind).items.first { $0.arn == arn }
        switch state.details.resources[arn] {
        case let .segmentJob(job)?:
            segmentJobContent(job, now: state.now, into: &text)
        case let .inferenceJob(job)?:
            inferenceJobContent(job, now: state.now, into: &text)
        case let .campaign(campaign)?:
            campaignContent(campaign, now: state.now, into: &text)
        case let .imageVersion(version)?:
            imageVersionContent(version, now: state.now, into: &text)
        case nil:
            guard let row else {
                text.paragraph("Nothing is known about this \(Self.label(of: kind)) (it is no longer listed):", style: theme.dimText)
                text.paragraph(arn, style: theme.text, indent: 2)
                return
            }
            if kind.hasDetails { text.paragraph("details loading…", style: theme.dimText) }
            rowContent(row, kind: kind, now: state.now, into: &text)
        }
    }

    private func rowContent(_ row: ResourceRow, kind: ResourceKind, now: Date, into text: inout InspectorText) {
        let fields: [Field?] = [
            field("name", row.name),
            field("arn", row.arn),
            statusField(row.status),
            field(Self.noteKey(kind), row.note),
            field("solutionVersionArn", row.solutionVersionArn),
        ]
        text.fields(fields.compactMap { $0 } + timeFields(created: row.created, updated: row.updated, running: row.isInFlight, now: now))
        failureSection(row.failureReason, into: &text)
    }

    /// What a row's `note` holds for each kind.
    private static func noteKey(_ kind: ResourceKind) -> String {
        switch kind {
        case .datasetGroups: return "domain"
        case .solutions: return "recipe"
        case .inferenceJobs: return "batchInferenceJobMode"
        case .images: return "displayName"
        case .imageVersions: return "version"
        default: return "note"
        }
    }

    /// The fields batch segment and inference jobs share: filter, size, S3 input and output, role.
    private func jobIOFields(filter: String?, results: Int?, input: S3DataConfig?, output: S3DataConfig?, role: String?) -> [Field?] {
        [
            field("filterArn", filter),
            field("numResults", results),
            field("jobInput", input?.path),
            field("jobInput kmsKeyArn", input?.kmsKeyArn),
            field("jobOutput", output?.path),
            field("jobOutput kmsKeyArn", output?.kmsKeyArn),
            field("roleArn", role),
        ]
    }

    private func segmentJobContent(_ job: BatchSegmentJob, now: Date, into text: inout InspectorText) {
        let fields: [Field?] = [
            field("jobName", job.jobName),
            field("batchSegmentJobArn", job.batchSegmentJobArn),
            statusField(job.status),
            field("solutionVersionArn", job.solutionVersionArn),
        ] + jobIOFields(filter: job.filterArn, results: job.numResults, input: job.jobInput?.s3DataSource,
                        output: job.jobOutput?.s3DataDestination, role: job.roleArn)
        let running = ResourceStatus.isInFlight(job.status)
        text.fields(fields.compactMap { $0 } + timeFields(created: job.creationDateTime, updated: job.lastUpdatedDateTime, running: running, now: now))
        failureSection(job.failureReason, into: &text)
    }

    private func inferenceJobContent(_ job: BatchInferenceJob, now: Date, into text: inout InspectorText) {
        let config = job.batchInferenceJobConfig.flatMap { config in
            Field.group("batchInferenceJobConfig", Self.sortedByKey([
                mapGroup("itemExplorationConfig", config.itemExplorationConfig),
                mapGroup("rankingInfluence", config.rankingInfluence),
            ]))
        }
        let themeGeneration = job.themeGenerationConfig?.fieldsForThemeGeneration?.itemName.flatMap {
            Field.group("themeGenerationConfig", [Field("fieldsForThemeGeneration itemName", $0, style: theme.text)])
        }
        let fields: [Field?] = [
            field("jobName", job.jobName),
            field("batchInferenceJobArn", job.batchInferenceJobArn),
            statusField(job.status),
            field("batchInferenceJobMode", job.batchInferenceJobMode),
            field("solutionVersionArn", job.solutionVersionArn),
        ] + jobIOFields(filter: job.filterArn, results: job.numResults, input: job.jobInput?.s3DataSource,
                        output: job.jobOutput?.s3DataDestination, role: job.roleArn)
        let running = ResourceStatus.isInFlight(job.status)
        text.fields(fields.compactMap { $0 } + timeFields(created: job.creationDateTime, updated: job.lastUpdatedDateTime, running: running, now: now)
            + [config, themeGeneration].compactMap { $0 })
        failureSection(job.failureReason, into: &text)
    }

    private func campaignContent(_ campaign: Campaign, now: Date, into text: inout InspectorText) {
        let fields: [Field?] = [
            field("name", campaign.name),
            field("campaignArn", campaign.campaignArn),
            statusField(campaign.status),
            field("solutionVersionArn", campaign.solutionVersionArn),
            field("minProvisionedTPS", campaign.minProvisionedTPS),
        ]
        let running = ResourceStatus.isInFlight(campaign.status)
        text.fields(fields.compactMap { $0 } + timeFields(created: campaign.creationDateTime, updated: campaign.lastUpdatedDateTime, running: running, now: now)
            + [campaignConfigGroup(campaign.campaignConfig)].compactMap { $0 })
        failureSection(campaign.failureReason, into: &text)
        guard let update = campaign.latestCampaignUpdate else { return }
        text.blank()
        let kind = StatusKind(update.status)
        text.heading("latestCampaignUpdate", style: theme.title, note: update.status.map { "\(kind.glyph) \($0)" })
        let updateFields: [Field?] = [
            statusField(update.status),
            field("solutionVersionArn", update.solutionVersionArn),
            field("minProvisionedTPS", update.minProvisionedTPS),
        ]
        let updateRunning = ResourceStatus.isInFlight(update.status)
        text.fields(updateFields.compactMap { $0 }
            + timeFields(created: update.creationDateTime, updated: update.lastUpdatedDateTime, running: updateRunning, now: now)
            + [campaignConfigGroup(update.campaignConfig)].compactMap { $0 }, indent: 2)
        failureSection(update.failureReason, heading: "latestCampaignUpdate failureReason", into: &text)
    }

    private func campaignConfigGroup(_ config: CampaignConfig?) -> Field? {
        guard let config else { return nil }
        return Field.group("campaignConfig", Self.sortedByKey([
            field("enableMetadataWithRecommendations", config.enableMetadataWithRecommendations),
            mapGroup("itemExplorationConfig", config.itemExplorationConfig),
            mapGroup("rankingInfluence", config.rankingInfluence),
            field("syncWithLatestSolutionVersion", config.syncWithLatestSolutionVersion),
        ]))
    }

    private func imageVersionContent(_ version: DescribeImageVersionResponse, now: Date, into text: inout InspectorText) {
        let fields: [Field?] = [
            field("ImageVersionArn", version.ImageVersionArn),
            field("ImageArn", version.ImageArn),
            field("Version", version.Version),
            statusField(version.ImageVersionStatus, key: "ImageVersionStatus"),
            field("BaseImage", version.BaseImage),
            field("ContainerImage", version.ContainerImage),
            field("JobType", version.JobType),
            field("MLFramework", version.MLFramework),
            field("ProgrammingLang", version.ProgrammingLang),
            field("Processor", version.Processor),
            field("Horovod", version.Horovod),
            field("ReleaseNotes", version.ReleaseNotes),
            field("VendorGuidance", version.VendorGuidance),
        ]
        let running = ResourceStatus.isInFlight(version.ImageVersionStatus)
        text.fields(fields.compactMap { $0 } + timeFields(created: version.CreationTime, updated: version.LastModifiedTime, running: running, now: now))
        failureSection(version.FailureReason, heading: "FailureReason", into: &text)
    }
}
