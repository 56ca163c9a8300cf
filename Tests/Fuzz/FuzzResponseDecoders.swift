import Foundation

// libFuzzer entry for the JSON 1.1 decoders (the Personalize and SageMaker shapes of Sources/AWSServices),
// compiled by .ci/fuzz with those files: any bytes decode or throw, never crash. Responses as the client reads
// them; requests as the emulator reads and validates them against the model's constraints.
private let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .secondsSince1970  // as AWSCore's JSON 1.1 client
    return decoder
}()

private func attempt<T: Decodable>(_ type: T.Type, _ data: Data) {
    _ = try? decoder.decode(type, from: data)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResponseDecoders(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let data = Data(bytes: bytes, count: size)
    attempt(ListSolutionVersionsResponse.self, data)
    attempt(DescribeSolutionVersionResponse.self, data)
    attempt(DescribeSolutionResponse.self, data)
    attempt(ListSolutionsResponse.self, data)
    attempt(GetSolutionMetricsResponse.self, data)
    attempt(ListBatchSegmentJobsResponse.self, data)
    attempt(DescribeBatchSegmentJobResponse.self, data)
    attempt(ListBatchInferenceJobsResponse.self, data)
    attempt(DescribeBatchInferenceJobResponse.self, data)
    attempt(ListCampaignsResponse.self, data)
    attempt(DescribeCampaignResponse.self, data)
    attempt(ListDatasetGroupsResponse.self, data)
    attempt(ListImagesResponse.self, data)
    attempt(ListImageVersionsResponse.self, data)
    attempt(DescribeImageVersionResponse.self, data)
    for request in requestTypes { request(data) }
    return 0
}

private func validating<T: Decodable & ValidatableRequest>(_ type: T.Type) -> (Data) -> Void {
    { data in _ = (try? decoder.decode(type, from: data)).map { try? $0.validate() } }
}

private let requestTypes: [(Data) -> Void] = [
    validating(ListSolutionVersionsRequest.self), validating(DescribeSolutionVersionRequest.self),
    validating(CreateSolutionVersionRequest.self), validating(StopSolutionVersionCreationRequest.self),
    validating(GetSolutionMetricsRequest.self), validating(ListSolutionsRequest.self), validating(DescribeSolutionRequest.self),
    validating(ListBatchSegmentJobsRequest.self), validating(DescribeBatchSegmentJobRequest.self),
    validating(ListBatchInferenceJobsRequest.self), validating(DescribeBatchInferenceJobRequest.self),
    validating(ListCampaignsRequest.self), validating(DescribeCampaignRequest.self), validating(ListDatasetGroupsRequest.self),
    validating(DescribeRecipeRequest.self), validating(ListImagesRequest.self), validating(ListImageVersionsRequest.self),
    validating(DescribeImageVersionRequest.self),
]
