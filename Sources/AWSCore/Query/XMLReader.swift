/// Receives the elements of a document from `XMLReader`, in document order.
protocol XMLContentHandler {
    /// An element opens; `qualifiedName` is its name as written, prefix included. False stops the reading.
    mutating func startElement(_ qualifiedName: ArraySlice<UInt8>) -> Bool
    /// The innermost open element closes. `text` is the character data since the previous tag (its start tag
    /// or its last child's end tag) in UTF-8: references resolved, CDATA sections included, comments left out,
    /// line ends normalised to LF. False stops the reading.
    mutating func endElement(text: ArraySlice<UInt8>) -> Bool
}

/// A strict, non-validating reader of XML 1.0 documents in UTF-8, just enough for AWS Query-protocol answers:
/// the XML declaration, elements (attributes and namespace declarations checked for form, then ignored),
/// character data, the five predefined entities, character references, CDATA sections, comments and
/// processing instructions. It refuses any document type declaration (so no entity can expand), any other
/// encoding, and anything not well-formed, and it refuses elements nested deeper than `maximumDepth`. One pass,
/// linear in the input; the only memory it keeps is the text since the last tag and the open elements' names.
struct XMLReader {
    static let maximumDepth = 64

    private struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0
    /// Where the name of each open element lies in `bytes`, outermost first.
    private var openElements: [Range<Int>] = []
    private var text: [UInt8] = []

    /// Reads a whole document into `handler`; false when it is not well-formed (or the handler stopped).
    static func read<Handler: XMLContentHandler>(_ bytes: [UInt8], into handler: inout Handler) -> Bool {
        var reader = XMLReader(bytes: bytes)
        do {
            try reader.readDocument(into: &handler)
            return true
        } catch {
            return false
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: Document

    private mutating func readDocument<Handler: XMLContentHandler>(into handler: inout Handler) throws(Malformed) {
        try checkCharacters()
        if starts(with: "<?xml"), position + 5 < bytes.count, XMLCharacterClass.isSpace(bytes[position + 5]) {
            try readDeclaration()
        }
        try skipMiscellany()
        // The root element; `<!DOCTYPE` (or any other `<!`) fails here, as `!` cannot start a name.
        guard starts(with: "<") else { throw Malformed() }
        try readStartTag(into: &handler)
        while !openElements.isEmpty {
            try readContent(into: &handler)
        }
        try skipMiscellany()
        guard position == bytes.count else { throw Malformed() }
    }

    /// Checks the whole input is UTF-8 of XML characters, and steps over a byte order mark.
    private mutating func checkCharacters() throws(Malformed) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x20, byte < 0x80 {
                index += 1
                continue
            }
            guard let (scalar, length) = XMLCharacterClass.decodeUTF8(bytes, at: index),
                  XMLCharacterClass.isChar(scalar) else { throw Malformed() }
            index += length
        }
        if starts(with: "\u{FEFF}") { position = 3 }
    }

