import AWSCore

/// Amazon Personalize over JSON 1.1: one method per operation, plus paginators.
public struct PersonalizeClient: Sendable {
    public let client: JSON11Client

    public init(client: JSON11Client) {
        precondition(client.service == .personalize, "PersonalizeClient needs a client for the personalize service")
        self.client = client
    }

    public func listSolutions(_ input: ListSolutionsRequest) async throws -> ListSolutionsResponse {
        try input.validate()
        return try await client.send("ListSolutions", input, idempotent: true)
    }

    public func listSolutionVersions(_ input: ListSolutionVersionsRequest) async throws -> ListSolutionVersionsResponse {
        try input.validate()
        return try await client.send("ListSolutionVersions", input, idempotent: true)
    }

    public func listSolutionsPaginator(
        _ input: ListSolutionsRequest = ListSolutionsRequest(), pageSize: Int? = nil, startingToken: String? = nil
    ) -> Paginator<ListSolutionsRequest, ListSolutionsResponse> {
        Paginator(request: input, pageSize: pageSize, startingToken: startingToken) { try await listSolutions($0) }
    }

    public func listSolutionVersionsPaginator(
        _ input: ListSolutionVersionsRequest, pageSize: Int? = nil, startingToken: String? = nil
    ) -> Paginator<ListSolutionVersionsRequest, ListSolutionVersionsResponse> {
        Paginator(request: input, pageSize: pageSize, startingToken: startingToken) { try await listSolutionVersions($0) }
    }

    public func listSolutionVersionsPaginator(
        _ input: ListSolutionVersionsRequest, config: PaginationConfig
    ) -> Paginator<ListSolutionVersionsRequest, ListSolutionVersionsResponse> {
        Paginator(request: input, config: config) { try await listSolutionVersions($0) }
    }
}
