import Foundation

// libFuzzer entry for the JSON 1.1 response decoders (the Personalize and SageMaker shapes of
// Sources/AWSServices), compiled by .ci/fuzz with those files: any bytes decode or throw, never crash.
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
    return 0
}
