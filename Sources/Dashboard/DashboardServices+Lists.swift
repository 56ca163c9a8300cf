import AWSCore
import AWSServices
import Foundation

extension PersonalizeDashboardServices {
    public func forEachPage(of request: ListRequest, firstPageOnly: Bool, _ page: @Sendable ([ResourceRow], Bool) async -> Void) async throws {
        switch request {
        case .datasetGroups:
            try await stream(personalize.listDatasetGroupsPaginator(pageSize: pageSize), firstPageOnly, page, ResourceRow.init)
        case let .solutions(group):
            try await stream(personalize.listSolutionsPaginator(ListSolutionsRequest(datasetGroupArn: group), pageSize: pageSize),
                             firstPageOnly, page, ResourceRow.init)
        case let .segmentJobs(version):
            try await stream(personalize.listBatchSegmentJobsPaginator(ListBatchSegmentJobsRequest(solutionVersionArn: version), pageSize: pageSize),
                             firstPageOnly, page, ResourceRow.init)
        case let .inferenceJobs(version):
            try await stream(personalize.listBatchInferenceJobsPaginator(ListBatchInferenceJobsRequest(solutionVersionArn: version), pageSize: pageSize),
                             firstPageOnly, page, ResourceRow.init)
        case let .campaigns(solution):
            try await stream(personalize.listCampaignsPaginator(ListCampaignsRequest(solutionArn: solution), pageSize: pageSize),
                             firstPageOnly, page, ResourceRow.init)
        case .images:
            try await stream(try requireSageMaker().listImagesPaginator(
                ListImagesRequest(SortBy: "LAST_MODIFIED_TIME", SortOrder: "DESCENDING"), pageSize: pageSize), firstPageOnly, page, ResourceRow.init)
        case let .imageVersions(name, query):
            let input = ListImageVersionsRequest(
                ImageName: name, CreationTimeAfter: query.creationTimeAfter, CreationTimeBefore: query.creationTimeBefore,
                LastModifiedTimeAfter: query.lastModifiedTimeAfter, LastModifiedTimeBefore: query.lastModifiedTimeBefore,
                SortBy: query.sortBy, SortOrder: query.sortOrder)
            try await stream(try requireSageMaker().listImageVersionsPaginator(input, pageSize: pageSize), firstPageOnly, page, ResourceRow.init)
        }
    }

    public func describe(_ kind: ResourceKind, arn: String) async throws -> ResourceDetail {
        switch kind {
        case .segmentJobs:
            guard let job = try await personalize.describeBatchSegmentJob(DescribeBatchSegmentJobRequest(batchSegmentJobArn: arn)).batchSegmentJob
            else { throw ResponseDecodingError(operation: "DescribeBatchSegmentJob", detail: "no batchSegmentJob in the answer") }
            return .segmentJob(job)
        case .inferenceJobs:
            guard let job = try await personalize.describeBatchInferenceJob(DescribeBatchInferenceJobRequest(batchInferenceJobArn: arn)).batchInferenceJob
            else { throw ResponseDecodingError(operation: "DescribeBatchInferenceJob", detail: "no batchInferenceJob in the answer") }
            return .inferenceJob(job)
        case .campaigns:
            guard let campaign = try await personalize.describeCampaign(DescribeCampaignRequest(campaignArn: arn)).campaign
            else { throw ResponseDecodingError(operation: "DescribeCampaign", detail: "no campaign in the answer") }
            return .campaign(campaign)
        case .imageVersions:
            // arn:aws:sagemaker:REGION:ACCOUNT:image-version/NAME/VERSION
            let parts = arn.split(separator: "/")
            guard parts.count >= 3, let version = Int(parts[parts.count - 1]) else {
                throw ResponseDecodingError(operation: "DescribeImageVersion", detail: "\(arn) is not an image version ARN")
            }
            return .imageVersion(try await requireSageMaker().describeImageVersion(
                DescribeImageVersionRequest(ImageName: String(parts[parts.count - 2]), Version: version)))
        default:
            throw ResponseDecodingError(operation: kind.listOperation, detail: "no details for \(kind.rawValue)")
        }
    }

    /// The newest version change of the most recently updated solutions (at most ten, one small request each).
    public func latestVersionActivity(of solutions: [SolutionSummary]) async -> [String: Date] {
        let candidates = solutions.sorted { ($0.lastUpdatedDateTime ?? .distantPast) > ($1.lastUpdatedDateTime ?? .distantPast) }
            .prefix(10).compactMap(\.solutionArn)
        return await withTaskGroup(of: (String, Date?).self) { group in
            for arn in candidates {
                group.addTask {
                    let page = try? await personalize.listSolutionVersions(ListSolutionVersionsRequest(solutionArn: arn, maxResults: 5))
                    return (arn, page?.items.compactMap { $0.lastUpdatedDateTime ?? $0.creationDateTime }.max())
                }
            }
            var found: [String: Date] = [:]
            for await (arn, date) in group { if let date { found[arn] = date } }
            return found
        }
    }

    private func requireSageMaker() throws -> SageMakerClient {
        guard let sagemaker else { throw ResponseDecodingError(operation: "SageMaker", detail: "no SageMaker client configured") }
        return sagemaker
    }

    /// Runs a paginator, handing each page's rows on; only the first page when `firstPageOnly`.
    private func stream<Request, Response: PaginatedResponse>(
        _ pages: Paginator<Request, Response>, _ firstPageOnly: Bool,
        _ page: @Sendable ([ResourceRow], Bool) async -> Void, _ row: (Response.Item) -> ResourceRow?
    ) async throws {
        for try await response in pages {
            try Task.checkCancellation()
            let last = firstPageOnly || (response.paginationToken?.isEmpty ?? true)
            await page(response.items.compactMap(row), last)
            if last { return }
        }
    }
}
