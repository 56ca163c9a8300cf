import Foundation

/// `ListSolutions` input.
public struct ListSolutionsRequest: PaginatedRequest, Equatable {
    public var datasetGroupArn: String?
    public var nextToken: String?
    public var maxResults: Int?

    public init(datasetGroupArn: String? = nil, nextToken: String? = nil, maxResults: Int? = nil) {
        self.datasetGroupArn = datasetGroupArn
        self.nextToken = nextToken
        self.maxResults = maxResults
    }

    public var paginationToken: String? { get { nextToken } set { nextToken = newValue } }
    public var pageSize: Int? { get { maxResults } set { maxResults = newValue } }
}

/// `ListSolutions` output.
public struct ListSolutionsResponse: PaginatedResponse, Codable, Equatable {
    public var solutions: [SolutionSummary]?
    public var nextToken: String?

    public init(solutions: [SolutionSummary]?, nextToken: String?) {
        self.solutions = solutions
        self.nextToken = nextToken
    }

    public var items: [SolutionSummary] {
        get { solutions ?? [] }
        set { solutions = newValue }
    }
    public var paginationToken: String? { nextToken }
}

/// One entry of `ListSolutions`.
public struct SolutionSummary: Codable, Sendable, Equatable {
    public var name: String?
    public var solutionArn: String?
    public var status: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var recipeArn: String?

    public init(name: String?, solutionArn: String?, status: String?, creationDateTime: Date?, lastUpdatedDateTime: Date?, recipeArn: String?) {
        self.name = name
        self.solutionArn = solutionArn
        self.status = status
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.recipeArn = recipeArn
    }
}

extension ListSolutionsRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.personalizeArn(datasetGroupArn, "datasetGroupArn")
        validator.personalizePage(nextToken: nextToken, maxResults: maxResults)
        try validator.finish()
    }
}
