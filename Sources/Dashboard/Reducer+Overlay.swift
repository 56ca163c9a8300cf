import AWSServices
import Foundation

/// The keyboard's other screens: inspector, help, palette, filter line, dialogs; and the item actions (copy
/// the ARN, the console URL).
func handleOverlay(_ action: UserAction, _ state: inout DashboardState) -> [DashboardEffect]? {
    if state.dialog != nil { return handleDialog(action, &state) }
    switch state.navigation.overlay {
    case let .inspector(item, scroll)?:
        switch action {
        case .moveUp: state.navigation.overlay = .inspector(item, scroll: max(scroll - 1, 0))
        case .moveDown: state.navigation.overlay = .inspector(item, scroll: scroll + 1)
        case .pageUp: state.navigation.overlay = .inspector(item, scroll: max(scroll - state.versions.viewportRows, 0))
        case .pageDown: state.navigation.overlay = .inspector(item, scroll: scroll + state.versions.viewportRows)
        case .moveToTop: state.navigation.overlay = .inspector(item, scroll: 0)
        case .moveToBottom: state.navigation.overlay = .inspector(item, scroll: Int.max / 2)
        case .back, .choose: state.navigation.overlay = nil
        default: return nil
        }
        return []
    case let .help(scroll)?:
        switch action {
        case .moveUp: state.navigation.overlay = .help(scroll: max(scroll - 1, 0))
        case .moveDown: state.navigation.overlay = .help(scroll: scroll + 1)
        case .pageUp: state.navigation.overlay = .help(scroll: max(scroll - state.versions.viewportRows, 0))
        case .pageDown: state.navigation.overlay = .help(scroll: scroll + state.versions.viewportRows)
        case .quit: return nil
        default: state.navigation.overlay = nil
        }
        return []
    case let .palette(text, selected)?:
        let count = Palette.completions(for: text, in: state).count
        switch action {
        case .moveUp: state.navigation.overlay = .palette(text: text, selected: max(selected - 1, 0))
        case .moveDown:
            state.navigation.overlay = .palette(text: text, selected: min(selected + 1, max(count - 1, 0)))
        case .complete:
            let completions = Palette.completions(for: text, in: state)
            if completions.indices.contains(selected) {
                state.navigation.overlay = .palette(text: completions[selected] + (completions[selected].contains(" ") ? "" : " "), selected: 0)
            }
        case .deleteBackward:
            state.navigation.overlay = .palette(text: String(text.dropLast()), selected: 0)
        case .back: state.navigation.overlay = nil
        case .choose:
            state.navigation.overlay = nil
            let completions = Palette.completions(for: text, in: state)
            // Enter on a highlighted completion of an unfinished word runs that completion.
            let line = Palette.parse(text) == .empty || !completions.indices.contains(selected) || text.hasSuffix(" ")
                ? text : completions[selected]
            return runPalette(line, &state)
        default: break
        }
        return []
    case let .filter(text)?:
        switch action {
        case .deleteBackward:
            state.navigation.overlay = .filter(text: String(text.dropLast()))
            return reduceNavigation(&state, .filterChanged(text: String(text.dropLast()), at: state.now))
        case .choose:
            // Keep the filter, leave the input line.
            state.navigation.overlay = nil
            return []
        case .back:
            state.navigation.overlay = nil
            return reduceNavigation(&state, .filterChanged(text: "", at: state.now))
        case .moveUp, .moveDown, .pageUp, .pageDown:
            return nil
        default:
            return []
        }
    case nil:
        return nil
    }
}

/// Characters typed into the palette or the filter line.
func reduceTyped(_ text: String, _ state: inout DashboardState) -> [DashboardEffect] {
    switch state.navigation.overlay {
    case let .palette(current, _)?:
        state.navigation.overlay = .palette(text: current + text, selected: 0)
        // Completing solution or image names needs their lists.
        let line = current + text
        for (command, kind) in [("solution ", ResourceKind.solutions), ("image ", .images)] where line.hasPrefix(command) {
            if !state.list(kind).isComplete && !state.list(kind).isLoading, let effect = beginListLoad(&state, kind, firstPageOnly: false) {
                return [effect]
            }
        }
        return []
    case let .filter(current)?:
        state.navigation.overlay = .filter(text: current + text)
        return reduceNavigation(&state, .filterChanged(text: current + text, at: state.now))
    default:
        return []
    }
}

