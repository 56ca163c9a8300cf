import AWSCore
import AWSServices
import Foundation

/// Amazon Personalize's control plane, as far as pdash uses it, answered from an `EmulatorWorld`.
struct PersonalizeService: Sendable {
    var store: WorldStore
    var tokens: PageTokenCodec

    static let defaultPageSize = 100

    /// Answers one operation; `region` is the region the request was signed for.
    func handle(operation: String, body: [UInt8], region: String, now: Date) throws(EmulatorError) -> [UInt8] {
        switch operation {
        case "ListSolutions":
            return try encode(listSolutions(try decode(ListSolutionsRequest.self, body), region: region))
        case "ListSolutionVersions":
            return try encode(listSolutionVersions(try decode(ListSolutionVersionsRequest.self, body), region: region, now: now))
        case "DescribeSolutionVersion":
            return try encode(describeSolutionVersion(try decode(DescribeSolutionVersionRequest.self, body), region: region, now: now))
        case "CreateSolutionVersion":
            return try encode(createSolutionVersion(try decode(CreateSolutionVersionRequest.self, body), region: region, now: now))
        case "StopSolutionVersionCreation":
            try stopSolutionVersionCreation(try decode(StopSolutionVersionCreationRequest.self, body), region: region, now: now)
            return Array("{}".utf8)
        case "GetSolutionMetrics":
            return try encode(getSolutionMetrics(try decode(GetSolutionMetricsRequest.self, body), region: region, now: now))
        case "DescribeSolution":
            return try encode(describeSolution(try decode(DescribeSolutionRequest.self, body), region: region, now: now))
        case "ListDatasetGroups":
            return try encode(listDatasetGroups(try decode(ListDatasetGroupsRequest.self, body), region: region))
        case "DescribeRecipe":
            return try encode(describeRecipe(try decode(DescribeRecipeRequest.self, body)))
        case "ListCampaigns":
            return try encode(listCampaigns(try decode(ListCampaignsRequest.self, body), region: region))
        case "DescribeCampaign":
            return try encode(describeCampaign(try decode(DescribeCampaignRequest.self, body), region: region))
        case "ListBatchSegmentJobs":
            return try encode(listBatchSegmentJobs(try decode(ListBatchSegmentJobsRequest.self, body), region: region, now: now))
        case "DescribeBatchSegmentJob":
            return try encode(describeBatchSegmentJob(try decode(DescribeBatchSegmentJobRequest.self, body), region: region, now: now))
        case "ListBatchInferenceJobs":
            return try encode(listBatchInferenceJobs(try decode(ListBatchInferenceJobsRequest.self, body), region: region, now: now))
        case "DescribeBatchInferenceJob":
            return try encode(describeBatchInferenceJob(try decode(DescribeBatchInferenceJobRequest.self, body), region: region, now: now))
        default:
            throw .unknownOperation("AmazonPersonalize.\(operation)")
        }
    }

    func listSolutions(_ request: ListSolutionsRequest, region: String) throws(EmulatorError) -> ListSolutionsResponse {
        let world = store.snapshot
        let size = try pageSize(request.maxResults)
        var solutions = world.solutions
        if let groupArn = request.datasetGroupArn {
            try PersonalizeARN.validate(groupArn, member: "datasetGroupArn")
            solutions = solutions.filter {
                PersonalizeARN.datasetGroup(region: region, account: world.accountId, name: $0.datasetGroupName) == groupArn
            }
        }
        let summaries = solutions.map { record in
            SolutionSummary(
                name: record.name,
                solutionArn: PersonalizeARN.solution(region: region, account: world.accountId, name: record.name),
                status: "ACTIVE", creationDateTime: record.created, lastUpdatedDateTime: record.lastUpdated,
                recipeArn: PersonalizeARN.recipe(record.recipe))
        }
        let query = "ListSolutions|\(region)|\(request.datasetGroupArn ?? "")"
        let (page, last) = try slice(summaries, token: request.nextToken, query: query, size: size) {
            .init(created: $0.creationDateTime ?? .distantPast, arn: $0.solutionArn ?? "")
        }
        return ListSolutionsResponse(solutions: page, nextToken: last.map { tokens.encode($0, query: query) })
    }

