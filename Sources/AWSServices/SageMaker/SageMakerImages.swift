import Foundation

/// `ListImages` input.
public struct ListImagesRequest: PaginatedRequest, Equatable {
    public var CreationTimeAfter: Date?
    public var CreationTimeBefore: Date?
    public var LastModifiedTimeAfter: Date?
    public var LastModifiedTimeBefore: Date?
    public var MaxResults: Int?
    public var NameContains: String?
    public var NextToken: String?
    public var SortBy: String?
    public var SortOrder: String?

    public init(
        CreationTimeAfter: Date? = nil, CreationTimeBefore: Date? = nil, LastModifiedTimeAfter: Date? = nil,
        LastModifiedTimeBefore: Date? = nil, MaxResults: Int? = nil, NameContains: String? = nil,
        NextToken: String? = nil, SortBy: String? = nil, SortOrder: String? = nil
    ) {
        self.CreationTimeAfter = CreationTimeAfter
        self.CreationTimeBefore = CreationTimeBefore
        self.LastModifiedTimeAfter = LastModifiedTimeAfter
        self.LastModifiedTimeBefore = LastModifiedTimeBefore
        self.MaxResults = MaxResults
        self.NameContains = NameContains
        self.NextToken = NextToken
        self.SortBy = SortBy
        self.SortOrder = SortOrder
    }

    public var paginationToken: String? { get { NextToken } set { NextToken = newValue } }
    public var pageSize: Int? { get { MaxResults } set { MaxResults = newValue } }
    public static var paginationTokenName: String { "NextToken" }
}

/// `ListImages` output: one page.
public struct ListImagesResponse: PaginatedResponse, Codable, Equatable {
    public var Images: [Image]?
    public var NextToken: String?

    public init(Images: [Image]? = nil, NextToken: String? = nil) {
        self.Images = Images
        self.NextToken = NextToken
    }

    public var items: [Image] {
        get { Images ?? [] }
        set { Images = newValue }
    }
    public var paginationToken: String? { NextToken }
}

/// One entry of `ListImages`: a SageMaker image.
public struct Image: Codable, Sendable, Equatable {
    public var CreationTime: Date?
    public var Description: String?
    public var DisplayName: String?
    public var FailureReason: String?
    public var ImageArn: String?
    public var ImageName: String?
    public var ImageStatus: String?
    public var LastModifiedTime: Date?

    public init(
        CreationTime: Date? = nil, Description: String? = nil, DisplayName: String? = nil,
        FailureReason: String? = nil, ImageArn: String? = nil, ImageName: String? = nil, ImageStatus: String? = nil,
        LastModifiedTime: Date? = nil
    ) {
        self.CreationTime = CreationTime
        self.Description = Description
        self.DisplayName = DisplayName
        self.FailureReason = FailureReason
        self.ImageArn = ImageArn
        self.ImageName = ImageName
        self.ImageStatus = ImageStatus
        self.LastModifiedTime = LastModifiedTime
    }
}

/// `ListImageVersions` input.
public struct ListImageVersionsRequest: PaginatedRequest, Equatable {
    public var CreationTimeAfter: Date?
    public var CreationTimeBefore: Date?
    public var ImageName: String?
    public var LastModifiedTimeAfter: Date?
    public var LastModifiedTimeBefore: Date?
    public var MaxResults: Int?
    public var NextToken: String?
    public var SortBy: String?
    public var SortOrder: String?

    public init(
        ImageName: String, CreationTimeAfter: Date? = nil, CreationTimeBefore: Date? = nil,
        LastModifiedTimeAfter: Date? = nil, LastModifiedTimeBefore: Date? = nil, MaxResults: Int? = nil,
        NextToken: String? = nil, SortBy: String? = nil, SortOrder: String? = nil
    ) {
        self.CreationTimeAfter = CreationTimeAfter
        self.CreationTimeBefore = CreationTimeBefore
        self.ImageName = ImageName
        self.LastModifiedTimeAfter = LastModifiedTimeAfter
        self.LastModifiedTimeBefore = LastModifiedTimeBefore
        self.MaxResults = MaxResults
        self.NextToken = NextToken
        self.SortBy = SortBy
        self.SortOrder = SortOrder
    }

    public var paginationToken: String? { get { NextToken } set { NextToken = newValue } }
    public var pageSize: Int? { get { MaxResults } set { MaxResults = newValue } }
    public static var paginationTokenName: String { "NextToken" }
}

/// `ListImageVersions` output: one page.
public struct ListImageVersionsResponse: PaginatedResponse, Codable, Equatable {
    public var ImageVersions: [ImageVersion]?
    public var NextToken: String?

    public init(ImageVersions: [ImageVersion]? = nil, NextToken: String? = nil) {
        self.ImageVersions = ImageVersions
        self.NextToken = NextToken
    }

    public var items: [ImageVersion] {
        get { ImageVersions ?? [] }
        set { ImageVersions = newValue }
    }
    public var paginationToken: String? { NextToken }
}

