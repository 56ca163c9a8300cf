import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small read-only view of an XML answer (the Query protocol's): the text of every leaf element, by path.
public struct XMLValues: Sendable, Equatable {
    /// Leaf texts keyed by their element path without namespaces, e.g. "GetCallerIdentityResponse/GetCallerIdentityResult/Account".
    public private(set) var values: [String: String] = [:]

    public init?(_ data: Data) {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { return nil }
        values = collector.values
    }

    /// The text of the first leaf whose path ends with `suffix` (e.g. "Credentials/AccessKeyId").
    public func value(_ suffix: String) -> String? {
        if let exact = values[suffix] { return exact }
        return values.first { $0.key.hasSuffix("/" + suffix) }?.value
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var values: [String: String] = [:]
        private var path: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            path.append(name.split(separator: ":").last.map(String.init) ?? name)
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let key = path.joined(separator: "/")
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty, values[key] == nil { values[key] = trimmed }
            text = ""
            path.removeLast()
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
