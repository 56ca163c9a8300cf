import Foundation

/// `ListSolutionVersions` input.
public struct ListSolutionVersionsRequest: PaginatedRequest, Equatable {
    public var solutionArn: String?
    public var nextToken: String?
    public var maxResults: Int?

    public init(solutionArn: String? = nil, nextToken: String? = nil, maxResults: Int? = nil) {
        self.solutionArn = solutionArn
        self.nextToken = nextToken
        self.maxResults = maxResults
    }

    public var paginationToken: String? { get { nextToken } set { nextToken = newValue } }
    public var pageSize: Int? { get { maxResults } set { maxResults = newValue } }
}

/// `ListSolutionVersions` output.
public struct ListSolutionVersionsResponse: PaginatedResponse, Codable, Equatable {
    public var solutionVersions: [SolutionVersionSummary]?
    public var nextToken: String?

    public init(solutionVersions: [SolutionVersionSummary]?, nextToken: String?) {
        self.solutionVersions = solutionVersions
        self.nextToken = nextToken
    }

    public var items: [SolutionVersionSummary] {
        get { solutionVersions ?? [] }
        set { solutionVersions = newValue }
    }
    public var paginationToken: String? { nextToken }
}

/// One entry of `ListSolutionVersions`.
public struct SolutionVersionSummary: Codable, Sendable, Equatable {
    public var solutionVersionArn: String?
    public var status: String?
    public var trainingMode: String?
    public var trainingType: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var failureReason: String?

    public init(
        solutionVersionArn: String?, status: String?, trainingMode: String?, trainingType: String?,
        creationDateTime: Date?, lastUpdatedDateTime: Date?, failureReason: String?
    ) {
        self.solutionVersionArn = solutionVersionArn
        self.status = status
        self.trainingMode = trainingMode
        self.trainingType = trainingType
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.failureReason = failureReason
    }
}

extension ListSolutionVersionsRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.personalizeArn(solutionArn, "solutionArn")
        validator.personalizePage(nextToken: nextToken, maxResults: maxResults)
        try validator.finish()
    }
}
