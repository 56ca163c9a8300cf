import AWSCore

/// Amazon SageMaker over JSON 1.1: the image operations, plus paginators. Each validates its input before sending.
public struct SageMakerClient: Sendable {
    public let client: JSON11Client

    public init(client: JSON11Client) {
        precondition(client.service == .sagemaker, "SageMakerClient needs a client for the sagemaker service")
        self.client = client
    }

    public func listImages(_ input: ListImagesRequest = ListImagesRequest()) async throws -> ListImagesResponse {
        try input.validate()
        return try await client.send("ListImages", input, idempotent: true)
    }

    public func listImageVersions(_ input: ListImageVersionsRequest) async throws -> ListImageVersionsResponse {
        try input.validate()
        return try await client.send("ListImageVersions", input, idempotent: true)
    }

    public func describeImageVersion(_ input: DescribeImageVersionRequest) async throws -> DescribeImageVersionResponse {
        try input.validate()
        return try await client.send("DescribeImageVersion", input, idempotent: true)
    }

    public func listImagesPaginator(
        _ input: ListImagesRequest = ListImagesRequest(), pageSize: Int? = nil, startingToken: String? = nil
    ) -> Paginator<ListImagesRequest, ListImagesResponse> {
        Paginator(request: input, pageSize: pageSize, startingToken: startingToken) { try await listImages($0) }
    }

    public func listImagesPaginator(
        _ input: ListImagesRequest = ListImagesRequest(), config: PaginationConfig
    ) -> Paginator<ListImagesRequest, ListImagesResponse> {
        Paginator(request: input, config: config) { try await listImages($0) }
    }

    public func listImageVersionsPaginator(
        _ input: ListImageVersionsRequest, pageSize: Int? = nil, startingToken: String? = nil
    ) -> Paginator<ListImageVersionsRequest, ListImageVersionsResponse> {
        Paginator(request: input, pageSize: pageSize, startingToken: startingToken) { try await listImageVersions($0) }
    }

    public func listImageVersionsPaginator(
        _ input: ListImageVersionsRequest, config: PaginationConfig
    ) -> Paginator<ListImageVersionsRequest, ListImageVersionsResponse> {
        Paginator(request: input, config: config) { try await listImageVersions($0) }
    }
}
