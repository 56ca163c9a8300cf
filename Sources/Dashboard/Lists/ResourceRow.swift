import AWSServices
import Foundation

/// The lists the dashboard shows besides the solution's versions.
public enum ResourceKind: String, Equatable, Hashable, Sendable, CaseIterable {
    case datasetGroups, solutions, segmentJobs, inferenceJobs, campaigns, images, imageVersions
    /// Local choices (from ~/.aws/config and the region list), shown in the same pickers.
    case profiles, regions

    /// The AWS operation that lists it (for request budgets and messages).
    public var listOperation: String {
        switch self {
        case .datasetGroups: return "ListDatasetGroups"
        case .solutions: return "ListSolutions"
        case .segmentJobs: return "ListBatchSegmentJobs"
        case .inferenceJobs: return "ListBatchInferenceJobs"
        case .campaigns: return "ListCampaigns"
        case .images: return "ListImages"
        case .imageVersions: return "ListImageVersions"
        case .profiles, .regions: return ""
        }
    }

    /// Loaded from AWS (not a local choice).
    public var isRemote: Bool { self != .profiles && self != .regions }

    /// Whether selecting a row fetches its Describe.
    public var hasDetails: Bool {
        [.segmentJobs, .inferenceJobs, .campaigns, .imageVersions].contains(self)
    }
}

/// One row of a resource list, the same shape for every kind so that loading, filtering, sorting and selection
/// are written once. The full Describe result lives in `ResourceDetail`.
public struct ResourceRow: ListRow {
    public var arn: String
    public var name: String
    public var status: String?
    public var created: Date?
    public var updated: Date?
    public var failureReason: String?
    /// The solution version a batch job ran on; for a campaign, the version it serves (once described).
    public var solutionVersionArn: String?
    /// A short kind-specific note: a solution's recipe, an inference job's mode, an image version's number.
    public var note: String?

    public init(arn: String, name: String, status: String? = nil, created: Date? = nil, updated: Date? = nil,
                failureReason: String? = nil, solutionVersionArn: String? = nil, note: String? = nil) {
        self.arn = arn
        self.name = name
        self.status = status
        self.created = created
        self.updated = updated
        self.failureReason = failureReason
        self.solutionVersionArn = solutionVersionArn
        self.note = note
    }

    public var rowArn: String? { arn }
    public var rowStatus: String? { status }
    public var rowCreated: Date? { created }
    public var rowFailureReason: String? { failureReason }
    public var searchText: String { [name, arn, status, note, failureReason].compactMap { $0 }.joined(separator: " ") }

    public func sortKey(_ column: SortColumn) -> SortKey {
        switch column {
        case .name: return .text(name)
        case .status: return status.map(SortKey.text) ?? .none
        case .mode, .type: return note.map(SortKey.text) ?? .none
        case .created: return created.map(SortKey.time) ?? .none
        case .updated: return updated.map(SortKey.time) ?? .none
        case .duration:
            guard let created, let updated else { return .none }
            return .number(updated.timeIntervalSince(created))
        }
    }

    /// Pending or in progress (any service's spelling): followed with the short refresh interval.
    public var isInFlight: Bool { ResourceStatus.isInFlight(status) }
}

/// Status words across Personalize and SageMaker.
public enum ResourceStatus {
    public static func isInFlight(_ status: String?) -> Bool {
        guard let status = status?.uppercased() else { return false }
        return ["PENDING", "IN_PROGRESS", "IN PROGRESS", "STOPPING", "CREATING", "DELETING", "UPDATING"].contains { status.contains($0) }
    }

    public static func isFailed(_ status: String?) -> Bool {
        guard let status = status?.uppercased() else { return false }
        return status.contains("FAILED")
    }
}

extension ResourceRow {
    init?(_ group: DatasetGroupSummary) {
        guard let arn = group.datasetGroupArn else { return nil }
        self.init(arn: arn, name: group.name ?? arn, status: group.status, created: group.creationDateTime,
                  updated: group.lastUpdatedDateTime, failureReason: group.failureReason, note: group.domain)
    }

    init?(_ solution: SolutionSummary) {
        guard let arn = solution.solutionArn else { return nil }
        self.init(arn: arn, name: solution.name ?? arn, status: solution.status, created: solution.creationDateTime,
                  updated: solution.lastUpdatedDateTime, note: solution.recipeArn.map(Self.lastPathComponent))
    }

    init?(_ job: BatchSegmentJobSummary) {
        guard let arn = job.batchSegmentJobArn else { return nil }
        self.init(arn: arn, name: job.jobName ?? arn, status: job.status, created: job.creationDateTime,
                  updated: job.lastUpdatedDateTime, failureReason: job.failureReason, solutionVersionArn: job.solutionVersionArn)
    }

    init?(_ job: BatchInferenceJobSummary) {
        guard let arn = job.batchInferenceJobArn else { return nil }
        self.init(arn: arn, name: job.jobName ?? arn, status: job.status, created: job.creationDateTime,
                  updated: job.lastUpdatedDateTime, failureReason: job.failureReason, solutionVersionArn: job.solutionVersionArn,
                  note: job.batchInferenceJobMode)
    }

    init?(_ campaign: CampaignSummary) {
        guard let arn = campaign.campaignArn else { return nil }
        self.init(arn: arn, name: campaign.name ?? arn, status: campaign.status, created: campaign.creationDateTime,
                  updated: campaign.lastUpdatedDateTime, failureReason: campaign.failureReason)
    }

    init?(_ image: Image) {
        guard let arn = image.ImageArn else { return nil }
        self.init(arn: arn, name: image.ImageName ?? arn, status: image.ImageStatus, created: image.CreationTime,
                  updated: image.LastModifiedTime, failureReason: image.FailureReason, note: image.DisplayName)
    }

    init?(_ version: ImageVersion) {
        guard let arn = version.ImageVersionArn else { return nil }
        let number = version.Version.map { "v\($0)" }
        self.init(arn: arn, name: number ?? arn, status: version.ImageVersionStatus, created: version.CreationTime,
                  updated: version.LastModifiedTime, failureReason: version.FailureReason, note: number)
    }

    static func lastPathComponent(_ arn: String) -> String {
        arn.split(separator: "/").last.map(String.init) ?? arn
    }
}

/// A Describe result of a selected row.
public indirect enum ResourceDetail: Equatable, Sendable {
    case segmentJob(BatchSegmentJob)
    case inferenceJob(BatchInferenceJob)
    case campaign(Campaign)
    case imageVersion(DescribeImageVersionResponse)

    public var arn: String? {
        switch self {
        case let .segmentJob(job): return job.batchSegmentJobArn
        case let .inferenceJob(job): return job.batchInferenceJobArn
        case let .campaign(campaign): return campaign.campaignArn
        case let .imageVersion(version): return version.ImageVersionArn
        }
    }

    public var status: String? {
        switch self {
        case let .segmentJob(job): return job.status
        case let .inferenceJob(job): return job.status
        case let .campaign(campaign): return campaign.status
        case let .imageVersion(version): return version.ImageVersionStatus
        }
    }
}
