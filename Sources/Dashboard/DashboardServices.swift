import AWSCore
import AWSServices
import Foundation

/// The AWS calls the dashboard makes; the store runs them, tests can point them anywhere.
public protocol DashboardServices: Sendable {
    func listSolutions() async throws -> [SolutionSummary]
    func describeSolution(solutionArn: String) async throws -> Solution
    /// Calls `page` for each page of versions in order (only the first when `firstPageOnly`); `isLastPage` is
    /// true for the final one.
    func forEachSolutionVersionPage(
        solutionArn: String, firstPageOnly: Bool, _ page: @Sendable ([SolutionVersionSummary], _ isLastPage: Bool) async -> Void
    ) async throws
    func describeSolutionVersion(solutionVersionArn: String) async throws -> SolutionVersion
    /// GetSolutionMetrics of an ACTIVE version.
    func solutionMetrics(solutionVersionArn: String) async throws -> [String: Double]
    /// CreateSolutionVersion, sent once. A lost answer is reconciled by looking for the version by name.
    func createSolutionVersion(solutionArn: String, mode: String) async -> TrainOutcome
    func stopSolutionVersion(solutionVersionArn: String) async throws
    /// Calls `page` with the rows of each page of `request` (only the first when `firstPageOnly`).
    func forEachPage(of request: ListRequest, firstPageOnly: Bool, _ page: @Sendable ([ResourceRow], _ isLastPage: Bool) async -> Void) async throws
    /// Describe of a job, campaign or image version.
    func describe(_ kind: ResourceKind, arn: String) async throws -> ResourceDetail
    /// The newest version change of some of `solutions`, to open the most active one at start-up.
    func latestVersionActivity(of solutions: [SolutionSummary]) async -> [String: Date]
}

/// `DashboardServices` backed by the real Personalize client; mutations are written to the audit log.
public struct PersonalizeDashboardServices: DashboardServices {
    public let personalize: PersonalizeClient
    /// For the SageMaker image versions pane; nil when not configured.
    public var sagemaker: SageMakerClient?
    public let pageSize: Int?
    /// Where mutations are recorded, and who/where they were made as.
    public var audit: AuditLog?
    public var auditContext: (profile: String?, region: String)
    /// Told when an audit record could not be written (the headless commands print a warning).
    public var auditFailed: (@Sendable (any Error) -> Void)?

    public init(personalize: PersonalizeClient, sagemaker: SageMakerClient? = nil, pageSize: Int? = nil, audit: AuditLog? = nil,
                profile: String? = nil, region: String = "") {
        self.personalize = personalize
        self.sagemaker = sagemaker
        self.pageSize = pageSize
        self.audit = audit
        self.auditContext = (profile, region)
    }

    public func listSolutions() async throws -> [SolutionSummary] {
        try await personalize.listSolutionsPaginator(pageSize: pageSize).allItems()
    }

    public func describeSolution(solutionArn: String) async throws -> Solution {
        guard let solution = try await personalize.describeSolution(DescribeSolutionRequest(solutionArn: solutionArn)).solution else {
            throw ResponseDecodingError(operation: "DescribeSolution", detail: "no solution in the answer")
        }
        return solution
    }

    public func forEachSolutionVersionPage(
        solutionArn: String, firstPageOnly: Bool, _ page: @Sendable ([SolutionVersionSummary], Bool) async -> Void
    ) async throws {
        let pages = personalize.listSolutionVersionsPaginator(ListSolutionVersionsRequest(solutionArn: solutionArn), pageSize: pageSize)
        for try await response in pages {
            // An answer without its list, or with versions lacking an ARN or a status, is not "no versions":
            // it is a broken answer, and the rows on screen must stay (marked stale) rather than vanish.
            guard let versions = response.solutionVersions else {
                throw ResponseDecodingError(operation: "ListSolutionVersions", detail: "no solutionVersions in the answer")
            }
            guard versions.allSatisfy({ $0.solutionVersionArn != nil && $0.status != nil }) else {
                throw ResponseDecodingError(operation: "ListSolutionVersions", detail: "a version without solutionVersionArn or status in the answer")
            }
            let last = firstPageOnly || (response.nextToken?.isEmpty ?? true)
            await page(response.items, last)
            if last { return }
        }
    }