/// Opens the inspector, help, palette or filter line; item actions.
func openOverlay(_ action: UserAction, _ state: inout DashboardState) -> [DashboardEffect]? {
    switch action {
    case .help:
        state.navigation.overlay = .help(scroll: 0)
        return []
    case .openPalette:
        state.navigation.overlay = .palette(text: "", selected: 0)
        return []
    case .startFilter:
        state.navigation.overlay = .filter(text: focusedListQuery(state).text)
        return []
    case .train:
        return reduceAction(&state, .trainRequested(at: state.now))
    case .stop:
        return reduceAction(&state, .stopRequested(at: state.now))
    case .copyArn, .copyConsoleURL:
        guard let item = focusedItem(state) else {
            state.message = StatusMessage("Nothing selected to copy.", isError: true, at: state.now)
            return []
        }
        let arn: String
        switch item {
        case let .version(value): arn = value
        case let .resource(_, value): arn = value
        }
        let text = action == .copyArn ? arn : ConsoleURL.of(arn, region: state.connection.region)
        state.clipboard = ClipboardRequest(text: text, sequence: (state.clipboard?.sequence ?? 0) + 1)
        state.message = StatusMessage("Copied to the clipboard (OSC 52): \(text)", at: state.now)
        return []
    default:
        return nil
    }
}

/// Enter on an item: the inspector.
func inspectSelected(_ state: inout DashboardState) -> [DashboardEffect] {
    guard let item = focusedItem(state) else {
        state.message = StatusMessage("Nothing selected to inspect.", isError: true, at: state.now)
        return []
    }
    state.navigation.overlay = .inspector(item, scroll: 0)
    return []
}

/// The selected item of the focused pane (or of the versions).
func focusedItem(_ state: DashboardState) -> InspectedItem? {
    if state.navigation.focus == .lower, let kind = state.navigation.lowerPane.kind, let row = state.list(kind).selected {
        return .resource(kind, arn: row.arn)
    }
    return state.selectedArn.map { .version(arn: $0) }
}

private func focusedListQuery(_ state: DashboardState) -> ListQuery {
    if state.navigation.focus == .lower, let kind = state.navigation.lowerPane.kind { return state.list(kind).query }
    return state.versions.query
}

/// Dialog keys: ←/→ (or ↑/↓) move between the answers, Enter answers, Esc cancels; `y`/`n` answer directly.
private func handleDialog(_ action: UserAction, _ state: inout DashboardState) -> [DashboardEffect] {
    guard let dialog = state.dialog else { return [] }
    switch action {
    case .moveUp, .previousPane, .moveDown, .nextPane, .focusNext, .focusPrevious:
        let choice = state.dialogChoice == 0 ? 1 : 0
        if case let .train(_, blocked) = dialog, blocked != nil, choice == 1 {
            state.message = StatusMessage("UPDATE is not possible: \(blocked!)", isError: true, at: state.now)
            return []
        }
        state.dialogChoice = choice
        return []
    case .back, .answerNo:
        return reduceAction(&state, .dialogDismissed(at: state.now))
    case .answerYes:
        state.dialogChoice = 1
        return answerDialog(dialog, &state)
    case .choose:
        return answerDialog(dialog, &state)
    case .quit:
        return reduceAction(&state, .dialogDismissed(at: state.now))
    default:
        return []
    }
}

private func answerDialog(_ dialog: Dialog, _ state: inout DashboardState) -> [DashboardEffect] {
    switch dialog {
    case let .train(arn, _):
        let mode = state.dialogChoice == 1 ? "UPDATE" : "FULL"
        state.dialog = .confirmTrain(solutionArn: arn, mode: mode)
        return []
    case let .confirmTrain(arn, mode):
        guard state.dialogChoice == 1 else { return reduceAction(&state, .dialogDismissed(at: state.now)) }
        return reduceAction(&state, .trainConfirmed(solutionArn: arn, mode: mode, at: state.now))
    case let .stop(arn):
        guard state.dialogChoice == 1 else { return reduceAction(&state, .dialogDismissed(at: state.now)) }
        return reduceAction(&state, .stopConfirmed(solutionVersionArn: arn, at: state.now))
    }
}