/// One entry of `ListImageVersions`: a version of a SageMaker image.
public struct ImageVersion: Codable, Sendable, Equatable {
    public var CreationTime: Date?
    public var FailureReason: String?
    public var ImageArn: String?
    public var ImageVersionArn: String?
    public var ImageVersionStatus: String?
    public var LastModifiedTime: Date?
    public var Version: Int?

    public init(
        CreationTime: Date? = nil, FailureReason: String? = nil, ImageArn: String? = nil,
        ImageVersionArn: String? = nil, ImageVersionStatus: String? = nil, LastModifiedTime: Date? = nil,
        Version: Int? = nil
    ) {
        self.CreationTime = CreationTime
        self.FailureReason = FailureReason
        self.ImageArn = ImageArn
        self.ImageVersionArn = ImageVersionArn
        self.ImageVersionStatus = ImageVersionStatus
        self.LastModifiedTime = LastModifiedTime
        self.Version = Version
    }
}

/// `DescribeImageVersion` input.
public struct DescribeImageVersionRequest: Codable, Sendable, Equatable {
    public var ImageName: String?
    public var Version: Int?
    public var Alias: String?

    public init(ImageName: String, Version: Int? = nil, Alias: String? = nil) {
        self.ImageName = ImageName
        self.Version = Version
        self.Alias = Alias
    }
}

/// `DescribeImageVersion` output.
public struct DescribeImageVersionResponse: Codable, Sendable, Equatable {
    public var BaseImage: String?
    public var ContainerImage: String?
    public var CreationTime: Date?
    public var FailureReason: String?
    public var ImageArn: String?
    public var ImageVersionArn: String?
    public var ImageVersionStatus: String?
    public var LastModifiedTime: Date?
    public var Version: Int?
    public var VendorGuidance: String?
    public var JobType: String?
    public var MLFramework: String?
    public var ProgrammingLang: String?
    public var Processor: String?
    public var Horovod: Bool?
    public var ReleaseNotes: String?

    public init(
        BaseImage: String? = nil, ContainerImage: String? = nil, CreationTime: Date? = nil,
        FailureReason: String? = nil, ImageArn: String? = nil, ImageVersionArn: String? = nil,
        ImageVersionStatus: String? = nil, LastModifiedTime: Date? = nil, Version: Int? = nil,
        VendorGuidance: String? = nil, JobType: String? = nil, MLFramework: String? = nil,
        ProgrammingLang: String? = nil, Processor: String? = nil, Horovod: Bool? = nil, ReleaseNotes: String? = nil
    ) {
        self.BaseImage = BaseImage
        self.ContainerImage = ContainerImage
        self.CreationTime = CreationTime
        self.FailureReason = FailureReason
        self.ImageArn = ImageArn
        self.ImageVersionArn = ImageVersionArn
        self.ImageVersionStatus = ImageVersionStatus
        self.LastModifiedTime = LastModifiedTime
        self.Version = Version
        self.VendorGuidance = VendorGuidance
        self.JobType = JobType
        self.MLFramework = MLFramework
        self.ProgrammingLang = ProgrammingLang
        self.Processor = Processor
        self.Horovod = Horovod
        self.ReleaseNotes = ReleaseNotes
    }
}

extension ListImagesRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        validator.length(NameContains, "nameContains", min: 0, max: 63)
        validator.pattern(
            NameContains, "nameContains", ModelPattern.sageMakerImageNameContains,
            matches: ModelPattern.isSageMakerImageNameContains)
        validator.sageMakerPage(nextToken: NextToken, maxResults: MaxResults)
        validator.oneOf(SortBy, "sortBy", ["CREATION_TIME", "LAST_MODIFIED_TIME", "IMAGE_NAME"])
        validator.oneOf(SortOrder, "sortOrder", ["ASCENDING", "DESCENDING"])
        try validator.finish()
    }
}

extension ListImageVersionsRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        if validator.required(ImageName, "imageName") { validator.sageMakerImageName(ImageName, "imageName") }
        validator.sageMakerPage(nextToken: NextToken, maxResults: MaxResults)
        validator.oneOf(SortBy, "sortBy", ["CREATION_TIME", "LAST_MODIFIED_TIME", "VERSION"])
        validator.oneOf(SortOrder, "sortOrder", ["ASCENDING", "DESCENDING"])
        try validator.finish()
    }
}

extension DescribeImageVersionRequest: ValidatableRequest {
    /// Checks the model's constraints; throws what the service would report.
    public func validate() throws(RequestValidationError) {
        var validator = RequestValidator()
        if validator.required(ImageName, "imageName") { validator.sageMakerImageName(ImageName, "imageName") }
        validator.range(Version, "version", min: 0)
        validator.length(Alias, "alias", min: 1, max: 128)
        validator.pattern(
            Alias, "alias", ModelPattern.sageMakerImageVersionAlias, matches: ModelPattern.isSageMakerImageVersionAlias)
        try validator.finish()
    }
}
