import AWSServices
import Foundation

/// Dataset groups, solutions, recipes and campaigns.
extension PersonalizeService {
    func describeSolution(_ request: DescribeSolutionRequest, region: String, now: Date) throws(EmulatorError) -> DescribeSolutionResponse {
        let record = try solution(request.solutionArn, member: "solutionArn", region: region)
        let world = store.snapshot
        var detail = Solution()
        detail.name = record.name
        detail.solutionArn = PersonalizeARN.solution(region: region, account: world.accountId, name: record.name)
        detail.datasetGroupArn = PersonalizeARN.datasetGroup(region: region, account: world.accountId, name: record.datasetGroupName)
        detail.recipeArn = PersonalizeARN.recipe(record.recipe)
        detail.performHPO = record.performHPO
        detail.performAutoML = false
        detail.performAutoTraining = record.autoTrainingSchedule != nil
        detail.performIncrementalUpdate = false
        detail.solutionConfig = solutionConfig(record)
        detail.status = "ACTIVE"
        detail.creationDateTime = record.created
        detail.lastUpdatedDateTime = record.lastUpdated
        if let latest = try? listSolutionVersions(
            ListSolutionVersionsRequest(solutionArn: detail.solutionArn, maxResults: 1), region: region, now: now).items.first {
            detail.latestSolutionVersion = latest
        }
        return DescribeSolutionResponse(solution: detail)
    }

    func listDatasetGroups(_ request: ListDatasetGroupsRequest, region: String) throws(EmulatorError) -> ListDatasetGroupsResponse {
        let world = store.snapshot
        let size = try pageSize(request.maxResults)
        let groups: [DatasetGroupSummary] = world.datasetGroupNames.map { name in
            let created = world.solutions.filter { $0.datasetGroupName == name }.map(\.created).min() ?? Date(timeIntervalSince1970: 0)
            var summary = DatasetGroupSummary()
            summary.name = name
            summary.datasetGroupArn = PersonalizeARN.datasetGroup(region: region, account: world.accountId, name: name)
            summary.status = "ACTIVE"
            summary.creationDateTime = created.addingTimeInterval(-86_400)
            summary.lastUpdatedDateTime = created
            summary.domain = nil
            return summary
        }
        let query = "ListDatasetGroups|\(region)"
        let (page, last) = try slice(groups, token: request.nextToken, query: query, size: size) {
            .init(created: $0.creationDateTime ?? .distantPast, arn: $0.datasetGroupArn ?? "")
        }
        return ListDatasetGroupsResponse(datasetGroups: page, nextToken: last.map { tokens.encode($0, query: query) })
    }

    func describeRecipe(_ request: DescribeRecipeRequest) throws(EmulatorError) -> DescribeRecipeResponse {
        guard let arn = request.recipeArn else {
            throw .invalidInput("1 validation error detected: Value null at 'recipeArn' failed to satisfy constraint: Member must not be null")
        }
        try PersonalizeARN.validate(arn, member: "recipeArn")
        let known = ["aws-user-personalization-v2": "USER_PERSONALIZATION", "aws-user-personalization": "USER_PERSONALIZATION",
                     "aws-similar-items": "RELATED_ITEMS", "aws-item-affinity": "USER_SEGMENTATION", "aws-trending-now": "USER_PERSONALIZATION",
                     "aws-popularity-count": "USER_PERSONALIZATION"]
        guard arn.hasPrefix("arn:aws:personalize:::recipe/"), let name = arn.split(separator: "/").last.map(String.init), let type = known[name] else {
            throw .resourceNotFound("Could not find resource with ARN \(arn)")
        }
        var recipe = Recipe()
        recipe.name = name
        recipe.recipeArn = arn
        recipe.algorithmArn = "arn:aws:personalize:::algorithm/\(name)"
        recipe.featureTransformationArn = "arn:aws:personalize:::feature-transformation/\(name)"
        recipe.status = "ACTIVE"
        recipe.description = "Amazon Personalize recipe \(name)."
        recipe.recipeType = type
        recipe.creationDateTime = Date(timeIntervalSince1970: 1_700_000_000)
        recipe.lastUpdatedDateTime = Date(timeIntervalSince1970: 1_700_000_000)
        return DescribeRecipeResponse(recipe: recipe)
    }

    func listCampaigns(_ request: ListCampaignsRequest, region: String) throws(EmulatorError) -> ListCampaignsResponse {
        let size = try pageSize(request.maxResults)
        let world = store.snapshot
        var campaigns = world.campaigns
        if let solutionArn = request.solutionArn {
            try PersonalizeARN.validate(solutionArn, member: "solutionArn")
            campaigns = campaigns.filter { PersonalizeARN.solution(region: region, account: world.accountId, name: $0.solutionName) == solutionArn }
        }
        let summaries: [CampaignSummary] = campaigns.map { record in
            var summary = CampaignSummary()
            summary.name = record.name
            summary.campaignArn = campaignArn(record, region: region)
            summary.status = "ACTIVE"
            summary.creationDateTime = record.created
            summary.lastUpdatedDateTime = record.created
            return summary
        }
        let query = "ListCampaigns|\(region)|\(request.solutionArn ?? "")"
        let (page, last) = try slice(summaries, token: request.nextToken, query: query, size: size) {
            .init(created: $0.creationDateTime ?? .distantPast, arn: $0.campaignArn ?? "")
        }
        return ListCampaignsResponse(campaigns: page, nextToken: last.map { tokens.encode($0, query: query) })
    }

    func describeCampaign(_ request: DescribeCampaignRequest, region: String) throws(EmulatorError) -> DescribeCampaignResponse {
        guard let arn = request.campaignArn else {
            throw .invalidInput("1 validation error detected: Value null at 'campaignArn' failed to satisfy constraint: Member must not be null")
        }
        try PersonalizeARN.validate(arn, member: "campaignArn")
        let world = store.snapshot
        guard let record = world.campaigns.first(where: { campaignArn($0, region: region) == arn }) else {
            throw .resourceNotFound("Could not find resource with ARN \(arn)")
        }
        var campaign = Campaign()
        campaign.name = record.name
        campaign.campaignArn = arn
        campaign.solutionVersionArn = PersonalizeARN.solutionVersion(
            region: region, account: world.accountId, solution: record.solutionName, id: record.versionId)
        campaign.minProvisionedTPS = record.minProvisionedTPS
        campaign.campaignConfig = CampaignConfig(itemExplorationConfig: ["explorationWeight": "0.3"], syncWithLatestSolutionVersion: false)
        campaign.status = "ACTIVE"
        campaign.creationDateTime = record.created
        campaign.lastUpdatedDateTime = record.created
        return DescribeCampaignResponse(campaign: campaign)
    }

    func campaignArn(_ record: CampaignRecord, region: String) -> String {
        "arn:aws:personalize:\(region):\(store.snapshot.accountId):campaign/\(record.name)"
    }
}
