import AWSCore
import Foundation
import Testing

/// XMLText.escape must give an element body that any XML parser (XMLValues among them) reads back, whatever the
/// text: the emulator's STS echoes client input (a role ARN, an action name) in its error messages.
@Suite struct XMLTextTests {
    func readBack(_ text: String) -> String? {
        XMLValues(Data("<Error><Message>x\(XMLText.escape(text))x</Message></Error>".utf8))?.value("Error/Message")
    }

    @Test(arguments: [
        ("a < b & c > \"d\" 'e'", "a < b & c > \"d\" 'e'"),
        // A combining mark after a markup character makes one Character, but the markup character is still there.
        ("a<\u{301}b", "a<\u{301}b"), ("&\u{301}amp;", "&\u{301}amp;"), ("\"\u{301}", "\"\u{301}"),
        // Characters XML 1.0 forbids even as references become U+FFFD; tab and line feed stay.
        ("role\u{15}\u{0}name", "role\u{FFFD}\u{FFFD}name"), ("\u{FFFE}\u{FFFF}", "\u{FFFD}\u{FFFD}"), ("a\tb\nc", "a\tb\nc"),
        // A raw carriage return would be read as a line feed.
        ("a\rb\r\nc", "a\rb\r\nc"),
        ("Küche — 台所用品 🙂", "Küche — 台所用品 🙂"),
    ])
    func anyTextReadsBack(text: String, expected: String) {
        #expect(readBack(text) == "x" + expected + "x")
    }
}
