import Foundation

/// `DescribeSolutionVersion` input.
public struct DescribeSolutionVersionRequest: Codable, Sendable, Equatable {
    public var solutionVersionArn: String?

    public init(solutionVersionArn: String) {
        self.solutionVersionArn = solutionVersionArn
    }
}

/// `DescribeSolutionVersion` output.
public struct DescribeSolutionVersionResponse: Codable, Sendable, Equatable {
    public var solutionVersion: SolutionVersion?

    public init(solutionVersion: SolutionVersion? = nil) {
        self.solutionVersion = solutionVersion
    }
}

/// A solution version as `DescribeSolutionVersion` returns it.
public struct SolutionVersion: Codable, Sendable, Equatable {
    public var name: String?
    public var solutionVersionArn: String?
    public var solutionArn: String?
    public var performHPO: Bool?
    public var performAutoML: Bool?
    public var performIncrementalUpdate: Bool?
    public var recipeArn: String?
    public var eventType: String?
    public var datasetGroupArn: String?
    public var solutionConfig: SolutionConfig?
    public var trainingHours: Double?
    public var trainingMode: String?
    public var tunedHPOParams: TunedHPOParams?
    public var status: String?
    public var failureReason: String?
    public var creationDateTime: Date?
    public var lastUpdatedDateTime: Date?
    public var trainingType: String?

    public init(
        name: String? = nil, solutionVersionArn: String? = nil, solutionArn: String? = nil, performHPO: Bool? = nil,
        performAutoML: Bool? = nil, performIncrementalUpdate: Bool? = nil, recipeArn: String? = nil,
        eventType: String? = nil, datasetGroupArn: String? = nil, solutionConfig: SolutionConfig? = nil,
        trainingHours: Double? = nil, trainingMode: String? = nil, tunedHPOParams: TunedHPOParams? = nil,
        status: String? = nil, failureReason: String? = nil, creationDateTime: Date? = nil,
        lastUpdatedDateTime: Date? = nil, trainingType: String? = nil
    ) {
        self.name = name
        self.solutionVersionArn = solutionVersionArn
        self.solutionArn = solutionArn
        self.performHPO = performHPO
        self.performAutoML = performAutoML
        self.performIncrementalUpdate = performIncrementalUpdate
        self.recipeArn = recipeArn
        self.eventType = eventType
        self.datasetGroupArn = datasetGroupArn
        self.solutionConfig = solutionConfig
        self.trainingHours = trainingHours
        self.trainingMode = trainingMode
        self.tunedHPOParams = tunedHPOParams
        self.status = status
        self.failureReason = failureReason
        self.creationDateTime = creationDateTime
        self.lastUpdatedDateTime = lastUpdatedDateTime
        self.trainingType = trainingType
    }
}

/// `CreateSolutionVersion` input.
public struct CreateSolutionVersionRequest: Codable, Sendable, Equatable {
    public var name: String?
    public var solutionArn: String?
    public var trainingMode: String?
    public var tags: [Tag]?

    public init(solutionArn: String, name: String? = nil, trainingMode: String? = nil, tags: [Tag]? = nil) {
        self.name = name
        self.solutionArn = solutionArn
        self.trainingMode = trainingMode
        self.tags = tags
    }
}

/// `CreateSolutionVersion` output.
public struct CreateSolutionVersionResponse: Codable, Sendable, Equatable {
    public var solutionVersionArn: String?

    public init(solutionVersionArn: String? = nil) {
        self.solutionVersionArn = solutionVersionArn
    }
}

/// A resource tag; the service treats key and value as sensitive.
public struct Tag: Codable, Sendable, Equatable {
    public var tagKey: String?
    public var tagValue: String?

    public init(tagKey: String, tagValue: String) {
        self.tagKey = tagKey
        self.tagValue = tagValue
    }
}

/// `StopSolutionVersionCreation` input.
public struct StopSolutionVersionCreationRequest: Codable, Sendable, Equatable {
    public var solutionVersionArn: String?

    public init(solutionVersionArn: String) {
        self.solutionVersionArn = solutionVersionArn
    }
}

/// `GetSolutionMetrics` input.
public struct GetSolutionMetricsRequest: Codable, Sendable, Equatable {
    public var solutionVersionArn: String?

    public init(solutionVersionArn: String) {
        self.solutionVersionArn = solutionVersionArn
    }
}

/// `GetSolutionMetrics` output: metric name to value, e.g. `coverage`, `ndcg_at_10`.
public struct GetSolutionMetricsResponse: Codable, Sendable, Equatable {
    public var solutionVersionArn: String?
    public var metrics: [String: Double]?

    public init(solutionVersionArn: String? = nil, metrics: [String: Double]? = nil) {
        self.solutionVersionArn = solutionVersionArn
        self.metrics = metrics
    }
}

extension DescribeSolutionVersionRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.requiredPersonalizeArn(solutionVersionArn, "solutionVersionArn")
        try validator.finish()
    }
}

extension CreateSolutionVersionRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.personalizeName(name, "name")
        validator.requiredPersonalizeArn(solutionArn, "solutionArn")
        validator.oneOf(trainingMode, "trainingMode", ["FULL", "UPDATE", "AUTOTRAIN"])
        validator.count(tags, "tags", min: 0, max: 200)
        for (index, tag) in (tags ?? []).enumerated() {
            tag.validate(into: &validator, at: "tags.\(index + 1).member")
        }
        try validator.finish()
    }
}

extension Tag {
    /// TagKey 1 to 128 and TagValue 0 to 256, both `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`; values are never shown.
    func validate(into validator: inout RequestValidator, at path: String) {
        Self.check(tagKey, path + ".tagKey", min: 1, max: 128, &validator)
        Self.check(tagValue, path + ".tagValue", min: 0, max: 256, &validator)
    }

    private static func check(_ value: String?, _ member: String, min: Int, max: Int, _ validator: inout RequestValidator) {
        guard validator.required(value, member) else { return }
        validator.length(value, member, min: min, max: max, sensitive: true)
        validator.pattern(value, member, ModelPattern.personalizeTag, sensitive: true, matches: ModelPattern.isPersonalizeTag)
    }
}

extension StopSolutionVersionCreationRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.requiredPersonalizeArn(solutionVersionArn, "solutionVersionArn")
        try validator.finish()
    }
}

extension GetSolutionMetricsRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.requiredPersonalizeArn(solutionVersionArn, "solutionVersionArn")
        try validator.finish()
    }
}
