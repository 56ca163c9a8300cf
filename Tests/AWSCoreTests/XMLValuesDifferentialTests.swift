import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import AWSCore

/// XMLValues against Foundation's XMLParser (libxml2), which it replaced in the product, over generated well-formed
/// documents: random nesting, names (prefixed, CJK), attributes, texts with references, CJK and emoji, comments,
/// CDATA and processing instructions, white space between everything.
@Suite("XMLValues against Foundation's XMLParser")
struct XMLValuesDifferentialTests {
    @Test func generatedDocumentsReadAsFoundationReadsThem() throws {
        var generator = DocumentGenerator(seed: 0x5EED_0F_A11_7E575)
        for index in 0..<400 {
            let document = generator.document()
            let expected = try #require(FoundationReference.values(document), "Foundation refuses document \(index):\n\(document)")
            let actual = XMLValues(Data(document.utf8))?.values
            #expect(actual == expected, "document \(index):\n\(document)")
        }
    }

    @Test func theGeneratorCoversEveryFeature() {
        var generator = DocumentGenerator(seed: 7)
        let all = (0..<400).map { _ in generator.document() }.joined()
        for feature in ["<?xml ", "<!--", "<![CDATA[", "<?pi ", "&amp;", "&#x", "&#", "p:", "/>", "\r\n", "名", "😀", "='"] {
            #expect(all.contains(feature), "\(feature)")
        }
    }
}

/// The values as the product read them before: XMLParser with the old collector (CDATA now counted as text).
private enum FoundationReference {
    static func values(_ document: String) -> [String: String]? {
        let collector = Collector()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = collector
        return parser.parse() ? collector.values : nil
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

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            text += String(decoding: block, as: UTF8.self)
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

/// Random well-formed documents from a seed (SplitMix64), the same ones on every run.
private struct DocumentGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func document() -> String {
        var out = chance(2) ? "<?xml version=\(quoted("1.0"))\(chance(2) ? " encoding=\(quoted("UTF-8"))" : "")?>" : ""
        out += miscellany()
        out += element(depth: 0, isRoot: true)
        out += miscellany()
        return out
    }

    // MARK: Pieces

    private mutating func element(depth: Int, isRoot: Bool = false) -> String {
        let name = elementName()
        var tag = "<" + name
        if isRoot { tag += " xmlns=\(quoted("https://sts.amazonaws.com/doc/2011-06-15/")) xmlns:p=\(quoted("urn:p"))" }
        var attributes: [String] = []
        for _ in 0..<number(below: 3) {
            let attribute = pick(["id", "k", "p:q", "data-x", "名"])
            if !attributes.contains(attribute) { attributes.append(attribute) }
        }
        for attribute in attributes {
            tag += "\(pick([" ", "\n  ", "\t"]))\(attribute)\(pick(["=", " = "]))\(quoted(attributeValue()))"
        }
        tag += pick(["", " ", "\n"])
        if chance(6) { return tag + "/>" }
        var content = ""
        let pieces = depth >= 7 ? number(below: 3) : number(below: 6)
        for _ in 0..<pieces {
            switch number(below: 10) {
            case 0..<4 where depth < 7: content += element(depth: depth + 1)
            case 4: content += "<!--\(commentText())-->"
            case 5: content += "<![CDATA[\(cdataText())]]>"
            case 6: content += "<?pi data \(commentText())?>"
            default: content += text()
            }
        }
        return tag + ">" + content + "</\(name)\(pick(["", " ", "\n"]))>"
    }

    private mutating func miscellany() -> String {
        (0..<number(below: 3)).map { _ in
            pick(["\n", "  ", "<!--\(commentText())-->", "<?pi data \(commentText())?>", "\r\n"])
        }.joined()
    }

    private mutating func elementName() -> String {
        let known = ["AssumeRoleResult", "Credentials", "AccessKeyId", "Arn", "a", "b", "member", "名前", "Ünïcode",
                     "p:Code", "p:a", "_x", "x-1.y", "ns:Error", "e\u{301}té"]
        if chance(3) { return pick(known) }
        let first = pick(Array("abcXYZ_名前δ"))
        let rest = (0..<number(below: 6)).map { _ in pick(Array("abz019-._·é漢")) }
        return String(first) + String(rest)
    }

    private mutating func attributeValue() -> String {
        (0..<number(below: 4)).map { _ in pick(["x > y", "a/b", "&amp;", "&#65;", "'", "\"", "名", " ", ""]) }.joined()
    }

    /// Character data, escaped where it has to be.
    private mutating func text() -> String {
        (0..<(1 + number(below: 5))).map { _ in
            switch number(below: 12) {
            case 0: pick(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"])
            case 1: "&#\(scalar().value);"
            case 2: "&#x\(String(scalar().value, radix: 16, uppercase: chance(2)));"
            case 3: pick([" ", "\n", "\t", "\r\n", "\r", "  \n  ", "\u{A0}", "\u{3000}", "\u{2028}", "\u{85}"])
            case 4: pick(["東京", "日本語のテキスト", "😀", "👩‍👩‍👧", "café", "Ωμέγα", "\u{301}", ">", "\"", "'"])
            case 5: pick(["ASIAQWERTYUIOPASDFGH", "arn:aws:iam::111122223333:role/Trainer", "2026-11-24T13:34:41Z"])
            default: String(String.UnicodeScalarView((0..<(1 + number(below: 8))).map { _ in literalScalar() }))
            }
        }.joined()
    }

    private mutating func commentText() -> String {
        pick(["", " note ", "a-b", "<not a tag> & co", "名前 😀", "x\ny"])
    }

    /// No CR: libxml2 leaves CR LF inside CDATA as it is, where XML (and XMLValues) reads LF.
    private mutating func cdataText() -> String {
        pick(["", "<tag attr='1'>", "a & b", "]", "x]]y", "名前\n😀", "  spaced  ", "&#65;"])
    }

    // MARK: Randomness

    /// A scalar XML allows, from any of its ranges.
    private mutating func scalar() -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [0x9...0xA, 0xD...0xD, 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF]
        let range = pick(ranges)
        return Unicode.Scalar(range.lowerBound + UInt32(number(below: Int(range.upperBound - range.lowerBound) + 1)))!
    }

    /// A scalar that may stand as it is in character data (not `<`, `&`, nor `]`, which could start `]]>`).
    private mutating func literalScalar() -> Unicode.Scalar {
        while true {
            let candidate = scalar()
            if !["<", "&", "]"].contains(candidate) { return candidate }
        }
    }

    private mutating func quoted(_ value: String) -> String {
        value.contains("'") ? "\"\(value.replacingOccurrences(of: "\"", with: "&quot;"))\""
            : chance(2) ? "'\(value)'" : "\"\(value.replacingOccurrences(of: "\"", with: "&quot;"))\""
    }

    private mutating func pick<T>(_ choices: [T]) -> T {
        choices[number(below: choices.count)]
    }

    private mutating func chance(_ oneIn: Int) -> Bool {
        number(below: oneIn) == 0
    }

    private mutating func number(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
