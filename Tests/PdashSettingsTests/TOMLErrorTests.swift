import Testing
@testable import PdashSettings

/// Syntax errors and unsupported TOML: each names the line, and the key when there is one.
@Suite("TOML subset: errors")
struct TOMLErrorTests {
    let file = TestSupport.file

    /// The description of the error parsing `text` as a bare TOML document.
    func failure(_ text: String) -> String? {
        do {
            _ = try TOMLDocument.parse(text, file: file)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func duplicateKeyInOneTable() {
        let error = TestSupport.error("[refresh]\nactive = 5\n\nactive = 6")
        #expect(error == ConfigError(file: file, line: 4, key: "refresh.active", message: "duplicate key (first set on line 2)"))
        #expect(error?.description == "\(file):4: key 'refresh.active': duplicate key (first set on line 2)")
    }

    @Test func sameKeyInDifferentTablesIsFine() {
        #expect(TestSupport.document("region = \"eu-west-1\"\n[profiles.a]\nregion = \"us-east-1\"\n[profiles.b]\nregion = \"us-east-1\"") != nil)
    }

    @Test func duplicateTableHeader() {
        #expect(failure("[refresh]\nactive = 5\n[keys]\n[refresh]")
            == "\(file):4: duplicate table [refresh] (first defined on line 1)")
        #expect(failure("[profiles.\"prod\"]\n[profiles.prod]")
            == "\(file):2: duplicate table [profiles.prod] (first defined on line 1)", "quoted and bare spellings are the same table")
    }

    @Test func keyAndTableWithTheSameName() {
        #expect(failure("[a]\nb = 1\n[a.b]") == "\(file):3: table [a.b] clashes with key 'a.b' set on line 2")
        #expect(failure("[a.b]\n[a]\nb = 1") == "\(file):3: key 'a.b': key clashes with table [a.b] on line 1")
    }

    @Test(arguments: [
        ("v = \"\"\"\nmulti\n\"\"\"", "key 'v': unsupported TOML: multi-line strings (\"\"\"...\"\"\")"),
        ("v = '''x'''", "key 'v': unsupported TOML: multi-line literal strings ('''...''')"),
        ("v = { a = 1 }", "key 'v': unsupported TOML: inline tables ({...})"),
        ("v = 1979-05-27", "key 'v': unsupported TOML: dates and times"),
        ("v = 1979-05-27T07:32:00Z", "key 'v': unsupported TOML: dates and times"),
        ("v = 07:32:00", "key 'v': unsupported TOML: dates and times"),
        ("v = inf", "key 'v': unsupported TOML: inf and nan"),
        ("v = -nan", "key 'v': unsupported TOML: inf and nan"),
        ("v = 0xFF", "key 'v': unsupported TOML: hexadecimal, octal and binary integers"),
        ("v = [[1], [2]]", "key 'v': unsupported TOML: nested arrays"),
        ("v = [\n1,\n]", "key 'v': unsupported TOML: arrays must open and close on the same line"),
        ("v = [1, 2", "key 'v': unsupported TOML: arrays must open and close on the same line"),
        ("v = [1, # note", "key 'v': unsupported TOML: arrays must open and close on the same line"),
        ("a.b = 1", "unsupported TOML: dotted keys (put the key under a [table] header instead)"),
        ("[[profiles]]", "unsupported TOML: arrays of tables ([[...]])"),
    ])
    func unsupportedSyntaxIsNamedOnItsLine(text: String, expected: String) {
        #expect(failure("# header comment\n" + text) == "\(file):2: \(expected)")
    }

    @Test(arguments: [
        ("v = fast", "key 'v': invalid value 'fast': strings must be quoted, like \"fast\""),
        ("v = \"open", "key 'v': unterminated string"),
        ("v = 'open", "key 'v': unterminated string"),
        ("v = \"bad \\q escape\"", "key 'v': invalid escape '\\q' in string"),
        ("v = \"\\u12\"", "key 'v': invalid unicode escape: expected 4 hex digits naming a valid character"),
        ("v = \"\\uD800\"", "key 'v': invalid unicode escape: expected 4 hex digits naming a valid character"),
        ("v = 007", "key 'v': invalid number '007': leading zeros are not allowed"),
        ("v = 1__0", "key 'v': invalid number '1__0'"),
        ("v = _1", "key 'v': invalid number '_1'"),
        ("v = 1.", "key 'v': invalid number '1.'"),
        ("v = .5", "key 'v': invalid number '.5'"),
        ("v = 1e", "key 'v': invalid number '1e'"),
        ("v = 99999999999999999999", "key 'v': integer '99999999999999999999' is out of range"),
        ("v = 1 2", "key 'v': unexpected text after value: '2'"),
        ("v = \"a\" \"b\"", "key 'v': unexpected text after value: '\"b\"'"),
        ("v =", "key 'v': missing value"),
        ("v = # nothing", "key 'v': missing value"),
        ("v 5", "key 'v': expected '=' after the key"),
        ("= 5", "expected a key, found '='"),
        ("v = [1 2]", "key 'v': expected ',' or ']' in array"),
        ("v = [,]", "key 'v': expected a value, found ',]'"),
        ("[refresh", "invalid table header: expected '.' or ']'"),
        ("[refresh] extra", "unexpected text after table header: 'extra'"),
        ("[]", "expected a key, found ']'"),
    ])
    func syntaxErrorsNameLineAndKey(text: String, expected: String) {
        #expect(failure("\n" + text) == "\(file):2: \(expected)")
    }

    @Test func firstErrorWins() {
        #expect(failure("ok = 1\nbad = nope\nworse = \"\"\"") == "\(file):2: key 'bad': invalid value 'nope': strings must be quoted, like \"nope\"")
    }

    @Test func errorsInsideTablesNameTheFullKeyPath() {
        #expect(failure("[profiles.\"my prof\"]\nregion = {}")
            == "\(file):2: key 'profiles.\"my prof\".region': unsupported TOML: inline tables ({...})")
    }
}
