import AWSServices
import Dashboard
import Foundation

/// Enter on an item: the inspector, full screen (between the header and the status line).
struct InspectorScreen {
    var theme: Theme
    var time: TimeText

    func draw(_ state: DashboardState, item: InspectedItem, scroll: Int, _ screen: inout Screen, top: Int, bottom: Int) {
        let subject: InspectorSubject
        switch item {
        case let .version(arn): subject = .version(arn: arn)
        case let .resource(kind, arn): subject = .resource(kind: kind, arn: arn)
        }
        screen.scrollPosition = Inspector(theme: theme, time: time).draw(state, subject: subject, scroll: scroll, into: &screen, top: top, bottom: bottom)
    }
}
