import Testing
@testable import PdashSettings

/// The TOML subset: what reads, and what it reads as.
@Suite("TOML subset: accepted syntax")
struct TOMLSyntaxTests {
    @Test func basicStringsWithEscapes() {
        #expect(TestSupport.rootValue(#"v = "plain""#) == .string("plain"))
        #expect(TestSupport.rootValue(#"v = "a \"quoted\" word""#) == .string(#"a "quoted" word"#))
        #expect(TestSupport.rootValue(#"v = "back\\slash""#) == .string(#"back\slash"#))
        #expect(TestSupport.rootValue(#"v = "line\nbreak\ttab""#) == .string("line\nbreak\ttab"))
        #expect(TestSupport.rootValue(#"v = "caf\u00E9 \U0001F600""#) == .string("café 😀"))
        #expect(TestSupport.rootValue(#"v = """#) == .string(""))
        #expect(TestSupport.rootValue(##"v = "# not a comment""##) == .string("# not a comment"))
    }

    @Test func literalStringsKeepBackslashes() {
        #expect(TestSupport.rootValue(#"v = 'C:\path\n'"#) == .string(#"C:\path\n"#))
        #expect(TestSupport.rootValue(#"v = 'say "hi"'"#) == .string(#"say "hi""#))
    }

    @Test func integers() {
        #expect(TestSupport.rootValue("v = 42") == .integer(42))
        #expect(TestSupport.rootValue("v = +7") == .integer(7))
        #expect(TestSupport.rootValue("v = -15") == .integer(-15))
        #expect(TestSupport.rootValue("v = 0") == .integer(0))
        #expect(TestSupport.rootValue("v = 1_000_000") == .integer(1_000_000))
    }

    @Test func floats() {
        #expect(TestSupport.rootValue("v = 1.5") == .float(1.5))
        #expect(TestSupport.rootValue("v = -0.25") == .float(-0.25))
        #expect(TestSupport.rootValue("v = 1e3") == .float(1000))
        #expect(TestSupport.rootValue("v = 2.5E-1") == .float(0.25))
        #expect(TestSupport.rootValue("v = 6.02e+2") == .float(602))
        #expect(TestSupport.rootValue("v = 1_000.000_1") == .float(1000.0001))
    }

    @Test func booleans() {
        #expect(TestSupport.rootValue("v = true") == .boolean(true))
        #expect(TestSupport.rootValue("v = false") == .boolean(false))
    }

    @Test func oneLineArrays() {
        #expect(TestSupport.rootValue(#"v = ["a", "b"]"#) == .array([.string("a"), .string("b")]))
        #expect(TestSupport.rootValue("v = [1, 2.5, -3]") == .array([.integer(1), .float(2.5), .integer(-3)]))
        #expect(TestSupport.rootValue("v = []") == .array([]))
        #expect(TestSupport.rootValue("v = [ 'x' , 'y', ]") == .array([.string("x"), .string("y")]), "trailing comma")
    }

    @Test func commentsAndBlankLinesAreSkipped() {
        let text = """
        # a comment on its own line

           # indented comment
        v = 5   # trailing comment
        w = "x" #no space before the text
        """
        let root = TestSupport.document(text)?.table([])
        #expect(root?.entries.map(\.key) == ["v", "w"])
        #expect(root?.entry("v") == .init(key: "v", value: .integer(5), line: 4))
        #expect(root?.entry("w")?.value == .string("x"))
    }

    @Test func quotedKeys() {
        let document = TestSupport.document("\"my key\" = 1\n'lit key' = 2\n\"\" = 3\nbare-key_9 = 4")
        #expect(document?.table([])?.entries.map(\.key) == ["my key", "lit key", "", "bare-key_9"])
    }

    @Test func tableHeadersIncludingDottedAndQuoted() {
        let text = """
        top = 1
        [refresh]
        active = 5
        [profiles.prod]
        read_only = true
        [ profiles . "my prof" ]
        region = "us-east-1"
        """
        let document = TestSupport.document(text)
        #expect(document?.tables.map(\.path) == [[], ["refresh"], ["profiles", "prod"], ["profiles", "my prof"]])
        #expect(document?.tables.map(\.line) == [0, 2, 4, 6])
        #expect(document?.table(["profiles", "my prof"])?.entry("region")?.line == 7)
    }

    @Test func windowsLineEndingsAndByteOrderMark() {
        let document = TestSupport.document("\u{FEFF}a = 1\r\n[t]\r\nb = \"x\"\r\n")
        #expect(document?.table([])?.entry("a")?.value == .integer(1))
        #expect(document?.table(["t"])?.entry("b") == .init(key: "b", value: .string("x"), line: 3))
    }

    @Test func superTableMayBeDefinedAfterItsChild() {
        #expect(TestSupport.document("[profiles.prod]\n[profiles]") != nil)
    }

    @Test func dottedNamesQuoteOnlyWhatNeedsIt() {
        #expect(TOMLDocument.dottedName(["profiles", "prod", "region"]) == "profiles.prod.region")
        #expect(TOMLDocument.dottedName(["profiles", "my prof", "region"]) == #"profiles."my prof".region"#)
        #expect(TOMLDocument.dottedName(["a\"b"]) == #""a\"b""#)
    }

    @Test func valuesAreQuotedBackAsTOML() {
        #expect(TOMLValue.string("fa\"st").tomlText == #""fa\"st""#)
        #expect(TOMLValue.integer(-1).tomlText == "-1")
        #expect(TOMLValue.float(2).tomlText == "2.0")
        #expect(TOMLValue.float(0.5).tomlText == "0.5")
        #expect(TOMLValue.boolean(true).tomlText == "true")
        #expect(TOMLValue.array([.integer(1), .string("a")]).tomlText == #"[1, "a"]"#)
    }
}
