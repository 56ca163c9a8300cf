import Foundation

/// Where the user is: which dataset group, solution and image, which pane, which picker is open.
public struct Navigation: Equatable, Sendable {
    /// The AWS profile in use (nil: credentials from the environment or the demo).
    public var profile: String?
    /// Narrows the solutions picker; nil shows every solution of the account.
    public var datasetGroupArn: String?
    public var datasetGroupName: String?
    /// The pane below the versions.
    public var lowerPane: LowerPane = .segmentJobs
    /// Which pane the cursor keys move in.
    public var focus: Focus = .versions
    /// Batch jobs of the selected version, or of every version of the solution.
    public var jobScope: JobScope = .selectedVersion
    /// The SageMaker image whose versions are listed.
    public var imageName: String?
    /// SortBy, SortOrder and time filters of ListImageVersions.
    public var imageVersionQuery = ImageVersionQuery()
    /// The picker on screen, if any.
    public var picker: ResourceKind?
    /// The inspector, help, palette or filter line on screen, if any.
    public var overlay: Overlay?
    /// Rows the lower pane can show; set by the terminal on resize.
    public var lowerViewportRows = 8
    /// The profiles of ~/.aws/config and ~/.aws/credentials, for the profile picker.
    public var availableProfiles: [String] = []
    /// The regions offered by the region picker.
    public var availableRegions: [String] = Navigation.personalizeRegions

    public init() {}

    /// Regions where Amazon Personalize is offered.
    public static let personalizeRegions = [
        "us-east-1", "us-east-2", "us-west-2", "ca-central-1", "eu-west-1", "eu-central-1", "ap-south-1",
        "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "cn-north-1",
    ]
}

/// The tabs of the lower pane.
public enum LowerPane: String, Equatable, Sendable, CaseIterable {
    case segmentJobs = "segment-jobs"
    case inferenceJobs = "inference-jobs"
    case campaigns
    case imageVersions = "images"
    case timeline

    /// The list it shows (the timeline is not a fetched list).
    public var kind: ResourceKind? {
        switch self {
        case .segmentJobs: return .segmentJobs
        case .inferenceJobs: return .inferenceJobs
        case .campaigns: return .campaigns
        case .imageVersions: return .imageVersions
        case .timeline: return nil
        }
    }

    public var title: String {
        switch self {
        case .segmentJobs: return "Batch segment jobs"
        case .inferenceJobs: return "Batch inference jobs"
        case .campaigns: return "Campaigns"
        case .imageVersions: return "Image versions"
        case .timeline: return "Timeline"
        }
    }
}

public enum Focus: Equatable, Sendable {
    case versions, lower
}

public enum JobScope: Equatable, Sendable {
    case selectedVersion, allVersions
}

/// The ListImageVersions parameters the user controls.
public struct ImageVersionQuery: Equatable, Sendable {
    /// CREATION_TIME, LAST_MODIFIED_TIME or VERSION.
    public var sortBy = "CREATION_TIME"
    /// ASCENDING or DESCENDING.
    public var sortOrder = "DESCENDING"
    public var creationTimeAfter: Date?
    public var creationTimeBefore: Date?
    public var lastModifiedTimeAfter: Date?
    public var lastModifiedTimeBefore: Date?

    public init() {}

    public static let sortKeys = ["CREATION_TIME", "LAST_MODIFIED_TIME", "VERSION"]
}

/// What a list load asks AWS for.
public enum ListRequest: Equatable, Sendable {
    case datasetGroups
    case solutions(datasetGroupArn: String?)
    /// nil: every job of the account (the reducer keeps those of the open solution).
    case segmentJobs(solutionVersionArn: String?)
    case inferenceJobs(solutionVersionArn: String?)
    case campaigns(solutionArn: String)
    case images
    case imageVersions(imageName: String, query: ImageVersionQuery)

    public var kind: ResourceKind {
        switch self {
        case .datasetGroups: return .datasetGroups
        case .solutions: return .solutions
        case .segmentJobs: return .segmentJobs
        case .inferenceJobs: return .inferenceJobs
        case .campaigns: return .campaigns
        case .images: return .images
        case .imageVersions: return .imageVersions
        }
    }
}
