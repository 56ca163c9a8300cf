import AWSServices
import ArgumentParser
import Foundation
import HeadlessOutput

/// Exit statuses of the headless commands (documented in `pdash help list` and the README).
enum ExitStatus {
    static let success: Int32 = 0
    /// `train --wait`: the version ended CREATE FAILED.
    static let trainingFailed: Int32 = 1
    /// The AWS call failed (credentials, network, throttling, an AWS error) or a version was stopped.
    static let failure: Int32 = 2
    /// `train --wait`: the version ended CREATE STOPPED.
    static let stopped: Int32 = 3
    /// A bad flag or value, a missing confirmation, or a mutation refused by --read-only (EX_USAGE).
    static let usage: Int32 = 64

    static let summary = """
        Exit status: 0 success; 1 the trained version ended CREATE FAILED (train --wait); 2 the AWS call failed \
        (credentials, network, throttling, an AWS error); 3 the version was stopped (train --wait); 64 usage error \
        (bad flag or value, no confirmation, --read-only).
        """
}

/// `--output table|json|csv`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Prints what a list operation returned in the chosen format. JSON is the AWS CLI's document for the same call.
struct HeadlessPrinter {
    var format: OutputFormat
    var document = CLIDocument()

    func printList(resultKey: String, items: [some Encodable], resumeToken: String?, columns: [ListingColumn]) throws {
        switch format {
        case .json:
            var list = CLIListDocument(resultKey: resultKey, document: document)
            try list.append(items)
            write(list.finish(resumeToken: resumeToken))
        case .table:
            let nodes = try items.map { try NodeEncoder.encode($0) }
            write(nodes.isEmpty ? "(none)\n" : Listing(columns: columns, document: document).table(nodes))
        case .csv:
            write(Listing(columns: columns, document: document).csv(try items.map { try NodeEncoder.encode($0) }))
        }
        if let resumeToken, format != .json {
            Output.error("more items: continue with --starting-token \(resumeToken)")
        }
    }

    /// Every page of `pages`, printed as `printList` would print them all. JSON is encoded page by page while the
    /// next page is fetched, and written once complete: a failure part way prints nothing, as the AWS CLI does.
    func printPages<Request, Response>(_ pages: Paginator<Request, Response>, resultKey: String, columns: [ListingColumn])
        async throws where Response.Item: Encodable
    {
        guard format == .json else {
            let result = try await pages.collect()
            try printList(resultKey: resultKey, items: result.items, resumeToken: result.resumeToken, columns: columns)
            return
        }
        var list = CLIListDocument(resultKey: resultKey, document: document)
        let resumeToken = try await pages.forEachPage { page in try list.append(page.items) }
        write(list.finish(resumeToken: resumeToken))
    }

    func printDocument(_ value: some Encodable, fields: [ListingColumn]? = nil) throws {
        let node = try NodeEncoder.encode(value)
        switch format {
        case .json, .csv:
            write(document.render(node))
        case .table:
            write(DetailText(document: document).render(node))
        }
    }

    func write(_ text: String) {
        var text = text
        // Straight from the string's UTF-8 storage: a 10,000-item document is 4 MB, not worth a second copy.
        text.withUTF8 { bytes in try? FileHandle.standardOutput.write(contentsOf: UnsafeRawBufferPointer(bytes)) }
    }
}

/// An AWS failure as one line on stderr and exit status 2.
func headlessFailure(_ what: String, _ error: any Error) -> ExitCode {
    Output.fail("\(what): \(error)", code: ExitStatus.failure)
}

extension ConnectionOptions {
    /// `resolve()` for the headless commands: a connection that cannot be set up (no region, bad credentials
    /// configuration) exits with status 2, keeping 1 for a training that failed.
    func resolveHeadless() async throws -> Resolved {
        do {
            return try await resolve()
        } catch let exit as ExitCode where exit.rawValue == 1 {
            throw ExitCode(ExitStatus.failure)
        }
    }
}
