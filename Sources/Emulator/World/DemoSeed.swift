import Foundation

/// The demo account: a retail and a media dataset group with a few solutions, a history of versions
/// (some failed, for realistic reasons) and versions that are training right now.
enum DemoSeed {
    static let failureReasons = [
        "There are not enough interactions in the dataset to train a model. The interactions dataset has 812 unique users "
            + "after filtering by eventValueThreshold 0.5; at least 1000 are required. Import more interactions or lower "
            + "eventValueThreshold in the solution configuration, then create a new solution version.",
        "Invalid data: 1,204 ITEM_ID values in the interactions dataset (for example 'sku-88213') are not present in the "
            + "items dataset. Import the missing items, or remove the orphaned interactions, and train again.",
        "Unable to read data from s3://retail-demo-data/interactions/2026-11/: Access Denied. Make sure the role "
            + "arn:aws:iam::111122223333:role/PersonalizeS3Access allows s3:GetObject and s3:ListBucket on the bucket, "
            + "and that the bucket policy grants personalize.amazonaws.com access.",
        "The training job exceeded the maximum time allowed (24 hours) while running hyperparameter optimization with "
            + "maxNumberOfTrainingJobs 40. Reduce the HPO search space or turn off performHPO and train again.",
        "Invalid data: the items dataset has 37 values in column CATEGORY_L2 that are not valid UTF-8 after "
            + "decoding (first: 'Küche & Haushalt — 台所用品'). Re-export the file as UTF-8 and import it again.",
    ]

    /// An account with no resources at all.
    static func empty() -> EmulatorWorld {
        EmulatorWorld(accountId: "111122223333", solutions: [], plans: [], schedule: nil)
    }

    /// Adds solution `benchmark` (dataset group `benchmark`) with `count` finished versions, one an hour back in time.
    static func addBenchmarkSolution(to world: inout EmulatorWorld, versions count: Int, start: Date) {
        guard count > 0 else { return }
        world.solutions.append(SolutionRecord(
            name: "benchmark", datasetGroupName: "benchmark", recipe: "aws-user-personalization-v2",
            created: start.addingTimeInterval(-Double(count + 1) * 3600), lastUpdated: start.addingTimeInterval(-3600)))
        for index in 0..<count {
            let failed = index % 7 == 3
            world.plans.append(TrainingPlan(
                id: AutomaticTrainingSchedule.versionId(index: index + 1_000_000, origin: start), solutionName: "benchmark",
                trainingMode: index % 3 == 0 ? "FULL" : "UPDATE", trainingType: index % 2 == 0 ? "AUTOMATIC" : "MANUAL",
                created: start.addingTimeInterval(-Double(count - index + 1) * 3600), pendingSeconds: 120, trainingSeconds: 1800,
                outcome: failed ? .failed(reason: failureReasons[index % failureReasons.count]) : .active))
        }
    }

