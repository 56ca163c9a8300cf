import AWSServices
import Foundation
import HeadlessOutput
import Testing

/// The page-by-page document must be byte for byte the whole document `CLIDocument.render` prints (and that is
/// what the AWS CLI prints, see CLIDocumentTests and the conformance suite's comparison with `aws`).
@Suite("AWS CLI list documents, page by page")
struct CLIListDocumentTests {
    let utc = CLIDocument(timeZone: TimeZone(identifier: "UTC")!)

    func versions(_ count: Int) -> [SolutionVersionSummary] {
        (0..<count).map { index -> SolutionVersionSummary in
            let failed = index % 3 == 0
            let created = Date(timeIntervalSince1970: 1_795_206_213.25 + Double(index))
            let updated = Date(timeIntervalSince1970: 1_795_209_000 + Double(index))
            let reason: String? = failed ? "quote \" backslash \\ tab\t 台所 \u{1}" : nil
            return SolutionVersionSummary(
                solutionVersionArn: "arn:aws:personalize:eu-west-1:111122223333:solution/a/\(index)",
                status: failed ? "CREATE FAILED" : "ACTIVE", trainingMode: "FULL", trainingType: "MANUAL",
                creationDateTime: created, lastUpdatedDateTime: updated, failureReason: reason)
        }
    }

    func whole(_ items: [SolutionVersionSummary], resumeToken: String?) throws -> String {
        var root = JSONNode.object([.init("solutionVersions", .array(try items.map { try NodeEncoder.encode($0) }))])
        if let resumeToken { root = root.appending("NextToken", .string(resumeToken)) }
        return utc.render(root)
    }

    @Test(arguments: [0, 1, 7, 250])
    func pagesMakeTheWholeDocument(count: Int) throws {
        let items = versions(count)
        for token in [nil, "eyJuZXh0VG9rZW4iOiBudWxsfQ=="] as [String?] {
            var list = CLIListDocument(resultKey: "solutionVersions", document: utc)
            for start in stride(from: 0, to: items.count, by: 100) {
                try list.append(Array(items[start..<min(start + 100, items.count)]))
            }
            #expect(list.itemCount == count)
            #expect(list.finish(resumeToken: token) == (try whole(items, resumeToken: token)))
        }
    }

    @Test func emptyPagesAddNothing() throws {
        var list = CLIListDocument(resultKey: "solutionVersions", document: utc)
        try list.append([SolutionVersionSummary]())
        try list.append(versions(2))
        try list.append([SolutionVersionSummary]())
        #expect(list.finish(resumeToken: nil) == (try whole(versions(2), resumeToken: nil)))
        var empty = CLIListDocument(resultKey: "Images", document: utc)
        #expect(empty.finish(resumeToken: nil) == "{\n    \"Images\": []\n}\n")
    }
}
