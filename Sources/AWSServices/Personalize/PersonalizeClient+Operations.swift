import AWSCore

/// The Personalize operations beyond ListSolutions/ListSolutionVersions. Each validates its input before sending;
/// reads and StopSolutionVersionCreation are retried, CreateSolutionVersion is not.
extension PersonalizeClient {
    // MARK: Dataset groups

    public func listDatasetGroups(_ input: ListDatasetGroupsRequest = ListDatasetGroupsRequest()) async throws -> ListDatasetGroupsResponse {
        try input.validate()
        return try await client.send("ListDatasetGroups", input, idempotent: true)
    }

    // MARK: Solutions and solution versions

    public func describeSolution(_ input: DescribeSolutionRequest) async throws -> DescribeSolutionResponse {
        try input.validate()
        return try await client.send("DescribeSolution", input, idempotent: true)
    }

    public func describeSolutionVersion(_ input: DescribeSolutionVersionRequest) async throws -> DescribeSolutionVersionResponse {
        try input.validate()
        return try await client.send("DescribeSolutionVersion", input, idempotent: true)
    }

    /// Starts training. Not idempotent: never retried, since a retry could start a second training.
    public func createSolutionVersion(_ input: CreateSolutionVersionRequest) async throws -> CreateSolutionVersionResponse {
        try input.validate()
        return try await client.send("CreateSolutionVersion", input, idempotent: false)
    }

    /// `createSolutionVersion`, with the answer's request id for the audit log.
    public func createSolutionVersionReturningRequestId(_ input: CreateSolutionVersionRequest) async throws
        -> (response: CreateSolutionVersionResponse, requestId: String?)
    {
        try input.validate()
        let answer: (output: CreateSolutionVersionResponse, requestId: String?) =
            try await client.sendReturningRequestId("CreateSolutionVersion", input, idempotent: false)
        return (answer.output, answer.requestId)
    }

    /// Stops a pending or in-progress training. The operation has no output; whatever 2xx body comes back is ignored.
    public func stopSolutionVersionCreation(_ input: StopSolutionVersionCreationRequest) async throws {
        try input.validate()
        do {
            let _: IgnoredOutput = try await client.send("StopSolutionVersionCreation", input, idempotent: true)
        } catch is ResponseDecodingError {
            // Only thrown after a 2xx status: the stop succeeded, the body (possibly empty) does not matter.
        }
    }

    public func getSolutionMetrics(_ input: GetSolutionMetricsRequest) async throws -> GetSolutionMetricsResponse {
        try input.validate()
        return try await client.send("GetSolutionMetrics", input, idempotent: true)
    }

    // MARK: Batch segment and batch inference jobs

    public func listBatchSegmentJobs(_ input: ListBatchSegmentJobsRequest = ListBatchSegmentJobsRequest()) async throws -> ListBatchSegmentJobsResponse {
        try input.validate()
        return try await client.send("ListBatchSegmentJobs", input, idempotent: true)
    }

    public func describeBatchSegmentJob(_ input: DescribeBatchSegmentJobRequest) async throws -> DescribeBatchSegmentJobResponse {
        try input.validate()
        return try await client.send("DescribeBatchSegmentJob", input, idempotent: true)
    }

    public func listBatchInferenceJobs(_ input: ListBatchInferenceJobsRequest = ListBatchInferenceJobsRequest()) async throws -> ListBatchInferenceJobsResponse {
        try input.validate()
        return try await client.send("ListBatchInferenceJobs", input, idempotent: true)
    }

    public func describeBatchInferenceJob(_ input: DescribeBatchInferenceJobRequest) async throws -> DescribeBatchInferenceJobResponse {
        try input.validate()
        return try await client.send("DescribeBatchInferenceJob", input, idempotent: true)
    }

    // MARK: Campaigns and recipes

    public func listCampaigns(_ input: ListCampaignsRequest = ListCampaignsRequest()) async throws -> ListCampaignsResponse {
        try input.validate()
        return try await client.send("ListCampaigns", input, idempotent: true)
    }

