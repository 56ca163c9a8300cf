import Foundation

/// One resource described for a person: `member  value` lines, nested members indented, long text kept whole.
public struct DetailText {
    public var document: CLIDocument

    public init(document: CLIDocument = CLIDocument()) {
        self.document = document
    }

    public func render(_ node: JSONNode) -> String {
        var lines: [String] = []
        add(node, indent: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func add(_ node: JSONNode, indent: Int, into lines: inout [String]) {
        guard case let .object(members) = node else {
            lines.append(String(repeating: " ", count: indent) + scalar(node))
            return
        }
        let width = members.map(\.key.count).max() ?? 0
        for member in members {
            let pad = String(repeating: " ", count: indent)
            switch member.value {
            case .object(let inner) where !inner.isEmpty:
                lines.append(pad + member.key)
                add(member.value, indent: indent + 2, into: &lines)
            case .array(let elements) where !elements.isEmpty:
                lines.append(pad + member.key)
                for element in elements { add(element, indent: indent + 2, into: &lines) }
            default:
                lines.append(pad + member.key + String(repeating: " ", count: width - member.key.count + 2) + scalar(member.value))
            }
        }
    }

    private func scalar(_ node: JSONNode) -> String {
        switch node {
        case let .string(text): return text
        case let .integer(value): return String(value)
        case let .double(value): return CLIDocument.pythonFloat(value)
        case let .bool(value): return value ? "true" : "false"
        case let .timestamp(date): return document.isoformat(date)
        case .null: return "null"
        case .object: return "{}"
        case .array: return "[]"
        }
    }
}
