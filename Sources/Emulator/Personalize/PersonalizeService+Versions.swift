import AWSServices
import Foundation

/// Solution versions in detail: describe, train, stop, metrics.
extension PersonalizeService {
    /// The solution and plan an ARN names in this account and region, or ResourceNotFound.
    func version(_ arn: String?, member: String, region: String, now: Date) throws(EmulatorError) -> (SolutionRecord, TrainingPlan) {
        guard let arn else { throw .invalidInput("1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null") }
        try PersonalizeARN.validate(arn, member: member)
        let world = store.snapshot
        guard let parts = PersonalizeARN.parts(arn), parts.region == region, parts.account == world.accountId else {
            throw .resourceNotFound("Could not find resource with ARN \(arn)")
        }
        let path = parts.resource.split(separator: "/").map(String.init)
        guard path.count == 3, path[0] == "solution", let solution = world.solution(named: path[1]),
              let plan = world.plans(at: now).first(where: { $0.solutionName == path[1] && $0.id == path[2] })
        else { throw .resourceNotFound("Could not find resource with ARN \(arn)") }
        return (solution, plan)
    }

    /// The solution a solution ARN names, or ResourceNotFound.
    func solution(_ arn: String?, member: String, region: String) throws(EmulatorError) -> SolutionRecord {
        guard let arn else { throw .invalidInput("1 validation error detected: Value null at '\(member)' failed to satisfy constraint: Member must not be null") }
        try PersonalizeARN.validate(arn, member: member)
        let world = store.snapshot
        guard let record = world.solutions.first(where: {
            PersonalizeARN.solution(region: region, account: world.accountId, name: $0.name) == arn
        }) else { throw .resourceNotFound("Could not find resource with ARN \(arn)") }
        return record
    }

    func describeSolutionVersion(_ request: DescribeSolutionVersionRequest, region: String, now: Date) throws(EmulatorError)
        -> DescribeSolutionVersionResponse
    {
        let (solution, plan) = try version(request.solutionVersionArn, member: "solutionVersionArn", region: region, now: now)
        guard let observed = plan.observe(at: now) else { throw .resourceNotFound("Could not find resource with ARN \(request.solutionVersionArn ?? "")") }
        let account = store.snapshot.accountId
        var detail = SolutionVersion()
        detail.name = plan.name
        detail.solutionVersionArn = PersonalizeARN.solutionVersion(region: region, account: account, solution: solution.name, id: plan.id)
        detail.solutionArn = PersonalizeARN.solution(region: region, account: account, name: solution.name)
        detail.datasetGroupArn = PersonalizeARN.datasetGroup(region: region, account: account, name: solution.datasetGroupName)
        detail.recipeArn = PersonalizeARN.recipe(solution.recipe)
        detail.performHPO = solution.performHPO
        detail.performAutoML = false
        detail.performIncrementalUpdate = false
        detail.solutionConfig = solutionConfig(solution)
        detail.trainingMode = plan.trainingMode
        detail.trainingType = plan.trainingType
        detail.status = observed.status
        detail.failureReason = observed.failureReason
        detail.creationDateTime = plan.created
        detail.lastUpdatedDateTime = observed.lastUpdated
        if observed.status == "ACTIVE" || observed.status == "CREATE FAILED" {
            // Billed hours: a few instances' worth of the training time, rounded like the service does.
            detail.trainingHours = plan.billedHours ?? ((plan.trainingSeconds / 3600) * 4 * 1000).rounded() / 1000
        }
        if solution.performHPO, observed.status == "ACTIVE" {
            detail.tunedHPOParams = TunedHPOParams(algorithmHyperParameters: [
                "hidden_dimension": String(100 + Int(Self.unit(plan.id, 1) * 100)),
                "bptt": String(20 + Int(Self.unit(plan.id, 2) * 20)),
            ])
        }
        return DescribeSolutionVersionResponse(solutionVersion: detail)
    }

