import AWSCore
import AWSServices
import Foundation
import Testing

/// SageMaker image shapes: PascalCase on the wire, epoch-second timestamps, unknown values kept.
@Suite("SageMaker images")
struct SageMakerImageTests {
    let imageArn = "arn:aws:sagemaker:us-east-1:111122223333:image/tf-gpu"

    @Test func listImagesDecodes() throws {
        let page = try decode(ListImagesResponse.self, #"""
        {"Images": [
            {"CreationTime": 1718000000.123, "Description": "TensorFlow on GPU", "DisplayName": "TF GPU",
             "ImageArn": "\#(imageArn)", "ImageName": "tf-gpu", "ImageStatus": "CREATED", "LastModifiedTime": 1718000500.5},
            {"CreationTime": 1718000001, "ImageArn": "arn:aws:sagemaker:us-east-1:111122223333:image/broken",
             "ImageName": "broken", "ImageStatus": "QUARANTINED", "FailureReason": "no access", "LastModifiedTime": 1718000002,
             "Tags": [{"Key": "a"}]}],
         "NextToken": "next==", "ResponseMetadata": {}}
        """#)
        #expect(page.items.count == 2)
        #expect(page.paginationToken == "next==")
        #expect(page.items[0].CreationTime == epoch(1718000000.123))
        #expect(page.items[0].DisplayName == "TF GPU")
        #expect(page.items[1].ImageStatus == "QUARANTINED")
        #expect(page.items[1].FailureReason == "no access")
    }

    @Test func listImageVersionsDecodes() throws {
        let page = try decode(ListImageVersionsResponse.self, #"""
        {"ImageVersions": [
            {"CreationTime": 1718000000.5, "ImageArn": "\#(imageArn)",
             "ImageVersionArn": "arn:aws:sagemaker:us-east-1:111122223333:image-version/tf-gpu/3",
             "ImageVersionStatus": "CREATED", "LastModifiedTime": 1718000100.25, "Version": 3},
            {"CreationTime": 1718000200.5, "ImageArn": "\#(imageArn)", "ImageVersionArn": "None",
             "ImageVersionStatus": "ROLLING_BACK", "LastModifiedTime": 1718000300.75, "Version": 4, "Aliases": ["latest"]}]}
        """#)
        #expect(page.items.map(\.Version) == [3, 4])
        #expect(page.items[1].ImageVersionStatus == "ROLLING_BACK")
        #expect(page.items[1].LastModifiedTime == epoch(1718000300.75))
        #expect(page.paginationToken == nil)
    }

    @Test func describeImageVersionDecodes() throws {
        let version = try decode(DescribeImageVersionResponse.self, #"""
        {"BaseImage": "111122223333.dkr.ecr.us-east-1.amazonaws.com/tf:2.16-gpu",
         "ContainerImage": "111122223333.dkr.ecr.us-east-1.amazonaws.com/tf@sha256:abc",
         "CreationTime": 1718000000.25, "ImageArn": "\#(imageArn)",
         "ImageVersionArn": "arn:aws:sagemaker:us-east-1:111122223333:image-version/tf-gpu/3",
         "ImageVersionStatus": "CREATED", "LastModifiedTime": 1718000060.75, "Version": 3,
         "VendorGuidance": "STABLE", "JobType": "NOTEBOOK_KERNEL", "MLFramework": "TensorFlow 2.16",
         "ProgrammingLang": "Python 3.11", "Processor": "TPU", "Horovod": false, "ReleaseNotes": "Initial",
         "SomethingNew": {"Nested": [1, 2]}}
        """#)
        #expect(version.Version == 3)
        #expect(version.Processor == "TPU")
        #expect(version.Horovod == false)
        #expect(version.MLFramework == "TensorFlow 2.16")
        #expect(version.CreationTime == epoch(1718000000.25))
        #expect(version.FailureReason == nil)
    }

    @Test func requestsUsePascalCaseMembers() throws {
        let list = ListImageVersionsRequest(
            ImageName: "tf-gpu", CreationTimeAfter: epoch(1718000000.5), CreationTimeBefore: epoch(1718100000),
            LastModifiedTimeAfter: epoch(1), LastModifiedTimeBefore: epoch(2), MaxResults: 10, NextToken: "t",
            SortBy: "VERSION", SortOrder: "DESCENDING")
        #expect(try encodedKeys(list) == [
            "ImageName", "CreationTimeAfter", "CreationTimeBefore", "LastModifiedTimeAfter", "LastModifiedTimeBefore",
            "MaxResults", "NextToken", "SortBy", "SortOrder",
        ])
        let object = try encodedObject(list)
        #expect(object["CreationTimeAfter"] as? Double == 1718000000.5)
        #expect(object["MaxResults"] as? Int == 10)

        #expect(try encodedKeys(ListImageVersionsRequest(ImageName: "tf-gpu")) == ["ImageName"])
        #expect(try encodedKeys(ListImagesRequest()) == [])
        #expect(try encodedKeys(ListImagesRequest(
            CreationTimeAfter: epoch(1), CreationTimeBefore: epoch(2), LastModifiedTimeAfter: epoch(3),
            LastModifiedTimeBefore: epoch(4), MaxResults: 5, NameContains: "tf", NextToken: "n",
            SortBy: "IMAGE_NAME", SortOrder: "ASCENDING")) == [
            "CreationTimeAfter", "CreationTimeBefore", "LastModifiedTimeAfter", "LastModifiedTimeBefore",
            "MaxResults", "NameContains", "NextToken", "SortBy", "SortOrder",
        ])
        #expect(try encodedKeys(DescribeImageVersionRequest(ImageName: "tf-gpu", Version: 0, Alias: "stable")) == [
            "ImageName", "Version", "Alias",
        ])
    }

    @Test func paginationMapsToNextTokenAndMaxResults() {
        var request = ListImageVersionsRequest(ImageName: "tf-gpu")
        request.paginationToken = "abc"
        request.pageSize = 7
        #expect(request.NextToken == "abc")
        #expect(request.MaxResults == 7)
    }
}
