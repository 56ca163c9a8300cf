import Foundation

/// `DescribeSolution` input.
public struct DescribeSolutionRequest: Codable, Sendable, Equatable {
    public var solutionArn: String?

    public init(solutionArn: String) {
        self.solutionArn = solutionArn
    }
}

/// `DescribeSolution` output.
public struct DescribeSolutionResponse: Codable, Sendable, Equatable {
    public var solution: Solution?

    public init(solution: Solution? = nil) {
        self.solution = solution
    }
}

/// A solution as `DescribeSolution` returns it: recipe, configuration, latest version and update.
public struct Solution: Codable, Sendable, Equatable {
    public var name: String?
    public var solutionArn: String?
    public var performHPO: Bool?
    public var performAutoML: Bool?
    public var performAutoTraining: Bool?
    public var performIncrementalUpdate: Bool?
    public var recipeArn: String?
    public var datasetGroupArn: String?
    public var eventType: String?
    public var solutionConfig: SolutionConfig?
    public var autoMLResult: AutoMLResult?
    public var status: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var latestSolutionVersion: SolutionVersionSummary?
    public var latestSolutionUpdate: SolutionUpdateSummary?

    public init(
        name: String? = nil, solutionArn: String? = nil, performHPO: Bool? = nil, performAutoML: Bool? = nil,
        performAutoTraining: Bool? = nil, performIncrementalUpdate: Bool? = nil, recipeArn: String? = nil,
        datasetGroupArn: String? = nil, eventType: String? = nil, solutionConfig: SolutionConfig? = nil,
        autoMLResult: AutoMLResult? = nil, status: String? = nil, creationDateTime: Date? = nil,
        lastUpdatedDateTime: Date? = nil, latestSolutionVersion: SolutionVersionSummary? = nil,
        latestSolutionUpdate: SolutionUpdateSummary? = nil
    ) {
        self.name = name
        self.solutionArn = solutionArn
        self.performHPO = performHPO
        self.performAutoML = performAutoML
        self.performAutoTraining = performAutoTraining
        self.performIncrementalUpdate = performIncrementalUpdate
        self.recipeArn = recipeArn
        self.datasetGroupArn = datasetGroupArn
        self.eventType = eventType
        self.solutionConfig = solutionConfig
        self.autoMLResult = autoMLResult
        self.status = status
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.latestSolutionVersion = latestSolutionVersion
        self.latestSolutionUpdate = latestSolutionUpdate
    }
}

/// The recipe AutoML chose for a solution.
public struct AutoMLResult: Codable, Sendable, Equatable {
    public var bestRecipeArn: String?

    public init(bestRecipeArn: String? = nil) {
        self.bestRecipeArn = bestRecipeArn
    }
}

/// The latest `UpdateSolution` of a solution, and how it went.
public struct SolutionUpdateSummary: Codable, Sendable, Equatable {
    public var solutionUpdateConfig: SolutionUpdateConfig?
    public var status: String?
    public var performAutoTraining: Bool?
    public var performIncrementalUpdate: Bool?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var failureReason: String?

    public init(
        solutionUpdateConfig: SolutionUpdateConfig? = nil, status: String? = nil, performAutoTraining: Bool? = nil,
        performIncrementalUpdate: Bool? = nil, creationDateTime: Date? = nil, lastUpdatedDateTime: Date? = nil,
        failureReason: String? = nil
    ) {
        self.solutionUpdateConfig = solutionUpdateConfig
        self.status = status
        self.performAutoTraining = performAutoTraining
        self.performIncrementalUpdate = performIncrementalUpdate
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.failureReason = failureReason
    }
}

/// What an `UpdateSolution` changed: automatic training and events.
public struct SolutionUpdateConfig: Codable, Sendable, Equatable {
    public var autoTrainingConfig: AutoTrainingConfig?
    public var eventsConfig: EventsConfig?

    public init(autoTrainingConfig: AutoTrainingConfig? = nil, eventsConfig: EventsConfig? = nil) {
        self.autoTrainingConfig = autoTrainingConfig
        self.eventsConfig = eventsConfig
    }
}

extension DescribeSolutionRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.requiredPersonalizeArn(solutionArn, "solutionArn")
        try validator.finish()
    }
}
