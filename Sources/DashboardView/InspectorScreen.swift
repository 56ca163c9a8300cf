import AWSServices
import Dashboard
import Foundation

/// Enter on an item: the inspector, full screen.
struct InspectorScreen {
    var theme: Theme
    var time: TimeText

    func draw(_ state: DashboardState, item: InspectedItem, scroll: Int, _ screen: inout Screen, top: Int, bottom: Int) {
        Box.draw(&screen, top: top, bottom: bottom, title: " Inspector · ↑↓ PgUp PgDn scroll · Esc back ", theme: theme.withFocusBorder)
        if case let .version(arn) = item, state.selectedArn == arn {
            DetailsPane(theme: theme, time: time).draw(state, &screen, top: top, bottom: bottom)
        }
    }
}
