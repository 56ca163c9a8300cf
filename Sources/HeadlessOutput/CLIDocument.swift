import AWSCore
import AWSSigV4
import Foundation

/// Prints a `JSONNode` byte for byte as the AWS CLI prints a result with `--output json`: Python's
/// `json.dumps(indent=4, ensure_ascii=False)`, timestamps as ISO 8601 in the local time zone
/// (`cli_timestamp_format = iso8601`, the CLI v2 default), and a final newline.
public struct CLIDocument {
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = .current) {
        self.timeZone = timeZone
    }

    public func render(_ node: JSONNode) -> String {
        var out = ""
        write(node, indent: 0, into: &out)
        return out + "\n"
    }

    func write(_ node: JSONNode, indent: Int, into out: inout String) {
        switch node {
        case let .object(members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, member) in members.enumerated() {
                Self.appendIndent(indent + 4, to: &out)
                JSONText.appendQuoted(member.key, to: &out)
                out += ": "
                write(member.value, indent: indent + 4, into: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            Self.appendIndent(indent, to: &out)
            out += "}"
        case let .array(elements):
            guard !elements.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                Self.appendIndent(indent + 4, to: &out)
                write(element, indent: indent + 4, into: &out)
                out += index == elements.count - 1 ? "\n" : ",\n"
            }
            Self.appendIndent(indent, to: &out)
            out += "]"
        case let .string(text): JSONText.appendQuoted(text, to: &out)
        case let .integer(value): out += String(value)
        case let .double(value): out += Self.pythonFloat(value)
        case let .bool(value): out += value ? "true" : "false"
        case let .timestamp(date): out += Self.quote(isoformat(date))
        case .null: out += "null"
        }
    }

    /// Python's `datetime.fromtimestamp(t, tzlocal()).isoformat()`: microseconds only when not zero.
    /// Integer arithmetic (no Calendar, no `String(format:)`): a 10,000-row listing formats 20,000 of these.
    public func isoformat(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        var whole = seconds.rounded(.down)
        var micro = Int(((seconds - whole) * 1_000_000).rounded(.toNearestOrEven))
        if micro >= 1_000_000 { whole += 1; micro -= 1_000_000 }
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: whole))
        let local = Int(whole) + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - days * 86_400
        let civil = SigV4Date.civilFromDays(Int64(days))
        let (year, month, day) = (Int(civil.0), Int(civil.1), Int(civil.2))
        var text = ""
        text.reserveCapacity(32)
        Self.append(year, digits: 4, to: &text)
        text += "-"
        Self.append(month, digits: 2, to: &text)
        text += "-"
        Self.append(day, digits: 2, to: &text)
        text += "T"
        Self.append(secondOfDay / 3600, digits: 2, to: &text)
        text += ":"
        Self.append(secondOfDay % 3600 / 60, digits: 2, to: &text)
        text += ":"
        Self.append(secondOfDay % 60, digits: 2, to: &text)
        if micro != 0 {
            text += "."
            Self.append(micro, digits: 6, to: &text)
        }
        text += offset < 0 ? "-" : "+"
        Self.append(abs(offset) / 3600, digits: 2, to: &text)
        text += ":"
        Self.append(abs(offset) % 3600 / 60, digits: 2, to: &text)
        return text
    }

    /// Appends `value` zero-padded to `digits` digits (more when it is longer).
    static func append(_ value: Int, digits: Int, to text: inout String) {
        let raw = String(value)
        if raw.count < digits { text += String(repeating: "0", count: digits - raw.count) }
        text += raw
    }

    /// Python's `repr(float)`: shortest round-trip digits, always with a fraction or an exponent.
    static func pythonFloat(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        let text = "\(value)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    static func quote(_ text: String) -> String { JSONText.quote(text) }

    /// Indentation of the usual depths, made once (a listing writes hundreds of thousands of them).
    private static let indents = (0...8).map { String(repeating: " ", count: $0 * 4) }

    static func appendIndent(_ width: Int, to out: inout String) {
        if width % 4 == 0, width / 4 < indents.count {
            out += indents[width / 4]
        } else {
            out += String(repeating: " ", count: width)
        }
    }
}
