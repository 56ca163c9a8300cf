import Foundation

/// `DescribeRecipe` input.
public struct DescribeRecipeRequest: Codable, Sendable, Equatable {
    public var recipeArn: String?

    public init(recipeArn: String) {
        self.recipeArn = recipeArn
    }
}

/// `DescribeRecipe` output.
public struct DescribeRecipeResponse: Codable, Sendable, Equatable {
    public var recipe: Recipe?

    public init(recipe: Recipe? = nil) {
        self.recipe = recipe
    }
}

/// A recipe as `DescribeRecipe` returns it.
public struct Recipe: Codable, Sendable, Equatable {
    public var name: String?
    public var recipeArn: String?
    public var algorithmArn: String?
    public var featureTransformationArn: String?
    public var status: String?
    public var description: String?
    public var creationDateTime: Date?
    public var recipeType: String?
    public var lastUpdatedDateTime: Date?

    public init(
        name: String? = nil, recipeArn: String? = nil, algorithmArn: String? = nil,
        featureTransformationArn: String? = nil, status: String? = nil, description: String? = nil,
        creationDateTime: Date? = nil, recipeType: String? = nil, lastUpdatedDateTime: Date? = nil
    ) {
        self.name = name
        self.recipeArn = recipeArn
        self.algorithmArn = algorithmArn
        self.featureTransformationArn = featureTransformationArn
        self.status = status
        self.description = description
        self.creationDateTime = creationDateTime
        self.recipeType = recipeType
        self.lastUpdatedDateTime = lastUpdatedDateTime
    }
}

extension DescribeRecipeRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.requiredPersonalizeArn(recipeArn, "recipeArn")
        try validator.finish()
    }
}
