import Testing
@testable import PdashSettings

/// The `[keys]` table: file order kept, only known actions, only valid key specs, no key bound twice.
@Suite("key overrides")
struct KeyOverrideTests {
    let file = TestSupport.file

    @Test func keepFileOrderAndLines() throws {
        let config = try TestSupport.parse("[keys]\nstop = \"X\"\n# gap\ntrain = \"T\"\nhelp = \"?\"")
        #expect(config.keys.map(\.action) == ["stop", "train", "help"])
        #expect(config.keys.map(\.key) == ["X", "T", "?"])
        #expect(config.keys.map(\.line) == [2, 4, 5])
    }

    @Test func specFormsAreNormalised() throws {
        let config = try TestSupport.parse("[keys]\ntrain = \"Enter\"\nstop = \"Ctrl-R\"\nrefresh = \"pgdn\"\nquit = \"q\"")
        #expect(config.keys.map(\.spec) == [.named(.enter), .control("r"), .named(.pgdn), .character("q")])
        #expect(config.keys.map(\.key) == ["enter", "ctrl-r", "pgdn", "q"])
    }

    @Test func everyNamedKeyParses() {
        for named in KeySpec.NamedKey.allCases {
            #expect(KeySpec(parsing: named.rawValue) == .named(named))
        }
        #expect(KeySpec.NamedKey.allCases.map(\.rawValue) == ["up", "down", "left", "right", "pgup", "pgdn", "home", "end", "enter", "esc", "tab"])
    }

    @Test func characterCaseIsKept() {
        #expect(KeySpec(parsing: "T") == .character("T"))
        #expect(KeySpec(parsing: "t") == .character("t"))
        #expect(KeySpec(parsing: "é") == .character("é"))
    }

    @Test(arguments: ["", " ", "TT", "ctrl-", "ctrl-1", "ctrl-ab", "ctrl-é", "shift-x", "\t", "space", "pageup"])
    func invalidSpecsAreRejected(text: String) {
        #expect(KeySpec(parsing: text) == nil)
    }

    @Test func badSpecNamesTheForms() {
        #expect(TestSupport.error("[keys]\n\ntrain = \"ctrl-1\"")?.description == "\(file):3: key 'keys.train': must be a key: a single character, "
            + "one of up down left right pgup pgdn home end enter esc tab, or ctrl-LETTER; got \"ctrl-1\"")
        #expect(TestSupport.error("[keys]\ntrain = 5")?.message.hasSuffix("; got 5") == true)
    }

    @Test func unknownActionListsKnownOnesAndSuggests() {
        #expect(TestSupport.error("[keys]\ntrian = \"T\"")?.description
            == "\(file):2: key 'keys.trian': unknown action (known: help, quit, refresh, stop, train); did you mean 'train'?")
        #expect(TestSupport.error("[keys]\nlaunch = \"L\"")?.description
            == "\(file):2: key 'keys.launch': unknown action (known: help, quit, refresh, stop, train)")
        #expect(TestSupport.error("[keys]\ntrain = \"T\"", actions: [])?.message == "unknown action (known: none)")
    }

    @Test func theSameKeyForTwoActionsIsAnError() {
        #expect(TestSupport.error("[keys]\ntrain = \"T\"\nstop = \"T\"")?.description
            == "\(file):3: key 'keys.stop': \"T\" is already bound to 'train' on line 2")
        #expect(TestSupport.error("[keys]\ntrain = \"Enter\"\nstop = \"enter\"")?.message == "\"enter\" is already bound to 'train' on line 2")
        #expect(throws: Never.self) { try TestSupport.parse("[keys]\ntrain = \"T\"\nstop = \"t\"") }
    }

    @Test func duplicateActionIsADuplicateKey() {
        #expect(TestSupport.error("[keys]\ntrain = \"T\"\ntrain = \"Y\"")
            == ConfigError(file: file, line: 3, key: "keys.train", message: "duplicate key (first set on line 2)"))
    }
}
