import Foundation

/// A campaign deploying one solution version.
struct CampaignRecord: Sendable, Equatable, Codable {
    var name: String
    var solutionName: String
    var versionId: String
    var created: Date
    var minProvisionedTPS: Int
}

/// A batch segment or batch inference job of one solution version, with its whole life decided up front.
struct BatchJobRecord: Sendable, Equatable, Codable {
    enum Kind: Sendable, Equatable, Codable { case segment, inference }

    var kind: Kind
    var name: String
    var solutionName: String
    var versionId: String
    var created: Date
    var pendingSeconds: Double
    var runSeconds: Double
    var failureReason: String?
    var numResults: Int
    var inputPath: String
    var outputPath: String

    func observe(at now: Date) -> (status: String, lastUpdated: Date, failureReason: String?)? {
        guard now >= created else { return nil }
        let started = created.addingTimeInterval(pendingSeconds)
        let finished = started.addingTimeInterval(runSeconds)
        if now < started { return ("PENDING", created, nil) }
        if now < finished { return ("IN PROGRESS", started, nil) }
        return failureReason == nil ? ("ACTIVE", finished, nil) : ("CREATE FAILED", finished, failureReason)
    }
}

/// A SageMaker image and its versions.
struct ImageRecord: Sendable, Equatable, Codable {
    var name: String
    var description: String
    var created: Date
    var versions: [ImageVersionRecord]
}

/// One version of a SageMaker image: CREATING, then CREATED or CREATE_FAILED.
struct ImageVersionRecord: Sendable, Equatable, Codable {
    var version: Int
    var created: Date
    var buildSeconds: Double
    var failureReason: String?
    var baseImage: String

    func observe(at now: Date) -> (status: String, lastModified: Date, failureReason: String?)? {
        guard now >= created else { return nil }
        let done = created.addingTimeInterval(buildSeconds)
        if now < done { return ("CREATING", created, nil) }
        return failureReason == nil ? ("CREATED", done, nil) : ("CREATE_FAILED", done, failureReason)
    }
}
