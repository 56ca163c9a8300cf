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
    @Test func noKeyIsBoundTwice() {
        let keys = KeyMap.standard.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func everyActionHasAKey() {
        let bound = Set(KeyMap.standard.bindings.map(\.action))
        #expect(bound == Set(UserAction.allCases))
    }

    @Test(arguments: [
        (Key.character("j"), UserAction.moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp),
        (.pageDown, .pageDown), (.pageUp, .pageUp), (.character("g"), .moveToTop), (.character("G"), .moveToBottom),
        (.character("q"), .quit), (.character("r"), .refresh),
    ])
    func dispatchesFromTheTable(key: Key, action: UserAction) {
        #expect(KeyMap.standard.action(for: key) == action)
    }

    @Test func footerIsGeneratedFromTheTable() {
        let footer = KeyMap.standard.footerHints.map { "\($0.keys) \($0.label)" }
        #expect(footer.contains("↑↓/jk move"))
        #expect(footer.contains("q quit"))
        let custom = KeyMap(bindings: [KeyBinding(keys: [.character("x")], action: .quit, label: "leave", help: "Leave")])
        #expect(custom.footerHints.map(\.label) == ["leave"])
    }
}
