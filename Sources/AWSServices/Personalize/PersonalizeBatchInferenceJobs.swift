import Foundation

/// `ListBatchInferenceJobs` input.
public struct ListBatchInferenceJobsRequest: PaginatedRequest, Equatable {
    public var solutionVersionArn: String?
    public var nextToken: String?
    public var maxResults: Int?

    public init(solutionVersionArn: String? = nil, nextToken: String? = nil, maxResults: Int? = nil) {
        self.solutionVersionArn = solutionVersionArn
        self.nextToken = nextToken
        self.maxResults = maxResults
    }

    public var paginationToken: String? { get { nextToken } set { nextToken = newValue } }
    public var pageSize: Int? { get { maxResults } set { maxResults = newValue } }
}

/// `ListBatchInferenceJobs` output: one page.
public struct ListBatchInferenceJobsResponse: PaginatedResponse, Codable, Equatable {
    public var batchInferenceJobs: [BatchInferenceJobSummary]?
    public var nextToken: String?

    public init(batchInferenceJobs: [BatchInferenceJobSummary]? = nil, nextToken: String? = nil) {
        self.batchInferenceJobs = batchInferenceJobs
        self.nextToken = nextToken
    }

    public var items: [BatchInferenceJobSummary] {
        get { batchInferenceJobs ?? [] }
        set { batchInferenceJobs = newValue }
    }
    public var paginationToken: String? { nextToken }
}

/// One entry of `ListBatchInferenceJobs`.
public struct BatchInferenceJobSummary: Codable, Sendable, Equatable {
    public var batchInferenceJobArn: String?
    public var jobName: String?
    public var status: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var failureReason: String?
    public var solutionVersionArn: String?
    public var batchInferenceJobMode: String?

    public init(
        batchInferenceJobArn: String? = nil, jobName: String? = nil, status: String? = nil,
        creationDateTime: Date? = nil, lastUpdatedDateTime: Date? = nil, failureReason: String? = nil,
        solutionVersionArn: String? = nil, batchInferenceJobMode: String? = nil
    ) {
        self.batchInferenceJobArn = batchInferenceJobArn
        self.jobName = jobName
        self.status = status
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.failureReason = failureReason
        self.solutionVersionArn = solutionVersionArn
        self.batchInferenceJobMode = batchInferenceJobMode
    }
}

/// `DescribeBatchInferenceJob` input.
public struct DescribeBatchInferenceJobRequest: Codable, Sendable, Equatable {
    public var batchInferenceJobArn: String?

    public init(batchInferenceJobArn: String) {
        self.batchInferenceJobArn = batchInferenceJobArn
    }
}

/// `DescribeBatchInferenceJob` output.
public struct DescribeBatchInferenceJobResponse: Codable, Sendable, Equatable {
    public var batchInferenceJob: BatchInferenceJob?

    public init(batchInferenceJob: BatchInferenceJob? = nil) {
        self.batchInferenceJob = batchInferenceJob
    }
}

/// A batch inference job as `DescribeBatchInferenceJob` returns it.
public struct BatchInferenceJob: Codable, Sendable, Equatable {
    public var jobName: String?
    public var batchInferenceJobArn: String?
    public var filterArn: String?
    public var failureReason: String?
    public var solutionVersionArn: String?
    public var numResults: Int?
    public var jobInput: BatchInferenceJobInput?
    public var jobOutput: BatchInferenceJobOutput?
    public var batchInferenceJobConfig: BatchInferenceJobConfig?
    public var roleArn: String?
    public var batchInferenceJobMode: String?
    public var themeGenerationConfig: ThemeGenerationConfig?
    public var status: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?

    public init(
        jobName: String? = nil, batchInferenceJobArn: String? = nil, filterArn: String? = nil,
        failureReason: String? = nil, solutionVersionArn: String? = nil, numResults: Int? = nil,
        jobInput: BatchInferenceJobInput? = nil, jobOutput: BatchInferenceJobOutput? = nil,
        batchInferenceJobConfig: BatchInferenceJobConfig? = nil, roleArn: String? = nil,
        batchInferenceJobMode: String? = nil, themeGenerationConfig: ThemeGenerationConfig? = nil,
        status: String? = nil, creationDateTime: Date? = nil, lastUpdatedDateTime: Date? = nil
    ) {
        self.jobName = jobName
        self.batchInferenceJobArn = batchInferenceJobArn
        self.filterArn = filterArn
        self.failureReason = failureReason
        self.solutionVersionArn = solutionVersionArn
        self.numResults = numResults
        self.jobInput = jobInput
        self.jobOutput = jobOutput
        self.batchInferenceJobConfig = batchInferenceJobConfig
        self.roleArn = roleArn
        self.batchInferenceJobMode = batchInferenceJobMode
        self.themeGenerationConfig = themeGenerationConfig
        self.status = status
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
    }
}

/// Where a batch inference job reads its input.
public struct BatchInferenceJobInput: Codable, Sendable, Equatable {
    public var s3DataSource: S3DataConfig?

    public init(s3DataSource: S3DataConfig? = nil) {
        self.s3DataSource = s3DataSource
    }
}

/// Where a batch inference job writes its output.
public struct BatchInferenceJobOutput: Codable, Sendable, Equatable {
    public var s3DataDestination: S3DataConfig?

    public init(s3DataDestination: S3DataConfig? = nil) {
        self.s3DataDestination = s3DataDestination
    }
}

/// A batch inference job's item exploration and ranking influence settings.
public struct BatchInferenceJobConfig: Codable, Sendable, Equatable {
    public var itemExplorationConfig: [String: String]?
    public var rankingInfluence: [String: Double]?

    public init(itemExplorationConfig: [String: String]? = nil, rankingInfluence: [String: Double]? = nil) {
        self.itemExplorationConfig = itemExplorationConfig
        self.rankingInfluence = rankingInfluence
    }
}

/// Theme generation settings of a `THEME_GENERATION` batch inference job.
public struct ThemeGenerationConfig: Codable, Sendable, Equatable {
    public var fieldsForThemeGeneration: FieldsForThemeGeneration?

    public init(fieldsForThemeGeneration: FieldsForThemeGeneration? = nil) {
        self.fieldsForThemeGeneration = fieldsForThemeGeneration
    }
}

/// The item column that holds item names, for theme generation.
public struct FieldsForThemeGeneration: Codable, Sendable, Equatable {
    public var itemName: String?

    public init(itemName: String? = nil) {
        self.itemName = itemName
    }
}

extension ListBatchInferenceJobsRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.personalizeArn(solutionVersionArn, "solutionVersionArn")
        validator.personalizePage(nextToken: nextToken, maxResults: maxResults)
        try validator.finish()
    }
}

extension DescribeBatchInferenceJobRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.requiredPersonalizeArn(batchInferenceJobArn, "batchInferenceJobArn")
        try validator.finish()
    }
}
