import Foundation
import Testing
@testable import Emulator

/// Keyset paging of long lists: the page of newest items after a position, whether ordered by a full sort (short
/// lists) or by the sorted window (thousands of candidates), is exactly the full sort's page.
@Suite("Emulator keyset pages")
struct PageSlicerTests {
    struct Item: Equatable {
        var created: Date
        var arn: String
    }

    func expectedPage(_ items: [Item], after position: PageTokenCodec.Position?, size: Int) -> [Item] {
        let ordered = items.sorted { $0.created != $1.created ? $0.created > $1.created : $0.arn > $1.arn }
        let rest = ordered.filter { item in
            guard let position else { return true }
            return item.created != position.created ? item.created < position.created : item.arn < position.arn
        }
        return Array(rest.prefix(size))
    }

    @Test(arguments: [0, 1, 99, 100, 101, 399, 400, 401, 2_500])
    func everyPageEqualsTheFullSortsPage(count: Int) {
        var generator = SystemRandomNumberGenerator()
        // Few distinct instants, so ties (broken by ARN) are common.
        let items = (0..<count).map { index in
            Item(created: Date(timeIntervalSince1970: Double(Int.random(in: 0...(count / 3 + 1), using: &generator))),
                 arn: "arn:v/\(String(index, radix: 16))")
        }
        for size in [1, 7, 100] where count / size < 400 {
            var position: PageTokenCodec.Position?
            var seen = 0
            repeat {
                let (page, last) = PageSlicer.page(items, position: position, size: size, created: \.created, tiebreak: \.arn)
                #expect(page == expectedPage(items, after: position, size: size), "count \(count), size \(size), after \(seen)")
                seen += page.count
                position = last
                if last != nil { #expect(page.count == size) }
            } while position != nil
            #expect(seen == count, "count \(count), size \(size)")
        }
    }
}
