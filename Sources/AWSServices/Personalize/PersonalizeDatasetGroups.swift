import Foundation

/// `ListDatasetGroups` input.
public struct ListDatasetGroupsRequest: PaginatedRequest, Equatable {
    public var nextToken: String?
    public var maxResults: Int?

    public init(nextToken: String? = nil, maxResults: Int? = nil) {
        self.nextToken = nextToken
        self.maxResults = maxResults
    }

    public var paginationToken: String? { get { nextToken } set { nextToken = newValue } }
    public var pageSize: Int? { get { maxResults } set { maxResults = newValue } }
}

/// `ListDatasetGroups` output: one page.
public struct ListDatasetGroupsResponse: PaginatedResponse, Codable, Equatable {
    public var datasetGroups: [DatasetGroupSummary]?
    public var nextToken: String?

    public init(datasetGroups: [DatasetGroupSummary]? = nil, nextToken: String? = nil) {
        self.datasetGroups = datasetGroups
        self.nextToken = nextToken
    }

    public var items: [DatasetGroupSummary] {
        get { datasetGroups ?? [] }
        set { datasetGroups = newValue }
    }
    public var paginationToken: String? { nextToken }
}

/// One entry of `ListDatasetGroups`.
public struct DatasetGroupSummary: Codable, Sendable, Equatable {
    public var name: String?
    public var datasetGroupArn: String?
    public var status: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var failureReason: String?
    public var domain: String?

    public init(
        name: String? = nil, datasetGroupArn: String? = nil, status: String? = nil, creationDateTime: Date? = nil,
        lastUpdatedDateTime: Date? = nil, failureReason: String? = nil, domain: String? = nil
    ) {
        self.name = name
        self.datasetGroupArn = datasetGroupArn
        self.status = status
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.failureReason = failureReason
        self.domain = domain
    }
}

extension ListDatasetGroupsRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.personalizePage(nextToken: nextToken, maxResults: maxResults)
        try validator.finish()
    }
}
