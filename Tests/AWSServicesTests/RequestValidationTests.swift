import AWSServices
import Testing

/// Client-side checks of the models' constraints, worded like the services' own validation errors.
@Suite("Request validation")
struct RequestValidationTests {
    static let arnPattern = #"arn:([a-z\d-]+):personalize:.*:.*:.+"#

    @Test(arguments: [
        ARN.solution, ARN.solutionVersion, ARN.recipe, ARN.datasetGroup,
        "arn:aws-cn:personalize:cn-north-1:111122223333:solution/x",
        "arn:aws-us-gov:personalize:us-gov-west-1:111122223333:campaign/c",
        "arn:aws:personalize:::a",
    ])
    func goodArnsPass(arn: String) {
        #expect(validationError(DescribeSolutionRequest(solutionArn: arn)) == nil)
        #expect(validationError(ListSolutionVersionsRequest(solutionArn: arn)) == nil)
    }

    @Test(arguments: [
        "", "solution/nope", "arn:aws:sagemaker:us-east-1:111122223333:solution/x", "arn::personalize:r:1:x",
        "arn:AWS:personalize:us-east-1:111122223333:solution/x", "arn:aws:personalize:us-east-1:111122223333",
        "arn:aws:personalize:us-east-1:111122223333:", "arn:aws:personalize:us-east-1:1\n:solution/x",
        "xarn:aws:personalize:us-east-1:111122223333:solution/x",
    ])
    func badArnsFailWithThePattern(arn: String) throws {
        let error = try #require(validationError(DescribeSolutionRequest(solutionArn: arn)))
        #expect(error.description == "1 validation error detected: Value '\(arn)' at 'solutionArn' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: \(Self.arnPattern)")
    }

    @Test func theBriefsExampleMessage() {
        #expect(validationError(DescribeSolutionRequest(solutionArn: "x"))?.description
            == #"1 validation error detected: Value 'x' at 'solutionArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:([a-z\d-]+):personalize:.*:.*:.+"#)
    }

