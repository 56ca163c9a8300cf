// libFuzzer entry for the Query-protocol XML reader (Sources/AWSCore/Query/XMLValues.swift, XMLReader.swift and
// XMLCharacterClass.swift), compiled by .ci/fuzz with those files alone. Any bytes must read or give nil, never
// crash or hang; what reads must give non-empty trimmed values under non-empty paths, and writing those values
// back out as a document (one element per path, each value after its children) must read back to the same.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXMLValues(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let read = XMLValues(Data(bytes: data, count: size)) else { return 0 }
    for (key, value) in read.values {
        precondition(!value.isEmpty && value == value.trimmingCharacters(in: .whitespacesAndNewlines), "untrimmed value")
        precondition(!key.unicodeScalars.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty },
                     "empty path step in \(key.debugDescription)")
    }
    guard !read.values.isEmpty else { return 0 }
    let document = Data(ValueTree(read.values).document.utf8)
    guard let again = XMLValues(document) else {
        // Only the key budget may refuse the rewrite (it can be smaller than the input, with the same keys).
        let keyBytes = read.values.keys.reduce(0) { $0 + $1.utf8.count }
        precondition(keyBytes > XMLValues.keyBytesPerInputByte * document.count, "the rewrite does not read")
        return 0
    }
    precondition(again == read, "the rewrite reads differently")
    return 0
}

/// The paths of a set of values as a tree of elements, to write them back out as one document.
private final class ValueTree {
    var children: [String: ValueTree] = [:]
    var value: String?

    init() {}

    convenience init(_ values: [String: String]) {
        self.init()
        for (key, value) in values {
            var node = self
            for step in key.unicodeScalars.split(separator: "/") {  // by scalar, as the reader spells names
                let name = String(step)
                if let child = node.children[name] {
                    node = child
                } else {
                    let child = ValueTree()
                    node.children[name] = child
                    node = child
                }
            }
            node.value = value
        }
    }

    /// The one root and everything under it; every name gets a prefix (a local name need not start a name).
    var document: String {
        precondition(children.count == 1, "values of more than one root")
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        for (name, child) in children {
            // A name of colons alone has no local part and is kept whole; any other gets the prefix `p:`.
            let tag = name.unicodeScalars.allSatisfy { $0 == ":" } ? name : "p:" + name
            out += "<\(tag)>"
            child.write(into: &out)
            if let value = child.value {
                // A CR as it stands would read back as LF.
                out += XMLText.escape(value).unicodeScalars.map { $0 == "\r" ? "&#13;" : String($0) }.joined()
            }
            out += "</\(tag)>"
        }
    }
}