    public func describeCampaign(_ input: DescribeCampaignRequest) async throws -> DescribeCampaignResponse {
        try input.validate()
        return try await client.send("DescribeCampaign", input, idempotent: true)
    }

    public func describeRecipe(_ input: DescribeRecipeRequest) async throws -> DescribeRecipeResponse {
        try input.validate()
        return try await client.send("DescribeRecipe", input, idempotent: true)
    }

    // MARK: Paginators

    public func listSolutionsPaginator(
        _ input: ListSolutionsRequest = ListSolutionsRequest(), config: PaginationConfig
    ) -> Paginator<ListSolutionsRequest, ListSolutionsResponse> {
        Paginator(request: input, config: config) { try await listSolutions($0) }
    }

    public func listDatasetGroupsPaginator(
        _ input: ListDatasetGroupsRequest = ListDatasetGroupsRequest(), pageSize: Int? = nil, startingToken: String? = nil
    ) -> Paginator<ListDatasetGroupsRequest, ListDatasetGroupsResponse> {
        Paginator(request: input, pageSize: pageSize, startingToken: startingToken) { try await listDatasetGroups($0) }
    }

    public func listDatasetGroupsPaginator(
        _ input: ListDatasetGroupsRequest = ListDatasetGroupsRequest(), config: PaginationConfig
    ) -> Paginator<ListDatasetGroupsRequest, ListDatasetGroupsResponse> {
        Paginator(request: input, config: config) { try await listDatasetGroups($0) }
    }

    public func listBatchSegmentJobsPaginator(
        _ input: ListBatchSegmentJobsRequest = ListBatchSegmentJobsRequest(), pageSize: Int? = nil, startingToken: String? = nil
    ) -> Paginator<ListBatchSegmentJobsRequest, ListBatchSegmentJobsResponse> {
        Paginator(request: input, pageSize: pageSize, startingToken: startingToken) { try await listBatchSegmentJobs($0) }
    }

    public func listBatchSegmentJobsPaginator(
        _ input: ListBatchSegmentJobsRequest = ListBatchSegmentJobsRequest(), config: PaginationConfig
    ) -> Paginator<ListBatchSegmentJobsRequest, ListBatchSegmentJobsResponse> {
        Paginator(request: input, config: config) { try await listBatchSegmentJobs($0) }
    }

    public func listBatchInferenceJobsPaginator(
        _ input: ListBatchInferenceJobsRequest = ListBatchInferenceJobsRequest(), pageSize: Int? = nil, startingToken: String? = nil
    ) -> Paginator<ListBatchInferenceJobsRequest, ListBatchInferenceJobsResponse> {
        Paginator(request: input, pageSize: pageSize, startingToken: startingToken) { try await listBatchInferenceJobs($0) }
    }

    public func listBatchInferenceJobsPaginator(
        _ input: ListBatchInferenceJobsRequest = ListBatchInferenceJobsRequest(), config: PaginationConfig
    ) -> Paginator<ListBatchInferenceJobsRequest, ListBatchInferenceJobsResponse> {
        Paginator(request: input, config: config) { try await listBatchInferenceJobs($0) }
    }

    public func listCampaignsPaginator(
        _ input: ListCampaignsRequest = ListCampaignsRequest(), pageSize: Int? = nil, startingToken: String? = nil
    ) -> Paginator<ListCampaignsRequest, ListCampaignsResponse> {
        Paginator(request: input, pageSize: pageSize, startingToken: startingToken) { try await listCampaigns($0) }
    }

    public func listCampaignsPaginator(
        _ input: ListCampaignsRequest = ListCampaignsRequest(), config: PaginationConfig
    ) -> Paginator<ListCampaignsRequest, ListCampaignsResponse> {
        Paginator(request: input, config: config) { try await listCampaigns($0) }
    }
}

/// The output of an operation that has none: any JSON is accepted and ignored.
struct IgnoredOutput: Decodable {
    init(from decoder: any Decoder) throws {}
}