    @Test func arnOf257CharactersIsTooLong() throws {
        let arn = "arn:aws:personalize:us-east-1:111122223333:solution/" + String(repeating: "a", count: 205)
        #expect(arn.count == 257)
        let error = try #require(validationError(ListSolutionVersionsRequest(solutionArn: arn)))
        #expect(error.violations == [.init(member: "solutionArn", value: .text(arn),
                                           constraint: "Member must have length less than or equal to 256")])
        #expect(error.description.hasPrefix("1 validation error detected: Value '\(arn)' at 'solutionArn'"))
        let atLimit = String(arn.dropLast())
        #expect(validationError(ListSolutionVersionsRequest(solutionArn: atLimit)) == nil)
    }

    @Test func longAndMalformedReportsBoth() throws {
        let value = String(repeating: "z", count: 300)
        let error = try #require(validationError(DescribeRecipeRequest(recipeArn: value)))
        #expect(error.violations.map(\.constraint) == [
            "Member must have length less than or equal to 256",
            "Member must satisfy regular expression pattern: \(Self.arnPattern)",
        ])
        #expect(error.description.hasPrefix("2 validation errors detected: Value '\(value)' at 'recipeArn'"))
        #expect(error.description.contains("; Value '\(value)' at 'recipeArn' failed to satisfy constraint: Member must satisfy"))
    }

    @Test(arguments: [0, 101, -5])
    func maxResultsOutOfRange(maxResults: Int) throws {
        let requests: [any ValidatableRequest] = [
            ListSolutionsRequest(maxResults: maxResults), ListSolutionVersionsRequest(maxResults: maxResults),
            ListDatasetGroupsRequest(maxResults: maxResults), ListBatchSegmentJobsRequest(maxResults: maxResults),
            ListBatchInferenceJobsRequest(maxResults: maxResults), ListCampaignsRequest(maxResults: maxResults),
            ListImagesRequest(MaxResults: maxResults), ListImageVersionsRequest(ImageName: "tf", MaxResults: maxResults),
        ]
        let bound = maxResults > 100 ? "less than or equal to 100" : "greater than or equal to 1"
        for request in requests {
            let error = try #require(validationError(request))
            #expect(error.description == "1 validation error detected: Value '\(maxResults)' at 'maxResults' "
                + "failed to satisfy constraint: Member must have value \(bound)")
        }
    }

    @Test func maxResultsAtTheBoundsPass() {
        for value in [1, 100] {
            #expect(validationError(ListCampaignsRequest(maxResults: value)) == nil)
            #expect(validationError(ListImagesRequest(MaxResults: value)) == nil)
        }
        #expect(validationError(ListSolutionsRequest()) == nil)
        #expect(validationError(ListDatasetGroupsRequest()) == nil)
    }

    @Test func theBriefsMaxResultsMessage() {
        #expect(validationError(ListSolutionVersionsRequest(maxResults: 0))?.violations.first?.message
            == "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1")
    }

    @Test func missingRequiredMembers() {
        var describe = DescribeSolutionVersionRequest(solutionVersionArn: ARN.solutionVersion)
        describe.solutionVersionArn = nil
        #expect(validationError(describe)?.description == "1 validation error detected: Value null at 'solutionVersionArn' "
            + "failed to satisfy constraint: Member must not be null")
        var create = CreateSolutionVersionRequest(solutionArn: ARN.solution)
        create.solutionArn = nil
        #expect(validationError(create)?.violations.first?.message
            == "Value null at 'solutionArn' failed to satisfy constraint: Member must not be null")
        var images = ListImageVersionsRequest(ImageName: "tf")
        images.ImageName = nil
        #expect(validationError(images)?.violations.first?.message
            == "Value null at 'imageName' failed to satisfy constraint: Member must not be null")
    }

    @Test func requiredMembersOfEveryDescribe() throws {
        let missing: [(any ValidatableRequest, String)] = [
            (try decode(DescribeSolutionRequest.self, "{}"), "solutionArn"),
            (try decode(StopSolutionVersionCreationRequest.self, "{}"), "solutionVersionArn"),
            (try decode(GetSolutionMetricsRequest.self, "{}"), "solutionVersionArn"),
            (try decode(DescribeBatchSegmentJobRequest.self, "{}"), "batchSegmentJobArn"),
            (try decode(DescribeBatchInferenceJobRequest.self, "{}"), "batchInferenceJobArn"),
            (try decode(DescribeCampaignRequest.self, "{}"), "campaignArn"),
            (try decode(DescribeRecipeRequest.self, "{}"), "recipeArn"),
            (try decode(DescribeImageVersionRequest.self, "{}"), "imageName"),
        ]
        for (request, member) in missing {
            #expect(validationError(request)?.violations == [.init(member: member, value: .null, constraint: "Member must not be null")])
        }
    }

    @Test func trainingMode() throws {
        for mode in ["FULL", "UPDATE", "AUTOTRAIN"] {
            #expect(validationError(CreateSolutionVersionRequest(solutionArn: ARN.solution, trainingMode: mode)) == nil)
        }
        let error = try #require(validationError(CreateSolutionVersionRequest(solutionArn: ARN.solution, trainingMode: "full")))
        #expect(error.description == "1 validation error detected: Value 'full' at 'trainingMode' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [FULL, UPDATE, AUTOTRAIN]")
    }

    @Test func solutionVersionName() throws {
        #expect(validationError(CreateSolutionVersionRequest(solutionArn: ARN.solution, name: "v8_retrain-2")) == nil)
        let pattern = #"^[a-zA-Z0-9][a-zA-Z0-9\-_]*"#
        let bad = try #require(validationError(CreateSolutionVersionRequest(solutionArn: ARN.solution, name: "-v8")))
        #expect(bad.violations.first?.message
            == "Value '-v8' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: \(pattern)")
        let empty = try #require(validationError(CreateSolutionVersionRequest(solutionArn: ARN.solution, name: "")))
        #expect(empty.violations.map(\.constraint) == [
            "Member must have length greater than or equal to 1", "Member must satisfy regular expression pattern: \(pattern)",
        ])
        let long = String(repeating: "a", count: 64)
        #expect(validationError(CreateSolutionVersionRequest(solutionArn: ARN.solution, name: long))?.violations.map(\.constraint)
            == ["Member must have length less than or equal to 63"])
        #expect(validationError(CreateSolutionVersionRequest(solutionArn: ARN.solution, name: String(long.dropLast()))) == nil)
    }

    @Test func tagsAreCheckedWithoutShowingTheirValues() throws {
        let good = CreateSolutionVersionRequest(solutionArn: ARN.solution, tags: [
            AWSServices.Tag(tagKey: "équipe 1", tagValue: ""), AWSServices.Tag(tagKey: "a:b/c=d+e-f@g_h.i", tagValue: "x"),
        ])
        #expect(validationError(good) == nil)
        let error = try #require(validationError(CreateSolutionVersionRequest(solutionArn: ARN.solution, tags: [
            AWSServices.Tag(tagKey: "ok", tagValue: "ok"), AWSServices.Tag(tagKey: "", tagValue: "secret!"),
        ])))
        #expect(error.violations.map(\.message) == [
            "Value at 'tags.2.member.tagKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
            "Value at 'tags.2.member.tagValue' failed to satisfy constraint: "
                + #"Member must satisfy regular expression pattern: ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"#,
        ])
        #expect(!error.description.contains("secret"))
        let many = (0..<201).map { AWSServices.Tag(tagKey: "k\($0)", tagValue: "v") }
        #expect(validationError(CreateSolutionVersionRequest(solutionArn: ARN.solution, tags: many))?.violations.map(\.message)
            == ["Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 200"])
    }

    @Test func severalMembersAreAllReported() throws {
        var request = CreateSolutionVersionRequest(solutionArn: ARN.solution, name: "bad name", trainingMode: "PARTIAL")
        request.solutionArn = nil
        let error = try #require(validationError(request))
        #expect(error.violations.map(\.member) == ["name", "solutionArn", "trainingMode"])
        #expect(error.description.hasPrefix("3 validation errors detected: "))
    }

    @Test func nextTokens() throws {
        #expect(validationError(ListCampaignsRequest(nextToken: "é"))?.violations.first?.constraint
            == #"Member must satisfy regular expression pattern: \p{ASCII}{0,1500}"#)
        #expect(validationError(ListCampaignsRequest(nextToken: String(repeating: "t", count: 1501)))?.violations.first?.constraint
            == "Member must have length less than or equal to 1500")
        #expect(validationError(ListImagesRequest(NextToken: String(repeating: "t", count: 8192))) == nil)
        #expect(validationError(ListImagesRequest(NextToken: "a\nb"))?.violations.first?.constraint
            == "Member must satisfy regular expression pattern: .*")
    }

    @Test(arguments: ["tf", "tf-gpu", "a.b-c", "A1", String(repeating: "a", count: 63), "a-b-c-d"])
    func goodImageNames(name: String) {
        #expect(validationError(ListImageVersionsRequest(ImageName: name)) == nil)
        #expect(validationError(DescribeImageVersionRequest(ImageName: name)) == nil)
    }

    @Test(arguments: ["-tf", "tf-", "tf--gpu", "tf.-gpu", "tf_gpu", "tf gpu", "ünicode", ""])
    func badImageNames(name: String) throws {
        let error = try #require(validationError(ListImageVersionsRequest(ImageName: name)))
        #expect(error.violations.last?.message == "Value '\(name)' at 'imageName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}")
    }

    @Test func imageNameLength() throws {
        let name = String(repeating: "a", count: 64)
        let error = try #require(validationError(DescribeImageVersionRequest(ImageName: name)))
        #expect(error.violations.map(\.constraint) == [
            "Member must have length less than or equal to 63",
            "Member must satisfy regular expression pattern: [a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}",
        ])
        #expect(validationError(DescribeImageVersionRequest(ImageName: ""))?.violations.first?.constraint
            == "Member must have length greater than or equal to 1")
    }

    @Test func imageVersionNumberAndAlias() {
        #expect(validationError(DescribeImageVersionRequest(ImageName: "tf", Version: 0)) == nil)
        #expect(validationError(DescribeImageVersionRequest(ImageName: "tf", Version: -1))?.description
            == "1 validation error detected: Value '-1' at 'version' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 0")
        #expect(validationError(DescribeImageVersionRequest(ImageName: "tf", Alias: "stable_1.0-x")) == nil)
        #expect(validationError(DescribeImageVersionRequest(ImageName: "tf", Alias: ".hidden"))?.violations.first?.constraint
            == "Member must satisfy regular expression pattern: (?!^[.-])^([a-zA-Z0-9-_.]+)")
    }

    @Test func imageListEnumsAndNameContains() {
        #expect(validationError(ListImagesRequest(NameContains: "tf-2.16", SortBy: "IMAGE_NAME", SortOrder: "ASCENDING")) == nil)
        #expect(validationError(ListImagesRequest(SortBy: "VERSION"))?.violations.first?.message
            == "Value 'VERSION' at 'sortBy' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [CREATION_TIME, LAST_MODIFIED_TIME, IMAGE_NAME]")
        #expect(validationError(ListImageVersionsRequest(ImageName: "tf", SortBy: "VERSION", SortOrder: "DESC"))?.violations.map(\.member)
            == ["sortOrder"])
        #expect(validationError(ListImagesRequest(NameContains: "tf_gpu"))?.violations.first?.constraint
            == #"Member must satisfy regular expression pattern: [a-zA-Z0-9\-.]+"#)
    }
}
