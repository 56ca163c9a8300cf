import Foundation

/// A small read-only view of an XML answer (the Query protocol's): the text of every leaf element, by path.
/// Read by `XMLReader` (no libxml2): `nil` for anything that is not a well-formed UTF-8 document.
public struct XMLValues: Sendable, Equatable {
    /// Leaf texts keyed by their element path without namespaces, e.g. "GetCallerIdentityResponse/GetCallerIdentityResult/Account".
    /// An element's text is the character data after its last child (all of it for a leaf), trimmed of white
    /// space and newlines; elements with none are left out, and the first element of a path wins.
    public private(set) var values: [String: String] = [:]

    public init?(_ data: Data) {
        let bytes = [UInt8](data)
        var collector = ValueCollector(keyBudget: Self.keyBytesPerInputByte * bytes.count)
        guard XMLReader.read(bytes, into: &collector) else { return nil }
        values = collector.values
    }

    /// The text of the first leaf whose path ends with `suffix` (e.g. "Credentials/AccessKeyId").
    public func value(_ suffix: String) -> String? {
        if let exact = values[suffix] { return exact }
        return values.first { $0.key.hasSuffix("/" + suffix) }?.value
    }

    /// Keys repeat their ancestors' names, so long names nested deep above many siblings could ask for keys far
    /// larger than the document (quadratic); past this many key bytes per input byte it is refused. A real answer
    /// needs one or two; a leaf `<b>x</b>` 64 deep under one-letter names, 127 key bytes for its 8, about 16.
    static let keyBytesPerInputByte = 32

    /// Gathers the values: each distinct path is a node (found by its parent's node and its name, so an element
    /// costs its name's length however deep it is), and its key is spelt out once, with the first value it gets.
    private struct ValueCollector: XMLContentHandler {
        struct PathStep: Hashable {
            var parent: Int
            var name: String
        }

        var values: [String: String] = [:]
        var keyBudget: Int
        private var nodes: [PathStep: Int] = [:]
        private var nodeHasValue: [Bool] = []
        /// The open elements: their node and their name without prefix.
        private var openPath: [(node: Int, name: String)] = []

        init(keyBudget: Int) {
            self.keyBudget = keyBudget
        }

        mutating func startElement(_ qualifiedName: ArraySlice<UInt8>) -> Bool {
            // The part after the last colon (split by scalar: as a Character, a colon and a combining mark after it
            // would be no colon); a name of colons alone stays whole.
            let qualified = String(decoding: qualifiedName, as: UTF8.self)
            let name = qualified.unicodeScalars.split(separator: ":").last.map { String($0) } ?? qualified
            let step = PathStep(parent: openPath.last?.node ?? -1, name: name)
            let node: Int
            if let known = nodes[step] {
                node = known
            } else {
                node = nodeHasValue.count
                nodes[step] = node
                nodeHasValue.append(false)
            }
            openPath.append((node, name))
            return true
        }

        mutating func endElement(text: ArraySlice<UInt8>) -> Bool {
            let node = openPath[openPath.count - 1].node
            if !text.isEmpty, !nodeHasValue[node] {
                let trimmed = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty {
                    let key = openPath.map(\.name).joined(separator: "/")
                    keyBudget -= key.utf8.count
                    guard keyBudget >= 0 else { return false }
                    values[key] = trimmed
                    nodeHasValue[node] = true
                }
            }
            openPath.removeLast()
            return true
        }
    }
}

/// Escapes text for an XML element body so that any string reads back from a well-formed document: the markup
/// characters as entities, looked at scalar by scalar (a combining mark after `<` makes one Character that is not
/// "<"); a carriage return as a reference (a parser turns a raw one into a line feed); and the characters XML 1.0
/// does not allow at all, even as references (the C0 controls but tab and line feed, U+FFFE, U+FFFF), as U+FFFD.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
