import AWSCore
import AWSServices
import ArgumentParser
import Foundation
import HeadlessOutput

/// `pdash list RESOURCE`: one list, every page (or `--max-items`), as a table, CSV, or the AWS CLI's JSON.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List dataset groups, solutions, solution versions, batch jobs, campaigns, or SageMaker images and image versions.",
        discussion: """
            --output json prints what the AWS CLI prints for the same call (NextToken when --max-items cut the list), \
            so scripts can switch from 'aws personalize list-...' to pdash unchanged.
            Examples:
              pdash list solution-versions \\
                  --solution-arn arn:aws:personalize:eu-west-1:123456789012:solution/NAME
              pdash list solution-versions --output json --max-items 50 --solution-arn ARN | jq .
              pdash list image-versions --image-name my-image --sort-by VERSION --output csv
            \(ExitStatus.summary)
            """)

    enum Resource: String, ExpressibleByArgument, CaseIterable {
        case datasetGroups = "dataset-groups", solutions, solutionVersions = "solution-versions"
        case batchSegmentJobs = "batch-segment-jobs", batchInferenceJobs = "batch-inference-jobs", campaigns
        case images, imageVersions = "image-versions"
    }

    @Argument(help: ArgumentHelp("What to list: \(Resource.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "resource"))
    var resource: Resource

    @Option(help: "Solutions of this dataset group (solutions).")
    var datasetGroupArn: String?

    @Option(help: "Versions or campaigns of this solution (solution-versions, campaigns).")
    var solutionArn: String?

    @Option(help: "Jobs of this solution version (batch-segment-jobs, batch-inference-jobs).")
    var solutionVersionArn: String?

    @Option(help: "The image whose versions to list (image-versions, required there).")
    var imageName: String?

    @Option(help: "Images whose name contains this (images).")
    var nameContains: String?

    @Option(help: "SageMaker sort: CREATION_TIME, LAST_MODIFIED_TIME, or VERSION (image-versions) / IMAGE_NAME (images).")
    var sortBy: String?

    @Option(help: "SageMaker sort order: ASCENDING or DESCENDING.")
    var sortOrder: String?

    @Option(help: "Output format: table, json (the AWS CLI's document), or csv.")
    var output: OutputFormat = .table

    @Option(help: "Stop after this many items; the token to continue with is printed.")
    var maxItems: Int?

    @Option(help: "Items per request (the API's maxResults).")
    var pageSize: Int?

    @Option(help: "Continue where a previous --max-items stopped (its NextToken).")
    var startingToken: String?

    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        let filters: [(String, String?, Set<Resource>)] = [
            ("--dataset-group-arn", datasetGroupArn, [.solutions]),
            ("--solution-arn", solutionArn, [.solutionVersions, .campaigns]),
            ("--solution-version-arn", solutionVersionArn, [.batchSegmentJobs, .batchInferenceJobs]),
            ("--image-name", imageName, [.imageVersions]),
            ("--name-contains", nameContains, [.images]),
            ("--sort-by", sortBy, [.images, .imageVersions]),
            ("--sort-order", sortOrder, [.images, .imageVersions]),
        ]
        for (flag, value, resources) in filters where value != nil && !resources.contains(resource) {
            throw ValidationError("\(flag) does not apply to '\(resource.rawValue)' (it filters \(resources.map(\.rawValue).sorted().joined(separator: ", ")))")
        }
        for (flag, value) in [("--dataset-group-arn", datasetGroupArn), ("--solution-arn", solutionArn), ("--solution-version-arn", solutionVersionArn)] {
            if let value, !ModelPattern.isPersonalizeArn(value) || value.count > 256 {
                throw ValidationError("\(flag) '\(value)' is not a Personalize ARN (arn:aws:personalize:REGION:ACCOUNT:...)")
            }
        }
        if resource == .imageVersions {
            guard let imageName else { throw ValidationError("image-versions needs --image-name") }
            guard ModelPattern.isSageMakerImageName(imageName) else {
                throw ValidationError("--image-name '\(imageName)' is not a SageMaker image name (letters, digits, '-' and '.', at most 63)")
            }
        }
        if let sortBy {
            let allowed = resource == .images ? ["CREATION_TIME", "LAST_MODIFIED_TIME", "IMAGE_NAME"] : ["CREATION_TIME", "LAST_MODIFIED_TIME", "VERSION"]
            guard allowed.contains(sortBy) else { throw ValidationError("--sort-by '\(sortBy)' must be one of \(allowed.joined(separator: ", "))") }
        }
        if let sortOrder, !["ASCENDING", "DESCENDING"].contains(sortOrder) {
            throw ValidationError("--sort-order '\(sortOrder)' must be ASCENDING or DESCENDING")
        }
        if let maxItems, maxItems < 1 { throw ValidationError("--max-items must be at least 1, not \(maxItems)") }
        if let pageSize, !(1...100).contains(pageSize) { throw ValidationError("--page-size must be between 1 and 100, not \(pageSize)") }
    }

    func run() async throws {
        let resolved = try await StartupSettings.load(connection).connection.resolveHeadless()
        defer { if let emulator = resolved.emulator { Task { await emulator.stop() } } }
        let config = PaginationConfig(maxItems: maxItems, pageSize: pageSize, startingToken: startingToken)
        let printer = HeadlessPrinter(format: output)
        do {
            switch resource {
            case .datasetGroups, .solutions, .solutionVersions, .batchSegmentJobs, .batchInferenceJobs, .campaigns:
                let client = PersonalizeClient(client: try resolved.client(.personalize))
                try await listPersonalize(client, config: config, printer: printer)
            case .images:
                let client = SageMakerClient(client: try resolved.client(.sagemaker))
                let request = ListImagesRequest(NameContains: nameContains, SortBy: sortBy, SortOrder: sortOrder)
                try await printer.printPages(client.listImagesPaginator(request, config: config),
                                             resultKey: "Images", columns: ResourceColumns.images)
            case .imageVersions:
                let client = SageMakerClient(client: try resolved.client(.sagemaker))
                let request = ListImageVersionsRequest(ImageName: imageName ?? "", SortBy: sortBy, SortOrder: sortOrder)
                try await printer.printPages(client.listImageVersionsPaginator(request, config: config),
                                             resultKey: "ImageVersions", columns: ResourceColumns.imageVersions)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw headlessFailure("list \(resource.rawValue)", error)
        }
    }

    private func listPersonalize(_ client: PersonalizeClient, config: PaginationConfig, printer: HeadlessPrinter) async throws {
        switch resource {
        case .datasetGroups:
            try await printer.printPages(client.listDatasetGroupsPaginator(config: config),
                                         resultKey: "datasetGroups", columns: ResourceColumns.datasetGroups)
        case .solutions:
            let request = ListSolutionsRequest(datasetGroupArn: datasetGroupArn)
            try await printer.printPages(client.listSolutionsPaginator(request, config: config),
                                         resultKey: "solutions", columns: ResourceColumns.solutions)
        case .solutionVersions:
            let request = ListSolutionVersionsRequest(solutionArn: solutionArn)
            try await printer.printPages(client.listSolutionVersionsPaginator(request, config: config),
                                         resultKey: "solutionVersions", columns: ResourceColumns.solutionVersions)
        case .batchSegmentJobs:
            let request = ListBatchSegmentJobsRequest(solutionVersionArn: solutionVersionArn)
            try await printer.printPages(client.listBatchSegmentJobsPaginator(request, config: config),
                                         resultKey: "batchSegmentJobs", columns: ResourceColumns.batchSegmentJobs)
        case .batchInferenceJobs:
            let request = ListBatchInferenceJobsRequest(solutionVersionArn: solutionVersionArn)
            try await printer.printPages(client.listBatchInferenceJobsPaginator(request, config: config),
                                         resultKey: "batchInferenceJobs", columns: ResourceColumns.batchInferenceJobs)
        case .campaigns:
            let request = ListCampaignsRequest(solutionArn: solutionArn)
            try await printer.printPages(client.listCampaignsPaginator(request, config: config),
                                         resultKey: "campaigns", columns: ResourceColumns.campaigns)
        case .images, .imageVersions:
            break
        }
    }
}