    /// Builds the world as of `start`. `timeScale` > 1 makes the live lifecycle run faster (tests, screenshots).
    static func world(start: Date, timeScale: Double = 1) -> EmulatorWorld {
        let scale = max(timeScale, 0.01)
        let day = 86_400.0
        func ago(_ days: Double, _ hour: Double = 0) -> Date { start.addingTimeInterval(-days * day - hour * 3600) }

        let solutions = [
            SolutionRecord(name: "user-personalization-v2", datasetGroupName: "retail-demo",
                           recipe: "aws-user-personalization-v2", created: ago(60), lastUpdated: ago(0, 0.01),
                           performHPO: true, autoTrainingSchedule: "rate(7 days)"),
            SolutionRecord(name: "similar-items", datasetGroupName: "retail-demo",
                           recipe: "aws-similar-items", created: ago(45), lastUpdated: ago(3)),
            SolutionRecord(name: "item-affinity-segments", datasetGroupName: "retail-demo",
                           recipe: "aws-item-affinity", created: ago(30), lastUpdated: ago(6)),
            SolutionRecord(name: "trending-now", datasetGroupName: "media-demo",
                           recipe: "aws-trending-now", created: ago(20), lastUpdated: ago(2), autoTrainingSchedule: "rate(1 day)"),
            // New, on a dataset that is too small: it has no ACTIVE version (so UPDATE is refused) and every
            // training fails on its data.
            SolutionRecord(name: "new-user-onboarding", datasetGroupName: "media-demo",
                           recipe: "aws-user-personalization", created: ago(2), lastUpdated: ago(1),
                           trainingFailure: failureReasons[0]),
        ]

        var plans: [TrainingPlan] = []
        func history(_ solution: String, _ entries: [(id: String, days: Double, mode: String, type: String, minutes: Double, outcome: TrainingPlan.Outcome)]) {
            for entry in entries {
                plans.append(TrainingPlan(
                    id: entry.id, solutionName: solution, trainingMode: entry.mode, trainingType: entry.type,
                    created: ago(entry.days), pendingSeconds: 240, trainingSeconds: entry.minutes * 60, outcome: entry.outcome))
            }
        }
        history("user-personalization-v2", [
            ("3f9a1c07", 28, "FULL", "MANUAL", 71, .active),
            ("a41be2d9", 21, "FULL", "AUTOMATIC", 66, .active),
            ("5c0d7e33", 17, "UPDATE", "MANUAL", 18, .failed(reason: failureReasons[1])),
            ("e8b2f6a4", 14, "FULL", "AUTOMATIC", 69, .active),
            ("0d6c9b15", 10.4, "FULL", "MANUAL", 6, .failed(reason: failureReasons[0])),
            ("71f3ad82", 7, "FULL", "AUTOMATIC", 74, .active),
            ("c29e4d50", 4.2, "UPDATE", "MANUAL", 22, .stopped),
            ("6a0b91de", 1, "UPDATE", "AUTOMATIC", 38, .active),
        ])
        history("similar-items", [
            ("b7d40e19", 40, "FULL", "MANUAL", 52, .active),
            ("2e8f5a61", 26, "FULL", "MANUAL", 49, .failed(reason: failureReasons[2])),
            ("94c1b3f7", 12, "FULL", "MANUAL", 55, .active),
            ("1a5e77c0", 3, "FULL", "MANUAL", 1440, .failed(reason: failureReasons[3])),
        ])
        history("item-affinity-segments", [
            ("f02c6d8e", 25, "FULL", "MANUAL", 33, .active),
            ("8d3b1e42", 6, "FULL", "MANUAL", 35, .active),
        ])
        history("new-user-onboarding", [
            ("9b2d4c61", 1.2, "FULL", "MANUAL", 7, .failed(reason: failureReasons[0])),
        ])
        history("trending-now", [
            ("4b6e0a93", 15, "FULL", "AUTOMATIC", 12, .active),
            ("c0ffee17", 8, "FULL", "AUTOMATIC", 9, .failed(reason: failureReasons[4])),
            ("d5a82c1f", 2, "FULL", "AUTOMATIC", 11, .active),
        ])
        // Training right now: one finishes about 25 s after start, one fails about 40 s after start.
        plans.append(TrainingPlan(
            id: "8f31c2a0", solutionName: "user-personalization-v2", trainingMode: "FULL", trainingType: "MANUAL",
            created: start.addingTimeInterval(-20 / scale), pendingSeconds: 5 / scale, trainingSeconds: 40 / scale,
            outcome: .active))
        plans.append(TrainingPlan(
            id: "e1d7b604", solutionName: "user-personalization-v2", trainingMode: "UPDATE", trainingType: "MANUAL",
            created: start.addingTimeInterval(-3 / scale), pendingSeconds: 15 / scale, trainingSeconds: 28 / scale,
            outcome: .failed(reason: failureReasons[0])))
        plans.append(TrainingPlan(
            id: "57ce0b2d", solutionName: "trending-now", trainingMode: "FULL", trainingType: "AUTOMATIC",
            created: start.addingTimeInterval(-30 / scale), pendingSeconds: 10 / scale, trainingSeconds: 60 / scale,
            outcome: .active))

        // trending-now retrains on its own (every 5 minutes here rather than daily, so a demo left open keeps
        // moving); user-personalization-v2 stays free for manual training.
        let schedule = AutomaticTrainingSchedule(
            solutionName: "trending-now", origin: start, period: 300 / scale,
            pendingSeconds: 10 / scale, trainingSeconds: 60 / scale, failureEvery: 3, failureReasons: failureReasons)
        var world = EmulatorWorld(accountId: "111122223333", solutions: solutions, plans: plans, schedule: schedule)
        world.campaigns = [
            CampaignRecord(name: "homepage-recs", solutionName: "user-personalization-v2", versionId: "6a0b91de", created: ago(40), minProvisionedTPS: 2),
            CampaignRecord(name: "similar-on-pdp", solutionName: "similar-items", versionId: "94c1b3f7", created: ago(30), minProvisionedTPS: 1),
        ]
        func job(_ kind: BatchJobRecord.Kind, _ name: String, _ solution: String, _ version: String, _ days: Double,
                 minutes: Double, failure: String? = nil) -> BatchJobRecord {
            let folder = kind == .segment ? "segments" : "batch-recs"
            return BatchJobRecord(
                kind: kind, name: name, solutionName: solution, versionId: version, created: ago(days), pendingSeconds: 120,
                runSeconds: minutes * 60, failureReason: failure, numResults: kind == .segment ? 5000 : 25,
                inputPath: "s3://retail-demo-data/\(folder)/input/\(name).json", outputPath: "s3://retail-demo-data/\(folder)/output/\(name)/")
        }
        /// A job running now: times in seconds from `start`, shortened by the time scale like the live trainings.
        func live(_ job: BatchJobRecord, created: Double, pending: Double, run: Double) -> BatchJobRecord {
            var job = job
            job.created = start.addingTimeInterval(created / scale)
            job.pendingSeconds = pending / scale
            job.runSeconds = run / scale
            return job
        }
        world.batchJobs = [
            job(.segment, "weekly-segments-2026-11-02", "item-affinity-segments", "8d3b1e42", 21, minutes: 34),
            job(.segment, "weekly-segments-2026-11-09", "item-affinity-segments", "8d3b1e42", 14, minutes: 31),
            job(.segment, "weekly-segments-2026-11-16", "item-affinity-segments", "8d3b1e42", 7, minutes: 36,
                failure: "Input file s3://retail-demo-data/segments/input/weekly-segments-2026-11-16.json has 3 malformed lines (first at line 118): expected {\"itemId\": ...}."),
            live(job(.segment, "weekly-segments-live", "item-affinity-segments", "8d3b1e42", 0, minutes: 0), created: -10, pending: 20, run: 60),
            job(.inference, "nightly-recs-2026-11-21", "user-personalization-v2", "6a0b91de", 2, minutes: 48),
            job(.inference, "nightly-recs-2026-11-22", "user-personalization-v2", "6a0b91de", 1, minutes: 52),
            live(job(.inference, "adhoc-recs-live", "user-personalization-v2", "6a0b91de", 0, minutes: 0), created: -5, pending: 15, run: 80),
        ]
        world.images = [
            ImageRecord(name: "recs-feature-pipeline", description: "Feature engineering for the retail recommender", created: ago(90), versions: [
                ImageVersionRecord(version: 1, created: ago(90), buildSeconds: 300, baseImage: "111122223333.dkr.ecr.us-east-1.amazonaws.com/recs-features:1.0"),
                ImageVersionRecord(version: 2, created: ago(40), buildSeconds: 280, failureReason: "Image validation failed: the container does not expose port 8080.", baseImage: "111122223333.dkr.ecr.us-east-1.amazonaws.com/recs-features:1.1"),
                ImageVersionRecord(version: 3, created: ago(12), buildSeconds: 310, baseImage: "111122223333.dkr.ecr.us-east-1.amazonaws.com/recs-features:1.2"),
                ImageVersionRecord(version: 4, created: start.addingTimeInterval(-5 / scale), buildSeconds: 45 / scale, baseImage: "111122223333.dkr.ecr.us-east-1.amazonaws.com/recs-features:1.3"),
            ]),
            ImageRecord(name: "notebook-base", description: "Team notebook image", created: ago(200), versions: [
                ImageVersionRecord(version: 1, created: ago(200), buildSeconds: 400, baseImage: "111122223333.dkr.ecr.us-east-1.amazonaws.com/notebook:2024.1"),
            ]),
        ]
        return world
    }
}
