import Foundation

/// How a solution trains: hyperparameters, HPO, AutoML, events, objective, data and automatic training.
public struct SolutionConfig: Codable, Sendable, Equatable {
    public var eventValueThreshold: String?
    public var hpoConfig: HPOConfig?
    public var algorithmHyperParameters: [String: String]?
    public var featureTransformationParameters: [String: String]?
    public var autoMLConfig: AutoMLConfig?
    public var eventsConfig: EventsConfig?
    public var optimizationObjective: OptimizationObjective?
    public var trainingDataConfig: TrainingDataConfig?
    public var autoTrainingConfig: AutoTrainingConfig?

    public init(
        eventValueThreshold: String? = nil, hpoConfig: HPOConfig? = nil,
        algorithmHyperParameters: [String: String]? = nil, featureTransformationParameters: [String: String]? = nil,
        autoMLConfig: AutoMLConfig? = nil, eventsConfig: EventsConfig? = nil,
        optimizationObjective: OptimizationObjective? = nil, trainingDataConfig: TrainingDataConfig? = nil,
        autoTrainingConfig: AutoTrainingConfig? = nil
    ) {
        self.eventValueThreshold = eventValueThreshold
        self.hpoConfig = hpoConfig
        self.algorithmHyperParameters = algorithmHyperParameters
        self.featureTransformationParameters = featureTransformationParameters
        self.autoMLConfig = autoMLConfig
        self.eventsConfig = eventsConfig
        self.optimizationObjective = optimizationObjective
        self.trainingDataConfig = trainingDataConfig
        self.autoTrainingConfig = autoTrainingConfig
    }
}

/// The metric and the candidate recipes AutoML picks from.
public struct AutoMLConfig: Codable, Sendable, Equatable {
    public var metricName: String?
    public var recipeList: [String]?

    public init(metricName: String? = nil, recipeList: [String]? = nil) {
        self.metricName = metricName
        self.recipeList = recipeList
    }
}

/// Which event types training uses, and how much each weighs.
public struct EventsConfig: Codable, Sendable, Equatable {
    public var eventParametersList: [EventParameters]?

    public init(eventParametersList: [EventParameters]? = nil) {
        self.eventParametersList = eventParametersList
    }
}

/// One event type: its value threshold and its weight (0 to 1).
public struct EventParameters: Codable, Sendable, Equatable {
    public var eventType: String?
    public var eventValueThreshold: Double?
    public var weight: Double?

    public init(eventType: String? = nil, eventValueThreshold: Double? = nil, weight: Double? = nil) {
        self.eventType = eventType
        self.eventValueThreshold = eventValueThreshold
        self.weight = weight
    }
}

/// An extra objective (e.g. revenue, from an item attribute) and how strongly to pursue it.
public struct OptimizationObjective: Codable, Sendable, Equatable {
    public var itemAttribute: String?
    public var objectiveSensitivity: String?

    public init(itemAttribute: String? = nil, objectiveSensitivity: String? = nil) {
        self.itemAttribute = itemAttribute
        self.objectiveSensitivity = objectiveSensitivity
    }
}

/// Dataset columns to include in or exclude from training, by dataset type.
public struct TrainingDataConfig: Codable, Sendable, Equatable {
    public var excludedDatasetColumns: [String: [String]]?
    public var includedDatasetColumns: [String: [String]]?

    public init(excludedDatasetColumns: [String: [String]]? = nil, includedDatasetColumns: [String: [String]]? = nil) {
        self.excludedDatasetColumns = excludedDatasetColumns
        self.includedDatasetColumns = includedDatasetColumns
    }
}

/// How often automatic training creates a solution version, e.g. `rate(7 days)`.
public struct AutoTrainingConfig: Codable, Sendable, Equatable {
    public var schedulingExpression: String?

    public init(schedulingExpression: String? = nil) {
        self.schedulingExpression = schedulingExpression
    }
}
