import Dashboard
import DashboardView
import Testing

@Suite struct TextWidthTests {
    @Test(arguments: [("abc", 3), ("日本語", 6), ("e\u{301}", 1), ("●", 1), ("🙂", 2), ("", 0)])
    func measuresDisplayColumns(text: String, width: Int) {
        #expect(TextWidth.of(text) == width)
    }

    @Test func truncatesByColumnsWithAnEllipsis() {
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(TextWidth.truncate("日本語テキスト", to: 5) == "日本…")
        #expect(TextWidth.truncate("abc", to: 3) == "abc")
        #expect(TextWidth.fit("ab", to: 4) == "ab  ")
    }

    @Test func wideCharactersNeverSplitAtTheEdge() {
        var screen = Screen(rows: 1, columns: 5)
        screen.put("ab日本", row: 0, column: 0)
        #expect(screen.text == "ab日")
        screen.put("x", row: 0, column: 3)
        #expect(screen.text == "ab x", "overwriting half of a wide character blanks the other half")
    }

    @Test func wrapsWordsByWidth() {
        #expect(TextWrap.lines("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("x", width: 0) == [])
    }
}

@Suite struct KeyMapTests {
    @Test(arguments: KeyContext.allCases)
    func noKeyIsBoundTwiceInOneContext(context: KeyContext) {
        let keys = KeyMap.standard.bindings.filter { $0.context == context }.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func everyActionHasAKey() {
        let bound = Set(KeyMap.standard.bindings.map(\.action))
        #expect(bound == Set(UserAction.allCases))
    }

    /// The keys the TUI issue names are a contract.
    @Test(arguments: [
        (Key.character("j"), UserAction.moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp),
        (.character("h"), .previousPane), (.left, .previousPane), (.character("l"), .nextPane), (.right, .nextPane),
        (.pageDown, .pageDown), (.pageUp, .pageUp), (.character("g"), .moveToTop), (.character("G"), .moveToBottom),
        (.tab, .focusNext), (.backTab, .focusPrevious), (.enter, .choose), (.escape, .back),
        (.character("t"), .train), (.character("x"), .stop), (.character("r"), .refresh), (.character("p"), .togglePause),
        (.character("/"), .startFilter), (.character("s"), .cycleSort), (.character("S"), .reverseSort),
        (.character(":"), .openPalette), (.character("y"), .copyArn), (.character("o"), .copyConsoleURL),
        (.character("?"), .help), (.character("q"), .quit),
    ])
    func dispatchesFromTheTable(key: Key, action: UserAction) {
        #expect(KeyMap.standard.action(for: key) == action)
    }

    @Test func dialogsAndTextLinesHaveTheirOwnKeys() {
        #expect(KeyMap.standard.action(for: .character("y"), in: .dialog) == .answerYes)
        #expect(KeyMap.standard.action(for: .character("n"), in: .dialog) == .answerNo)
        #expect(KeyMap.standard.action(for: .backspace, in: .text) == .deleteBackward)
        #expect(KeyMap.standard.action(for: .tab, in: .text) == .complete)
        #expect(KeyMap.standard.action(for: .character("q"), in: .text) == nil, "letters are typed on the text line")
    }

    @Test func footerIsGeneratedFromTheTableAndHidesMutationsWhenReadOnly() {
        let footer = KeyMap.standard.footerHints().map { "\($0.keys) \($0.label)" }
        #expect(footer.contains("↑↓/jk move"))
        #expect(footer.contains("q quit"))
        #expect(footer.contains("t train"))
        let readOnly = KeyMap.standard.footerHints(readOnly: true).map(\.label)
        #expect(!readOnly.contains("train") && !readOnly.contains("stop"))
        let custom = KeyMap(bindings: [KeyBinding(keys: [.character("x")], action: .quit, label: "leave", help: "Leave")])
        #expect(custom.footerHints().map(\.label) == ["leave"])
    }

    @Test func aConfigOverrideMovesTheKeyAndFreesItElsewhere() {
        let map = KeyMap.standard.rebinding(.train, to: .character("T"))
        #expect(map.action(for: .character("T")) == .train)
        #expect(map.action(for: .character("t")) == nil)
        let stolen = KeyMap.standard.rebinding(.train, to: .character("x"))
        #expect(stolen.action(for: .character("x")) == .train)
        #expect(!stolen.bindings.contains { $0.action == .stop && $0.keys.contains(.character("x")) })
    }
}
