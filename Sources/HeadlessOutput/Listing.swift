import DashboardView
import Foundation

/// One column of a headless listing: a header and where its value comes from in an item's JSON.
public struct ListingColumn: Sendable {
    public enum Value: Sendable {
        /// A member, printed as is (timestamps as dates).
        case member(String)
        /// The last `/`-separated part of an ARN member (a version id, a job name).
        case arnTail(String)
    }

    public var header: String
    public var value: Value
    /// Cut to this many columns in a table (never in CSV or JSON).
    public var tableWidth: Int?

    public init(_ header: String, _ value: Value, tableWidth: Int? = nil) {
        self.header = header
        self.value = value
        self.tableWidth = tableWidth
    }
}

/// Prints items as an aligned table or as CSV.
public struct Listing {
    public var columns: [ListingColumn]
    public var document: CLIDocument

    public init(columns: [ListingColumn], document: CLIDocument = CLIDocument()) {
        self.columns = columns
        self.document = document
    }

    /// The text of one cell; `forTable` gives short local dates, otherwise ISO 8601.
    func cell(_ item: JSONNode, _ column: ListingColumn, forTable: Bool) -> String {
        let node: JSONNode?
        switch column.value {
        case let .member(key): node = item[key]
        case let .arnTail(key):
            if case let .string(arn)? = item[key] { return arn.split(separator: "/").last.map(String.init) ?? arn }
            node = nil
        }
        switch node {
        case let .string(text)?: return forTable ? text.replacingOccurrences(of: "\n", with: " ") : text
        case let .integer(value)?: return String(value)
        case let .double(value)?: return CLIDocument.pythonFloat(value)
        case let .bool(value)?: return value ? "true" : "false"
        case let .timestamp(date)?: return forTable ? shortDate(date) : document.isoformat(date)
        case nil, .null?: return forTable ? "-" : ""
        case let other?: return forTable ? "…" : document.render(other).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    private func shortDate(_ date: Date) -> String {
        String(document.isoformat(date).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// Columns padded to their widest cell (by display width), two spaces apart; no trailing blanks.
    public func table(_ items: [JSONNode]) -> String {
        let rows = items.map { item in
            columns.map { column -> String in
                let text = cell(item, column, forTable: true)
                guard let width = column.tableWidth else { return text }
                return TextWidth.truncate(text, to: width)
            }
        }
        let headers = columns.map(\.header)
        let widths = headers.indices.map { index in
            ([headers[index]] + rows.map { $0[index] }).map { TextWidth.of($0) }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (index, cell) in cells.enumerated() {
                out += cell
                if index < cells.count - 1 { out += String(repeating: " ", count: widths[index] - TextWidth.of(cell) + 2) }
            }
            return out.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// RFC 4180: a header row, fields quoted when they hold a comma, quote or line break; CRLF line ends.
    public func csv(_ items: [JSONNode]) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let header = columns.map { field($0.header) }.joined(separator: ",")
        let rows = items.map { item in columns.map { field(cell(item, $0, forTable: false)) }.joined(separator: ",") }
        return ([header] + rows).map { $0 + "\r\n" }.joined()
    }
}