    /// `<?xml version="1.x" encoding="UTF-8" standalone="yes"?>`, encoding and standalone optional.
    private mutating func readDeclaration() throws(Malformed) {
        position += 5
        guard skipSpaces() else { throw Malformed() }
        let version = try readPseudoAttribute("version")
        guard version.count > 2, version.starts(with: Array("1.".utf8)),
              version.dropFirst(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { throw Malformed() }
        var spaced = skipSpaces()
        if spaced, starts(with: "encoding") {
            let encoding = String(decoding: try readPseudoAttribute("encoding"), as: UTF8.self).uppercased()
            guard encoding == "UTF-8" || encoding == "UTF8" else { throw Malformed() }
            spaced = skipSpaces()
        }
        if spaced, starts(with: "standalone") {
            let standalone = try readPseudoAttribute("standalone")
            guard standalone.elementsEqual("yes".utf8) || standalone.elementsEqual("no".utf8) else { throw Malformed() }
            skipSpaces()
        }
        try expect("?>")
    }

    private mutating func readPseudoAttribute(_ name: String) throws(Malformed) -> ArraySlice<UInt8> {
        try expect(name)
        skipSpaces()
        try expect("=")
        skipSpaces()
        let value = try readQuoted(allowingReferences: false)
        return bytes[value]
    }

    /// Spaces, comments and processing instructions, before and after the root element.
    private mutating func skipMiscellany() throws(Malformed) {
        while position < bytes.count {
            if skipSpaces() { continue }
            if starts(with: "<!--") {
                try skipComment()
            } else if starts(with: "<?") {
                try skipProcessingInstruction()
            } else {
                return
            }
        }
    }

    // MARK: Elements

    /// One piece of an open element's content: a run of text, a reference, a tag, a comment, a CDATA section
    /// or a processing instruction.
    private mutating func readContent<Handler: XMLContentHandler>(into handler: inout Handler) throws(Malformed) {
        guard position < bytes.count else { throw Malformed() }
        switch bytes[position] {
        case UInt8(ascii: "<"):
            if starts(with: "</") {
                try readEndTag(into: &handler)
            } else if starts(with: "<!--") {
                try skipComment()
            } else if starts(with: "<![CDATA[") {
                try readCDATA()
            } else if starts(with: "<?") {
                try skipProcessingInstruction()
            } else {
                try readStartTag(into: &handler)
            }
        case UInt8(ascii: "&"):
            XMLCharacterClass.appendUTF8(try readReference(), to: &text)
        case UInt8(ascii: "\r"):
            appendLineEnd()
        case UInt8(ascii: "]"):
            guard !starts(with: "]]>") else { throw Malformed() }
            text.append(bytes[position])
            position += 1
        default:
            let start = position
            while position < bytes.count, !Self.endsTextRun(bytes[position]) { position += 1 }
            text.append(contentsOf: bytes[start..<position])
        }
    }

    private static func endsTextRun(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "]")
    }

    /// `<name attribute="value" …>` or `<name …/>`.
    private mutating func readStartTag<Handler: XMLContentHandler>(into handler: inout Handler) throws(Malformed) {
        position += 1
        let name = try readName()
        var attributeNames: Set<ArraySlice<UInt8>> = []
        while true {
            let spaced = skipSpaces()
            if starts(with: ">") {
                position += 1
                try open(name, into: &handler)
                return
            }
            if starts(with: "/>") {
                position += 2
                try open(name, into: &handler)
                try close(into: &handler)
                return
            }
            guard spaced else { throw Malformed() }
            let attribute = bytes[try readName()]
            guard attributeNames.insert(attribute).inserted else { throw Malformed() }
            skipSpaces()
            try expect("=")
            skipSpaces()
            _ = try readQuoted(allowingReferences: true)
        }
    }

    /// `</name>`, which must name the innermost open element.
    private mutating func readEndTag<Handler: XMLContentHandler>(into handler: inout Handler) throws(Malformed) {
        position += 2
        let name = try readName()
        skipSpaces()
        try expect(">")
        guard let open = openElements.last, bytes[name].elementsEqual(bytes[open]) else { throw Malformed() }
        try close(into: &handler)
    }

    private mutating func open<Handler: XMLContentHandler>(_ name: Range<Int>, into handler: inout Handler)
        throws(Malformed)
    {
        guard openElements.count < Self.maximumDepth, handler.startElement(bytes[name]) else { throw Malformed() }
        openElements.append(name)
        text.removeAll(keepingCapacity: true)
    }

    private mutating func close<Handler: XMLContentHandler>(into handler: inout Handler) throws(Malformed) {
        guard handler.endElement(text: text[...]) else { throw Malformed() }
        openElements.removeLast()
        text.removeAll(keepingCapacity: true)
    }

    // MARK: Pieces