    func listSolutionVersions(_ request: ListSolutionVersionsRequest, region: String, now: Date) throws(EmulatorError)
        -> ListSolutionVersionsResponse
    {
        let world = store.snapshot
        let size = try pageSize(request.maxResults)
        var solutionName: String?
        if let solutionArn = request.solutionArn {
            try PersonalizeARN.validate(solutionArn, member: "solutionArn")
            guard let record = world.solutions.first(where: {
                PersonalizeARN.solution(region: region, account: world.accountId, name: $0.name) == solutionArn
            }) else {
                throw .resourceNotFound("Could not find resource with ARN \(solutionArn)")
            }
            solutionName = record.name
        }
        let plans = world.visiblePlans(at: now, solutionName: solutionName)
        let query = "ListSolutionVersions|\(region)|\(request.solutionArn ?? "")"
        let position = try position(of: request.nextToken, query: query)
        func arn(_ plan: TrainingPlan) -> String {
            PersonalizeARN.solutionVersion(region: region, account: world.accountId, solution: plan.solutionName, id: plan.id)
        }
        // Long lists (thousands of versions): order and page the plans, and build summaries only for the page.
        let (pageIndices, last) = PageSlicer.pageIndices(
            plans.indices, position: position, size: size, created: plans.created, tiebreak: { arn(plans.plan($0)) })
        let page: [SolutionVersionSummary] = pageIndices.map(plans.plan).compactMap { plan in
            guard let observed = plan.observe(at: now) else { return nil }
            return SolutionVersionSummary(
                solutionVersionArn: arn(plan),
                status: observed.status, trainingMode: plan.trainingMode, trainingType: plan.trainingType,
                creationDateTime: plan.created, lastUpdatedDateTime: observed.lastUpdated,
                failureReason: observed.failureReason)
        }
        return ListSolutionVersionsResponse(solutionVersions: page, nextToken: last.map { tokens.encode($0, query: query) })
    }

    /// `maxResults` checked against 1...100. Personalize answers every validation failure with InvalidInputException.
    func pageSize(_ maxResults: Int?) throws(EmulatorError) -> Int {
        guard let maxResults else { return Self.defaultPageSize }
        guard maxResults >= 1 else {
            throw EmulatorError(status: 400, code: "InvalidInputException", message:
                "1 validation error detected: Value '\(maxResults)' at 'maxResults' failed to satisfy constraint: "
                    + "Member must have value greater than or equal to 1")
        }
        guard maxResults <= 100 else {
            throw EmulatorError(status: 400, code: "InvalidInputException", message:
                "1 validation error detected: Value '\(maxResults)' at 'maxResults' failed to satisfy constraint: "
                    + "Member must have value less than or equal to 100")
        }
        return maxResults
    }

    func slice<Item>(
        _ items: [Item], token: String?, query: String, size: Int, key: (Item) -> PageTokenCodec.Position
    ) throws(EmulatorError) -> ([Item], PageTokenCodec.Position?) {
        let result = PageSlicer.page(items, position: try position(of: token, query: query), size: size, key: key)
        return (result.items, result.last)
    }

    /// Where a `nextToken` continues, or InvalidNextTokenException for a forged, damaged or foreign one.
    func position(of token: String?, query: String) throws(EmulatorError) -> PageTokenCodec.Position? {
        guard let token else { return nil }
        guard token.utf8.count <= 1500, let decoded = tokens.decode(token, query: query) else { throw .invalidNextToken() }
        return decoded
    }

    func decode<T: Decodable>(_ type: T.Type, _ body: [UInt8]) throws(EmulatorError) -> T {
        let data = body.isEmpty ? Data("{}".utf8) : Data(body)
        do {
            return try JSON11Coding.decoder.decode(type, from: data)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let member = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw .serialization("Unexpected value type for member '\(member)'")
        } catch {
            throw .serialization("The request body is not valid JSON")
        }
    }

    func encode(_ value: some Encodable) throws(EmulatorError) -> [UInt8] {
        do {
            return Array(try JSON11Coding.encoder.encode(value))
        } catch {
            throw EmulatorError(status: 500, code: "InternalFailure", message: "could not encode the response")
        }
    }
}