    public func describeSolutionVersion(solutionVersionArn: String) async throws -> SolutionVersion {
        guard let version = try await personalize.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: solutionVersionArn)).solutionVersion else {
            throw ResponseDecodingError(operation: "DescribeSolutionVersion", detail: "no solutionVersion in the answer")
        }
        return version
    }

    public func solutionMetrics(solutionVersionArn: String) async throws -> [String: Double] {
        try await personalize.getSolutionMetrics(GetSolutionMetricsRequest(solutionVersionArn: solutionVersionArn)).metrics ?? [:]
    }

    public func createSolutionVersion(solutionArn: String, mode: String) async -> TrainOutcome {
        await createSolutionVersion(solutionArn: solutionArn, mode: mode, name: VersionNaming.generated(now: Date()))
    }

    /// CreateSolutionVersion with the given version name, audited; a lost answer is reconciled by that name.
    public func createSolutionVersion(solutionArn: String, mode: String, name: String) async -> TrainOutcome {
        let sent = Date()
        let outcome: TrainOutcome
        var requestId: String?
        do {
            let answer = try await personalize.createSolutionVersionReturningRequestId(
                CreateSolutionVersionRequest(solutionArn: solutionArn, name: name, trainingMode: mode))
            requestId = answer.requestId
            outcome = .created(solutionVersionArn: answer.response.solutionVersionArn ?? "", mode: mode)
        } catch is OutcomeUnknownError {
            outcome = .outcomeUnknown(found: await VersionNaming.find(personalize, solutionArn: solutionArn, name: name, since: sent), mode: mode)
        } catch let error as AWSServiceError {
            requestId = error.requestId
            outcome = .refused(code: error.code, message: error.message)
        } catch {
            outcome = .refused(code: "Error", message: String(describing: error))
        }
        record("CreateSolutionVersion", arn: solutionArn, mode: mode, requestId: requestId, result: Self.describe(outcome))
        return outcome
    }

    public func stopSolutionVersion(solutionVersionArn: String) async throws {
        do {
            try await personalize.stopSolutionVersionCreation(StopSolutionVersionCreationRequest(solutionVersionArn: solutionVersionArn))
            record("StopSolutionVersionCreation", arn: solutionVersionArn, mode: nil, requestId: nil, result: "stopped")
        } catch {
            record("StopSolutionVersionCreation", arn: solutionVersionArn, mode: nil, requestId: (error as? AWSServiceError)?.requestId,
                   result: "failed: \(error)")
            throw error
        }
    }

    private func record(_ action: String, arn: String, mode: String?, requestId: String?, result: String) {
        let account = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).dropFirst(4).first.map(String.init)
        do {
            try audit?.append(AuditLog.Entry(time: Date(), action: action, profile: auditContext.profile, region: auditContext.region,
                                             account: account, arn: arn, mode: mode, requestId: requestId, result: result))
        } catch {
            auditFailed?(error)
        }
    }

    static func describe(_ outcome: TrainOutcome) -> String {
        switch outcome {
        case let .created(arn, _): return "created \(arn)"
        case let .refused(code, message): return "failed: \(code): \(message)"
        case let .outcomeUnknown(found?, _): return "outcome unknown, then found \(found)"
        case .outcomeUnknown(nil, _): return "outcome unknown, not found"
        }
    }
}

/// Names pdash gives the versions it creates, so that a lost answer can be reconciled by looking for the name.
public enum VersionNaming {
    public static func generated(now: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "pdash-\(formatter.string(from: now))-\(String(UInt16.random(in: .min ... .max), radix: 16))"
    }

    /// The version named `name` created since `since` (allowing for clock skew), if any.
    public static func find(_ client: PersonalizeClient, solutionArn: String, name: String, since: Date) async -> String? {
        for attempt in 0..<3 {
            if attempt > 0 { try? await Task.sleep(for: .seconds(2)) }
            guard let recent = try? await client.listSolutionVersions(ListSolutionVersionsRequest(solutionArn: solutionArn, maxResults: 20))
            else { continue }
            for summary in recent.items where (summary.creationDateTime ?? .distantPast) >= since.addingTimeInterval(-300) {
                guard let arn = summary.solutionVersionArn,
                      let detail = try? await client.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: arn))
                else { continue }
                if detail.solutionVersion?.name == name { return arn }
            }
            return nil
        }
        return nil
    }
}