    func createSolutionVersion(_ request: CreateSolutionVersionRequest, region: String, now: Date) throws(EmulatorError)
        -> CreateSolutionVersionResponse
    {
        let solution = try solution(request.solutionArn, member: "solutionArn", region: region)
        let mode = request.trainingMode ?? "FULL"
        guard ["FULL", "UPDATE", "AUTOTRAIN"].contains(mode) else {
            throw .invalidInput("1 validation error detected: Value '\(mode)' at 'trainingMode' failed to satisfy constraint: "
                + "Member must satisfy enum value set: [FULL, UPDATE, AUTOTRAIN]")
        }
        if let name = request.name {
            guard (1...63).contains(name.count), let first = name.first, first.isASCII, first.isLetter || first.isNumber,
                  name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            else {
                throw .invalidInput("1 validation error detected: Value '\(name)' at 'name' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: ^[a-zA-Z0-9][a-zA-Z0-9\\-_]*")
            }
        }
        if (request.tags?.count ?? 0) > 200 {
            throw EmulatorError(status: 400, code: "TooManyTagsException", message: "A resource can have at most 200 tags.")
        }
        if mode == "UPDATE", !solution.recipe.contains("user-personalization"), !solution.recipe.contains("hrnn-coldstart") {
            throw .invalidInput("trainingMode UPDATE is only supported for solutions that use the User-Personalization or "
                + "HRNN-Coldstart recipe; solution \(solution.name) uses \(solution.recipe).")
        }
        let plan = try store.createVersion(solutionName: solution.name, trainingMode: mode, name: request.name, now: now)
        return CreateSolutionVersionResponse(solutionVersionArn: PersonalizeARN.solutionVersion(
            region: region, account: store.snapshot.accountId, solution: solution.name, id: plan.id))
    }

    func stopSolutionVersionCreation(_ request: StopSolutionVersionCreationRequest, region: String, now: Date) throws(EmulatorError) {
        let (solution, plan) = try version(request.solutionVersionArn, member: "solutionVersionArn", region: region, now: now)
        try store.stopVersion(id: plan.id, solutionName: solution.name, now: now)
    }

    func getSolutionMetrics(_ request: GetSolutionMetricsRequest, region: String, now: Date) throws(EmulatorError) -> GetSolutionMetricsResponse {
        let (_, plan) = try version(request.solutionVersionArn, member: "solutionVersionArn", region: region, now: now)
        guard plan.observe(at: now)?.status == "ACTIVE" else {
            throw EmulatorError(status: 400, code: "ResourceInUseException",
                                message: "Solution version \(plan.id) is not ACTIVE; metrics are available once training succeeds.")
        }
        // Stable per version, improving slowly with later versions, like a real model getting more data.
        let drift = min(plan.created.timeIntervalSince1970.truncatingRemainder(dividingBy: 1_000_000) / 1_000_000, 1) * 0.01
        let metrics: [String: Double] = [
            "coverage": Self.round4(0.18 + Self.unit(plan.id, 3) * 0.05),
            "mean_reciprocal_rank_at_25": Self.round4(0.09 + Self.unit(plan.id, 4) * 0.02 + drift),
            "normalized_discounted_cumulative_gain_at_5": Self.round4(0.11 + Self.unit(plan.id, 5) * 0.02 + drift),
            "normalized_discounted_cumulative_gain_at_10": Self.round4(0.15 + Self.unit(plan.id, 6) * 0.02 + drift),
            "normalized_discounted_cumulative_gain_at_25": Self.round4(0.21 + Self.unit(plan.id, 7) * 0.02 + drift),
            "precision_at_5": Self.round4(0.05 + Self.unit(plan.id, 8) * 0.01 + drift / 2),
            "precision_at_10": Self.round4(0.042 + Self.unit(plan.id, 9) * 0.01 + drift / 2),
            "precision_at_25": Self.round4(0.031 + Self.unit(plan.id, 10) * 0.01 + drift / 2),
        ]
        return GetSolutionMetricsResponse(solutionVersionArn: request.solutionVersionArn, metrics: metrics)
    }

    func solutionConfig(_ solution: SolutionRecord) -> SolutionConfig {
        var config = SolutionConfig()
        config.eventValueThreshold = solution.recipe.contains("user-personalization") ? "0.5" : nil
        if let schedule = solution.autoTrainingSchedule {
            config.autoTrainingConfig = AutoTrainingConfig(schedulingExpression: schedule)
        }
        return config
    }

    /// A number in [0, 1) derived from an id and a salt: deterministic "randomness" for demo data.
    static func unit(_ id: String, _ salt: Int) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(salt)
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash ^= hash >> 29
        return Double(hash % 10_000) / 10_000
    }

    static func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