/// Runs a palette line.
private func runPalette(_ line: String, _ state: inout DashboardState) -> [DashboardEffect] {
    func fail(_ text: String) -> [DashboardEffect] {
        state.message = StatusMessage(text, isError: true, at: state.now)
        return []
    }
    switch Palette.parse(line) {
    case .empty: return []
    case let .unknown(word):
        return fail("Unknown command :\(word). Commands: " + Palette.commands.map(\.name).joined(separator: ", "))
    case let .run(name, argument):
        switch (name, argument) {
        case ("solution", nil): return handleNavigation(.openSolutions, &state)
        case let ("solution", value?):
            if value.hasPrefix("arn:") {
                state.solutionName = nil
                return openSolutionEffects(&state, arn: value) + [.rememberSession(SessionPlace(state))]
            }
            guard let row = state.list(.solutions).items.first(where: { $0.name == value }) else {
                return fail("No solution named \(value) is listed here; :solution opens the picker.")
            }
            return reduceNavigation(&state, .pickerChosen(.solutions, arn: row.arn, name: row.name, at: state.now))
        case ("group", _): return handleNavigation(.openDatasetGroups, &state)
        case ("image", nil): return handleNavigation(.openImages, &state)
        case let ("image", value?):
            return reduceNavigation(&state, .pickerChosen(.images, arn: value, name: value, at: state.now))
        case ("pane", nil): return fail("Which pane? " + LowerPane.allCases.map(\.rawValue).joined(separator: ", "))
        case let ("pane", value?):
            guard let pane = LowerPane(rawValue: value.lowercased()) else {
                return fail("No pane \(value); panes: " + LowerPane.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return showPane(&state, pane)
        case ("region", nil): return handleNavigation(.openRegions, &state)
        case let ("region", value?):
            guard value.range(of: #"^[a-z]{2}(-[a-z]+)+-\d+$"#, options: .regularExpression) != nil else {
                return fail("\(value) is not a region name (like eu-west-1).")
            }
            return [.switchConnection(profile: state.connection.profile, region: value)]
        case ("profile", nil): return handleNavigation(.openProfiles, &state)
        case let ("profile", value?):
            guard state.navigation.availableProfiles.contains(value) else {
                return fail("No profile \(value) in ~/.aws/config or ~/.aws/credentials.")
            }
            return [.switchConnection(profile: value, region: nil)]
        case let ("refresh", value):
            guard let seconds = value.flatMap(Double.init), (1...3600).contains(seconds) else {
                return fail(":refresh needs seconds between 1 and 3600, like :refresh 10")
            }
            state.refreshInterval = seconds
            state.message = StatusMessage("Refreshing every \(Int(seconds)) s while anything is in flight.", at: state.now)
            return [scheduleRefresh(&state, at: state.now, after: 0)]
        case ("pause", _): return reduce(&state, .userRequested(.togglePause, at: state.now))
        case ("help", _):
            state.navigation.overlay = .help(scroll: 0)
            return []
        case ("quit", _): return reduce(&state, .userRequested(.quit, at: state.now))
        default: return fail("Unknown command :\(name)")
        }
    }
}

/// The AWS console page of an item, for `o`.
public enum ConsoleURL {
    public static func of(_ arn: String, region: String) -> String {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        let service = fields.count > 2 ? String(fields[2]) : "personalize"
        let host = region.hasPrefix("cn-") ? "console.amazonaws.cn" : "console.aws.amazon.com"
        if service == "sagemaker", fields.count == 6 {
            let parts = fields[5].split(separator: "/")
            if parts.count >= 2 { return "https://\(region).\(host)/sagemaker/home?region=\(region)#/images/\(parts[1])" }
        }
        let escaped = arn.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? arn
        return "https://\(region).\(host)/personalize/home?region=\(region)#\(escaped)"
    }
}
