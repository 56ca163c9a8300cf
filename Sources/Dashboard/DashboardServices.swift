import AWSServices

/// The AWS calls the dashboard makes; the store runs them, tests can point them anywhere.
public protocol DashboardServices: Sendable {
    func listSolutions() async throws -> [SolutionSummary]
    /// Calls `page` for each page of versions in order; `isLastPage` is true for the final one.
    func forEachSolutionVersionPage(
        solutionArn: String, _ page: @Sendable ([SolutionVersionSummary], _ isLastPage: Bool) async -> Void
    ) async throws
}

/// `DashboardServices` backed by the real Personalize client.
public struct PersonalizeDashboardServices: DashboardServices {
    public let personalize: PersonalizeClient
    public let pageSize: Int?

    public init(personalize: PersonalizeClient, pageSize: Int? = nil) {
        self.personalize = personalize
        self.pageSize = pageSize
    }

    public func listSolutions() async throws -> [SolutionSummary] {
        try await personalize.listSolutionsPaginator(pageSize: pageSize).allItems()
    }

    public func forEachSolutionVersionPage(
        solutionArn: String, _ page: @Sendable ([SolutionVersionSummary], Bool) async -> Void
    ) async throws {
        let pages = personalize.listSolutionVersionsPaginator(ListSolutionVersionsRequest(solutionArn: solutionArn), pageSize: pageSize)
        for try await response in pages {
            let last = response.nextToken?.isEmpty ?? true
            await page(response.items, last)
        }
    }
}
