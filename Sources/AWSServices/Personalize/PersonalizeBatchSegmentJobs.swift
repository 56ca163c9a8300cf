import Foundation

/// `ListBatchSegmentJobs` input.
public struct ListBatchSegmentJobsRequest: PaginatedRequest, Equatable {
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

/// `ListBatchSegmentJobs` output: one page.
public struct ListBatchSegmentJobsResponse: PaginatedResponse, Codable, Equatable {
    public var batchSegmentJobs: [BatchSegmentJobSummary]?
    public var nextToken: String?

    public init(batchSegmentJobs: [BatchSegmentJobSummary]? = nil, nextToken: String? = nil) {
        self.batchSegmentJobs = batchSegmentJobs
        self.nextToken = nextToken
    }

    public var items: [BatchSegmentJobSummary] {
        get { batchSegmentJobs ?? [] }
        set { batchSegmentJobs = newValue }
    }
    public var paginationToken: String? { nextToken }
}

/// One entry of `ListBatchSegmentJobs`.
public struct BatchSegmentJobSummary: Codable, Sendable, Equatable {
    public var batchSegmentJobArn: String?
    public var jobName: String?
    public var status: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var failureReason: String?
    public var solutionVersionArn: String?

    public init(
        batchSegmentJobArn: String? = nil, jobName: String? = nil, status: String? = nil,
        creationDateTime: Date? = nil, lastUpdatedDateTime: Date? = nil, failureReason: String? = nil,
        solutionVersionArn: String? = nil
    ) {
        self.batchSegmentJobArn = batchSegmentJobArn
        self.jobName = jobName
        self.status = status
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.failureReason = failureReason
        self.solutionVersionArn = solutionVersionArn
    }
}

/// `DescribeBatchSegmentJob` input.
public struct DescribeBatchSegmentJobRequest: Codable, Sendable, Equatable {
    public var batchSegmentJobArn: String?

    public init(batchSegmentJobArn: String) {
        self.batchSegmentJobArn = batchSegmentJobArn
    }
}

/// `DescribeBatchSegmentJob` output.
public struct DescribeBatchSegmentJobResponse: Codable, Sendable, Equatable {
    public var batchSegmentJob: BatchSegmentJob?

    public init(batchSegmentJob: BatchSegmentJob? = nil) {
        self.batchSegmentJob = batchSegmentJob
    }
}

/// A batch segment job as `DescribeBatchSegmentJob` returns it.
public struct BatchSegmentJob: Codable, Sendable, Equatable {
    public var jobName: String?
    public var batchSegmentJobArn: String?
    public var filterArn: String?
    public var failureReason: String?
    public var solutionVersionArn: String?
    public var numResults: Int?
    public var jobInput: BatchSegmentJobInput?
    public var jobOutput: BatchSegmentJobOutput?
    public var roleArn: String?
    public var status: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?

    public init(
        jobName: String? = nil, batchSegmentJobArn: String? = nil, filterArn: String? = nil,
        failureReason: String? = nil, solutionVersionArn: String? = nil, numResults: Int? = nil,
        jobInput: BatchSegmentJobInput? = nil, jobOutput: BatchSegmentJobOutput? = nil, roleArn: String? = nil,
        status: String? = nil, creationDateTime: Date? = nil, lastUpdatedDateTime: Date? = nil
    ) {
        self.jobName = jobName
        self.batchSegmentJobArn = batchSegmentJobArn
        self.filterArn = filterArn
        self.failureReason = failureReason
        self.solutionVersionArn = solutionVersionArn
        self.numResults = numResults
        self.jobInput = jobInput
        self.jobOutput = jobOutput
        self.roleArn = roleArn
        self.status = status
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
    }
}

/// Where a batch segment job reads its input.
public struct BatchSegmentJobInput: Codable, Sendable, Equatable {
    public var s3DataSource: S3DataConfig?

    public init(s3DataSource: S3DataConfig? = nil) {
        self.s3DataSource = s3DataSource
    }
}

/// Where a batch segment job writes its output.
public struct BatchSegmentJobOutput: Codable, Sendable, Equatable {
    public var s3DataDestination: S3DataConfig?

    public init(s3DataDestination: S3DataConfig? = nil) {
        self.s3DataDestination = s3DataDestination
    }
}

/// An S3 location, and the KMS key that encrypts it.
public struct S3DataConfig: Codable, Sendable, Equatable {
    public var path: String?
    public var kmsKeyArn: String?

    public init(path: String? = nil, kmsKeyArn: String? = nil) {
        self.path = path
        self.kmsKeyArn = kmsKeyArn
    }
}

extension ListBatchSegmentJobsRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.personalizeArn(solutionVersionArn, "solutionVersionArn")
        validator.personalizePage(nextToken: nextToken, maxResults: maxResults)
        try validator.finish()
    }
}

extension DescribeBatchSegmentJobRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.requiredPersonalizeArn(batchSegmentJobArn, "batchSegmentJobArn")
        try validator.finish()
    }
}
