import AWSServices
import Foundation

/// Batch segment jobs and batch inference jobs.
extension PersonalizeService {
    private func jobArn(_ job: BatchJobRecord, region: String, account: String) -> String {
        let kind = job.kind == .segment ? "batch-segment-job" : "batch-inference-job"
        return "arn:aws:personalize:\(region):\(account):\(kind)/\(job.name)"
    }

    /// Jobs of one kind that exist now, filtered by solution version ARN when given.
    private func jobs(_ kind: BatchJobRecord.Kind, versionArn: String?, region: String, now: Date) throws(EmulatorError)
        -> [(BatchJobRecord, (status: String, lastUpdated: Date, failureReason: String?), String)]
    {
        let world = store.snapshot
        if let versionArn { try PersonalizeARN.validate(versionArn, member: "solutionVersionArn") }
        return world.batchJobs.compactMap { job in
            guard job.kind == kind, let observed = job.observe(at: now) else { return nil }
            let version = PersonalizeARN.solutionVersion(region: region, account: world.accountId, solution: job.solutionName, id: job.versionId)
            if let versionArn, versionArn != version { return nil }
            return (job, observed, version)
        }
    }

    private func job(_ kind: BatchJobRecord.Kind, arn: String?, member: String, region: String, now: Date) throws(EmulatorError)
        -> (BatchJobRecord, (status: String, lastUpdated: Date, failureReason: String?), String)
    {
        guard let arn else { throw .invalidInput("1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null") }
        try PersonalizeARN.validate(arn, member: member)
        let account = store.snapshot.accountId
        guard let found = try jobs(kind, versionArn: nil, region: region, now: now).first(where: { jobArn($0.0, region: region, account: account) == arn })
        else { throw .resourceNotFound("Could not find resource with ARN \(arn)") }
        return found
    }

    /// One job as a list shows it: the record, its status now, its version's ARN and its own ARN.
    struct JobView {
        var job: BatchJobRecord
        var observed: (status: String, lastUpdated: Date, failureReason: String?)
        var versionArn: String
        var arn: String
    }

    /// A page of jobs of one kind, newest first; summaries are built only for the page.
    private func pageOfJobs<Summary>(
        _ kind: BatchJobRecord.Kind, operation: String, versionArn: String?, maxResults: Int?, nextToken: String?,
        region: String, now: Date, summary: (JobView) -> Summary
    ) throws(EmulatorError) -> (items: [Summary], nextToken: String?) {
        let size = try pageSize(maxResults)
        let account = store.snapshot.accountId
        let views = try jobs(kind, versionArn: versionArn, region: region, now: now).map { job, observed, version in
            JobView(job: job, observed: observed, versionArn: version, arn: jobArn(job, region: region, account: account))
        }
        let query = "\(operation)|\(region)|\(versionArn ?? "")"
        let (page, last) = try slice(views, token: nextToken, query: query, size: size) { .init(created: $0.job.created, arn: $0.arn) }
        return (page.map(summary), last.map { tokens.encode($0, query: query) })
    }

    func listBatchSegmentJobs(_ request: ListBatchSegmentJobsRequest, region: String, now: Date) throws(EmulatorError) -> ListBatchSegmentJobsResponse {
        let (page, next) = try pageOfJobs(
            .segment, operation: "ListBatchSegmentJobs", versionArn: request.solutionVersionArn, maxResults: request.maxResults,
            nextToken: request.nextToken, region: region, now: now
        ) { view in
            var summary = BatchSegmentJobSummary()
            summary.batchSegmentJobArn = view.arn
            summary.jobName = view.job.name
            summary.status = view.observed.status
            summary.creationDateTime = view.job.created
            summary.lastUpdatedDateTime = view.observed.lastUpdated
            summary.failureReason = view.observed.failureReason
            summary.solutionVersionArn = view.versionArn
            return summary
        }
        return ListBatchSegmentJobsResponse(batchSegmentJobs: page, nextToken: next)
    }

    func describeBatchSegmentJob(_ request: DescribeBatchSegmentJobRequest, region: String, now: Date) throws(EmulatorError)
        -> DescribeBatchSegmentJobResponse
    {
        let (job, observed, version) = try job(.segment, arn: request.batchSegmentJobArn, member: "batchSegmentJobArn", region: region, now: now)
        var detail = BatchSegmentJob()
        detail.jobName = job.name
        detail.batchSegmentJobArn = request.batchSegmentJobArn
        detail.solutionVersionArn = version
        detail.numResults = job.numResults
        detail.jobInput = BatchSegmentJobInput(s3DataSource: S3DataConfig(path: job.inputPath))
        detail.jobOutput = BatchSegmentJobOutput(s3DataDestination: S3DataConfig(path: job.outputPath))
        detail.roleArn = "arn:aws:iam::\(store.snapshot.accountId):role/PersonalizeBatchRole"
        detail.status = observed.status
        detail.failureReason = observed.failureReason
        detail.creationDateTime = job.created
        detail.lastUpdatedDateTime = observed.lastUpdated
        return DescribeBatchSegmentJobResponse(batchSegmentJob: detail)
    }

    func listBatchInferenceJobs(_ request: ListBatchInferenceJobsRequest, region: String, now: Date) throws(EmulatorError)
        -> ListBatchInferenceJobsResponse
    {
        let (page, next) = try pageOfJobs(
            .inference, operation: "ListBatchInferenceJobs", versionArn: request.solutionVersionArn, maxResults: request.maxResults,
            nextToken: request.nextToken, region: region, now: now
        ) { view in
            var summary = BatchInferenceJobSummary()
            summary.batchInferenceJobArn = view.arn
            summary.jobName = view.job.name
            summary.status = view.observed.status
            summary.creationDateTime = view.job.created
            summary.lastUpdatedDateTime = view.observed.lastUpdated
            summary.failureReason = view.observed.failureReason
            summary.solutionVersionArn = view.versionArn
            summary.batchInferenceJobMode = "BATCH_INFERENCE"
            return summary
        }
        return ListBatchInferenceJobsResponse(batchInferenceJobs: page, nextToken: next)
    }

    func describeBatchInferenceJob(_ request: DescribeBatchInferenceJobRequest, region: String, now: Date) throws(EmulatorError)
        -> DescribeBatchInferenceJobResponse
    {
        let (job, observed, version) = try job(.inference, arn: request.batchInferenceJobArn, member: "batchInferenceJobArn", region: region, now: now)
        var detail = BatchInferenceJob()
        detail.jobName = job.name
        detail.batchInferenceJobArn = request.batchInferenceJobArn
        detail.solutionVersionArn = version
        detail.numResults = job.numResults
        detail.jobInput = BatchInferenceJobInput(s3DataSource: S3DataConfig(path: job.inputPath))
        detail.jobOutput = BatchInferenceJobOutput(s3DataDestination: S3DataConfig(path: job.outputPath))
        detail.roleArn = "arn:aws:iam::\(store.snapshot.accountId):role/PersonalizeBatchRole"
        detail.batchInferenceJobMode = "BATCH_INFERENCE"
        detail.status = observed.status
        detail.failureReason = observed.failureReason
        detail.creationDateTime = job.created
        detail.lastUpdatedDateTime = observed.lastUpdated
        return DescribeBatchInferenceJobResponse(batchInferenceJob: detail)
    }
}
