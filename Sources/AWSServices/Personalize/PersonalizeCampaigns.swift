import Foundation

/// `ListCampaigns` input.
public struct ListCampaignsRequest: PaginatedRequest, Equatable {
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

/// `ListCampaigns` output: one page.
public struct ListCampaignsResponse: PaginatedResponse, Codable, Equatable {
    public var campaigns: [CampaignSummary]?
    public var nextToken: String?

    public init(campaigns: [CampaignSummary]? = nil, nextToken: String? = nil) {
        self.campaigns = campaigns
        self.nextToken = nextToken
    }

    public var items: [CampaignSummary] {
        get { campaigns ?? [] }
        set { campaigns = newValue }
    }
    public var paginationToken: String? { nextToken }
}

/// One entry of `ListCampaigns`.
public struct CampaignSummary: Codable, Sendable, Equatable {
    public var name: String?
    public var campaignArn: String?
    public var status: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var failureReason: String?

    public init(
        name: String? = nil, campaignArn: String? = nil, status: String? = nil, creationDateTime: Date? = nil,
        lastUpdatedDateTime: Date? = nil, failureReason: String? = nil
    ) {
        self.name = name
        self.campaignArn = campaignArn
        self.status = status
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.failureReason = failureReason
    }
}

/// `DescribeCampaign` input.
public struct DescribeCampaignRequest: Codable, Sendable, Equatable {
    public var campaignArn: String?

    public init(campaignArn: String) {
        self.campaignArn = campaignArn
    }
}

/// `DescribeCampaign` output.
public struct DescribeCampaignResponse: Codable, Sendable, Equatable {
    public var campaign: Campaign?

    public init(campaign: Campaign? = nil) {
        self.campaign = campaign
    }
}

/// A campaign as `DescribeCampaign` returns it, with its latest update.
public struct Campaign: Codable, Sendable, Equatable {
    public var name: String?
    public var campaignArn: String?
    public var solutionVersionArn: String?
    public var minProvisionedTPS: Int?
    public var campaignConfig: CampaignConfig?
    public var status: String?
    public var failureReason: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var latestCampaignUpdate: CampaignUpdateSummary?

    public init(
        name: String? = nil, campaignArn: String? = nil, solutionVersionArn: String? = nil,
        minProvisionedTPS: Int? = nil, campaignConfig: CampaignConfig? = nil, status: String? = nil,
        failureReason: String? = nil, creationDateTime: Date? = nil, lastUpdatedDateTime: Date? = nil,
        latestCampaignUpdate: CampaignUpdateSummary? = nil
    ) {
        self.name = name
        self.campaignArn = campaignArn
        self.solutionVersionArn = solutionVersionArn
        self.minProvisionedTPS = minProvisionedTPS
        self.campaignConfig = campaignConfig
        self.status = status
        self.failureReason = failureReason
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.latestCampaignUpdate = latestCampaignUpdate
    }
}

/// A campaign's item exploration, metadata, auto-sync and ranking influence settings.
public struct CampaignConfig: Codable, Sendable, Equatable {
    public var itemExplorationConfig: [String: String]?
    public var enableMetadataWithRecommendations: Bool?
    public var syncWithLatestSolutionVersion: Bool?
    public var rankingInfluence: [String: Double]?

    public init(
        itemExplorationConfig: [String: String]? = nil, enableMetadataWithRecommendations: Bool? = nil,
        syncWithLatestSolutionVersion: Bool? = nil, rankingInfluence: [String: Double]? = nil
    ) {
        self.itemExplorationConfig = itemExplorationConfig
        self.enableMetadataWithRecommendations = enableMetadataWithRecommendations
        self.syncWithLatestSolutionVersion = syncWithLatestSolutionVersion
        self.rankingInfluence = rankingInfluence
    }
}

/// The latest `UpdateCampaign` of a campaign, and how it went.
public struct CampaignUpdateSummary: Codable, Sendable, Equatable {
    public var solutionVersionArn: String?
    public var minProvisionedTPS: Int?
    public var campaignConfig: CampaignConfig?
    public var status: String?
    public var failureReason: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?

    public init(
        solutionVersionArn: String? = nil, minProvisionedTPS: Int? = nil, campaignConfig: CampaignConfig? = nil,
        status: String? = nil, failureReason: String? = nil, creationDateTime: Date? = nil,
        lastUpdatedDateTime: Date? = nil
    ) {
        self.solutionVersionArn = solutionVersionArn
        self.minProvisionedTPS = minProvisionedTPS
        self.campaignConfig = campaignConfig
        self.status = status
        self.failureReason = failureReason
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
    }
}

extension ListCampaignsRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.personalizeArn(solutionArn, "solutionArn")
        validator.personalizePage(nextToken: nextToken, maxResults: maxResults)
        try validator.finish()
    }
}

extension DescribeCampaignRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.requiredPersonalizeArn(campaignArn, "campaignArn")
        try validator.finish()
    }
}
