import Foundation

/// The AWS CLI's document for a paginated list, `{"resultKey": [items…], "NextToken": …}`, built one page at a
/// time: each page's items are encoded and printed into the text as they arrive and can then be dropped, so a
/// 10,000-item listing never holds every item (or every item's tree) at once. The bytes equal
/// `CLIDocument.render` of the whole document.
public struct CLIListDocument {
    public let document: CLIDocument
    private let resultKey: String
    private var text: String
    private var count = 0

    public init(resultKey: String, document: CLIDocument = CLIDocument()) {
        self.document = document
        self.resultKey = resultKey
        self.text = "{\n    " + CLIDocument.quote(resultKey) + ": "
    }

    /// How many items were appended so far.
    public var itemCount: Int { count }

    /// Appends a page of items (in the service's member order).
    public mutating func append(_ items: [some Encodable]) throws {
        for item in items {
            let node = try NodeEncoder.encode(item)
            text += count == 0 ? "[\n        " : ",\n        "
            document.write(node, indent: 8, into: &text)
            count += 1
        }
    }

    /// Closes the document (with the CLI's `NextToken` when `--max-items` stopped early) and returns it; call once.
    public mutating func finish(resumeToken: String?) -> String {
        text += count == 0 ? "[]" : "\n    ]"
        if let resumeToken {
            text += ",\n    \"NextToken\": " + CLIDocument.quote(resumeToken)
        }
        return text + "\n}\n"
    }
}
