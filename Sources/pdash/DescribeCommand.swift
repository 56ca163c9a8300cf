import AWSServices
import ArgumentParser
import Foundation
import HeadlessOutput

/// `pdash describe RESOURCE ARN`: every field of one resource, as text or as the AWS CLI's JSON.
struct DescribeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Describe a solution version, solution, batch segment job, batch inference job or campaign.",
        discussion: """
            --output json prints what 'aws personalize describe-...' prints.
            Examples:
              pdash describe solution-version \\
                  arn:aws:personalize:eu-west-1:123456789012:solution/NAME/ID
              pdash describe campaign --output json \\
                  arn:aws:personalize:eu-west-1:123456789012:campaign/NAME
            \(ExitStatus.summary)
            """)

    enum Resource: String, ExpressibleByArgument, CaseIterable {
        case solutionVersion = "solution-version", solution, batchSegmentJob = "batch-segment-job"
        case batchInferenceJob = "batch-inference-job", campaign
    }

    @Argument(help: ArgumentHelp("What to describe: \(Resource.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "resource"))
    var resource: Resource

    @Argument(help: ArgumentHelp("Its ARN.", valueName: "arn"))
    var arn: String

    @Option(help: "Output format: table (readable text) or json (the AWS CLI's document).")
    var output: OutputFormat = .table

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        guard ModelPattern.isPersonalizeArn(arn), arn.count <= 256 else {
            throw ValidationError("'\(arn)' is not a Personalize ARN (arn:aws:personalize:REGION:ACCOUNT:...)")
        }
        let kind = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).last?.split(separator: "/").first.map(String.init) ?? ""
        let expected: String
        switch resource {
        case .solutionVersion, .solution: expected = "solution"
        case .batchSegmentJob: expected = "batch-segment-job"
        case .batchInferenceJob: expected = "batch-inference-job"
        case .campaign: expected = "campaign"
        }
        guard kind == expected else {
            throw ValidationError("'\(arn)' is a \(kind.isEmpty ? "malformed" : kind) ARN, not a \(resource.rawValue) ARN")
        }
        let depth = arn.split(separator: "/").count
        if resource == .solutionVersion, depth != 3 { throw ValidationError("'\(arn)' is a solution ARN; a solution version ARN ends in /ID") }
        if resource == .solution, depth != 2 { throw ValidationError("'\(arn)' is a solution version ARN; use 'describe solution-version'") }
    }

    func run() async throws {
        var connection = connection
        if connection.region == nil, !connection.demo {
            connection.region = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).dropFirst(3).first.map(String.init)
        }
        let resolved = try await StartupSettings.load(connection).connection.resolveHeadless()
        defer { if let emulator = resolved.emulator { Task { await emulator.stop() } } }
        let printer = HeadlessPrinter(format: output)
        do {
            let client = PersonalizeClient(client: try resolved.client(.personalize))
            switch resource {
            case .solutionVersion:
                try printer.printDocument(try await client.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: arn)))
            case .solution:
                try printer.printDocument(try await client.describeSolution(DescribeSolutionRequest(solutionArn: arn)))
            case .batchSegmentJob:
                try printer.printDocument(try await client.describeBatchSegmentJob(DescribeBatchSegmentJobRequest(batchSegmentJobArn: arn)))
            case .batchInferenceJob:
                try printer.printDocument(try await client.describeBatchInferenceJob(DescribeBatchInferenceJobRequest(batchInferenceJobArn: arn)))
            case .campaign:
                try printer.printDocument(try await client.describeCampaign(DescribeCampaignRequest(campaignArn: arn)))
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw headlessFailure("describe \(resource.rawValue)", error)
        }
    }
}