    /// A `Name`, returned as its position in `bytes`.
    private mutating func readName() throws(Malformed) -> Range<Int> {
        let start = position
        while position < bytes.count {
            // The input was checked as UTF-8 up front, so decoding cannot fail here.
            guard let (scalar, length) = XMLCharacterClass.decodeUTF8(bytes, at: position) else { throw Malformed() }
            let fits = position == start ? XMLCharacterClass.isNameStart(scalar) : XMLCharacterClass.isNameChar(scalar)
            guard fits else { break }
            position += length
        }
        guard position > start else { throw Malformed() }
        return start..<position
    }

    /// A value in single or double quotes (without `<`; references checked when allowed), as its position.
    private mutating func readQuoted(allowingReferences: Bool) throws(Malformed) -> Range<Int> {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
        else { throw Malformed() }
        let quote = bytes[position]
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != quote {
            switch bytes[position] {
            case UInt8(ascii: "<"):
                throw Malformed()
            case UInt8(ascii: "&"):
                guard allowingReferences else { throw Malformed() }
                _ = try readReference()
            default:
                position += 1
            }
        }
        guard position < bytes.count else { throw Malformed() }
        position += 1
        return start..<(position - 1)
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` or `&#xNN;`: the character it stands for.
    private mutating func readReference() throws(Malformed) -> UInt32 {
        position += 1
        guard !starts(with: "#") else { return try readCharacterReference() }
        let name = bytes[try readName()]
        try expect(";")
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return 0x26
        case "lt": return 0x3C
        case "gt": return 0x3E
        case "quot": return 0x22
        case "apos": return 0x27
        default: throw Malformed()
        }
    }

    private mutating func readCharacterReference() throws(Malformed) -> UInt32 {
        position += 1
        let radix: UInt32 = starts(with: "x") ? 16 : 10
        if radix == 16 { position += 1 }
        var value: UInt32 = 0
        let start = position
        while position < bytes.count, let digit = Self.digit(bytes[position], radix: radix) {
            value = min(value * radix + digit, 0x11_0000)  // past any scalar: stays invalid, never overflows
            position += 1
        }
        guard position > start else { throw Malformed() }
        try expect(";")
        guard XMLCharacterClass.isChar(value) else { throw Malformed() }
        return value
    }

    private static func digit(_ byte: UInt8, radix: UInt32) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// `<![CDATA[…]]>`: its content is text as it stands.
    private mutating func readCDATA() throws(Malformed) {
        position += 9
        while !starts(with: "]]>") {
            guard position < bytes.count else { throw Malformed() }
            if bytes[position] == UInt8(ascii: "\r") {
                appendLineEnd()
            } else {
                text.append(bytes[position])
                position += 1
            }
        }
        position += 3
    }

    /// `<!-- … -->`, with no `--` inside.
    private mutating func skipComment() throws(Malformed) {
        position += 4
        while !starts(with: "--") {
            guard position < bytes.count else { throw Malformed() }
            position += 1
        }
        position += 2
        try expect(">")
    }

    /// `<?target …?>`; the target `xml` (in any case) is reserved for the declaration at the very start.
    private mutating func skipProcessingInstruction() throws(Malformed) {
        position += 2
        let target = String(decoding: bytes[try readName()], as: UTF8.self)
        guard target.lowercased() != "xml" else { throw Malformed() }
        if starts(with: "?>") {
            position += 2
            return
        }
        guard skipSpaces() else { throw Malformed() }
        while !starts(with: "?>") {
            guard position < bytes.count else { throw Malformed() }
            position += 1
        }
        position += 2
    }

    /// CR LF or a lone CR, as one LF (XML's end-of-line handling).
    private mutating func appendLineEnd() {
        position += 1
        if starts(with: "\n") { position += 1 }
        text.append(UInt8(ascii: "\n"))
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while position < bytes.count, XMLCharacterClass.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    private func starts(with literal: String) -> Bool {
        var index = position
        for byte in literal.utf8 {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    private mutating func expect(_ literal: String) throws(Malformed) {
        guard starts(with: literal) else { throw Malformed() }
        position += literal.utf8.count
    }
}
