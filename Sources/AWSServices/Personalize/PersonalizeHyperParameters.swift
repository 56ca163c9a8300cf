import Foundation

/// Hyperparameter optimization: its objective, its budget and the ranges it searches.
public struct HPOConfig: Codable, Sendable, Equatable {
    public var hpoObjective: HPOObjective?
    public var hpoResourceConfig: HPOResourceConfig?
    public var algorithmHyperParameterRanges: HyperParameterRanges?

    public init(
        hpoObjective: HPOObjective? = nil, hpoResourceConfig: HPOResourceConfig? = nil,
        algorithmHyperParameterRanges: HyperParameterRanges? = nil
    ) {
        self.hpoObjective = hpoObjective
        self.hpoResourceConfig = hpoResourceConfig
        self.algorithmHyperParameterRanges = algorithmHyperParameterRanges
    }
}

/// The metric hyperparameter optimization maximizes or minimizes.
public struct HPOObjective: Codable, Sendable, Equatable {
    public var type: String?
    public var metricName: String?
    public var metricRegex: String?

    public init(type: String? = nil, metricName: String? = nil, metricRegex: String? = nil) {
        self.type = type
        self.metricName = metricName
        self.metricRegex = metricRegex
    }
}

/// How many training jobs hyperparameter optimization may run, in all and at once.
public struct HPOResourceConfig: Codable, Sendable, Equatable {
    public var maxNumberOfTrainingJobs: String?
    public var maxParallelTrainingJobs: String?

    public init(maxNumberOfTrainingJobs: String? = nil, maxParallelTrainingJobs: String? = nil) {
        self.maxNumberOfTrainingJobs = maxNumberOfTrainingJobs
        self.maxParallelTrainingJobs = maxParallelTrainingJobs
    }
}

/// The hyperparameter ranges hyperparameter optimization searches.
public struct HyperParameterRanges: Codable, Sendable, Equatable {
    public var integerHyperParameterRanges: [IntegerHyperParameterRange]?
    public var continuousHyperParameterRanges: [ContinuousHyperParameterRange]?
    public var categoricalHyperParameterRanges: [CategoricalHyperParameterRange]?

    public init(
        integerHyperParameterRanges: [IntegerHyperParameterRange]? = nil,
        continuousHyperParameterRanges: [ContinuousHyperParameterRange]? = nil,
        categoricalHyperParameterRanges: [CategoricalHyperParameterRange]? = nil
    ) {
        self.integerHyperParameterRanges = integerHyperParameterRanges
        self.continuousHyperParameterRanges = continuousHyperParameterRanges
        self.categoricalHyperParameterRanges = categoricalHyperParameterRanges
    }
}

/// An integer hyperparameter and its search range.
public struct IntegerHyperParameterRange: Codable, Sendable, Equatable {
    public var name: String?
    public var minValue: Int?
    public var maxValue: Int?

    public init(name: String? = nil, minValue: Int? = nil, maxValue: Int? = nil) {
        self.name = name
        self.minValue = minValue
        self.maxValue = maxValue
    }
}

/// A continuous hyperparameter and its search range.
public struct ContinuousHyperParameterRange: Codable, Sendable, Equatable {
    public var name: String?
    public var minValue: Double?
    public var maxValue: Double?

    public init(name: String? = nil, minValue: Double? = nil, maxValue: Double? = nil) {
        self.name = name
        self.minValue = minValue
        self.maxValue = maxValue
    }
}

/// A categorical hyperparameter and the values to try.
public struct CategoricalHyperParameterRange: Codable, Sendable, Equatable {
    public var name: String?
    public var values: [String]?

    public init(name: String? = nil, values: [String]? = nil) {
        self.name = name
        self.values = values
    }
}

/// The hyperparameter values hyperparameter optimization chose for a solution version.
public struct TunedHPOParams: Codable, Sendable, Equatable {
    public var algorithmHyperParameters: [String: String]?

    public init(algorithmHyperParameters: [String: String]? = nil) {
        self.algorithmHyperParameters = algorithmHyperParameters
    }
}
