import AWSSigV4
import Foundation

/// Opaque, tamper-proof `nextToken`s: the position after the last item returned (keyset paging, so pages stay
/// stable while new items appear), bound to the operation and query that produced it, and MAC'd with a server key.
struct PageTokenCodec: Sendable {
    /// The sort key of the last item of a page: newest first, ties broken by ARN.
    struct Position: Sendable, Equatable {
        var created: Date
        var arn: String
    }

    var key: [UInt8]

    func encode(_ position: Position, query: String) -> String {
        // Date stores seconds since 2001; going through 1970 could change the last bit and break keyset paging.
        let time = String(position.created.timeIntervalSinceReferenceDate.bitPattern, radix: 16)
        let payload = Array("1\n\(query)\n\(time)\n\(position.arn)".utf8)
        let mac = Array(SigV4Hash.hmac(key: key, payload).prefix(16))
        return Self.base64URL(payload) + "." + Self.base64URL(mac)
    }

    /// The position in `token`, or nil when the token is forged, damaged or belongs to another query.
    func decode(_ token: String, query: String) -> Position? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let payload = Self.fromBase64URL(String(parts[0])),
              let mac = Self.fromBase64URL(String(parts[1])),
              mac == Array(SigV4Hash.hmac(key: key, payload).prefix(16))
        else { return nil }
        let fields = String(decoding: payload, as: UTF8.self).split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, fields[0] == "1", fields[1] == query, let bits = UInt64(fields[2], radix: 16) else { return nil }
        return Position(created: Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits)), arn: String(fields[3]))
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func fromBase64URL(_ text: String) -> [UInt8]? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64).map { Array($0) }
    }
}

/// One page of a newest-first list, given an optional token position and a page size.
enum PageSlicer {
    static func page<Item>(
        _ items: [Item], position: PageTokenCodec.Position?, size: Int, key: (Item) -> PageTokenCodec.Position
    ) -> (items: [Item], last: PageTokenCodec.Position?) {
        page(items, position: position, size: size, created: { key($0).created }, tiebreak: { key($0).arn })
    }

    /// The same, for long lists: `created` is cheap, `tiebreak` (the ARN) is only built for items created at the
    /// same instant and for the page's last item.
    static func page<Item>(
        _ items: [Item], position: PageTokenCodec.Position?, size: Int, created: (Item) -> Date, tiebreak: (Item) -> String
    ) -> (items: [Item], last: PageTokenCodec.Position?) {
        // Indices, not items, are filtered and sorted: items can be large structs.
        let (indices, last) = pageIndices(
            Array(items.indices), position: position, size: size,
            created: { created(items[$0]) }, tiebreak: { tiebreak(items[$0]) })
        return (indices.map { items[$0] }, last)
    }

    /// The page as positions among `candidates`, items known only by their index: nothing is copied but the page.
    /// Only the page is ordered in full; the rest is merely kept out of it.
    static func pageIndices(
        _ candidates: [Int], position: PageTokenCodec.Position?, size: Int,
        created: (Int) -> Date, tiebreak: (Int) -> String
    ) -> (indices: [Int], last: PageTokenCodec.Position?) {
        // Each candidate's time is read once; comparisons then work on plain numbers (ARNs only for ties).
        typealias Keyed = (time: Double, index: Int)
        func precedes(_ lhs: Keyed, _ rhs: Keyed) -> Bool {
            lhs.time != rhs.time ? lhs.time > rhs.time : tiebreak(lhs.index) > tiebreak(rhs.index)
        }
        let after = position.map { (time: $0.created.timeIntervalSinceReferenceDate, arn: $0.arn) }
        var keyed: [Keyed] = []
        keyed.reserveCapacity(candidates.count)
        for index in candidates {
            let time = created(index).timeIntervalSinceReferenceDate
            if let after, time != after.time ? time > after.time : tiebreak(index) >= after.arn { continue }
            keyed.append((time, index))
        }
        let more = keyed.count > size
        var page: [Keyed]
        if keyed.count <= size * 4 {
            keyed.sort(by: precedes)
            page = Array(keyed.prefix(size))
        } else {
            // Newest `size` of many: keep a sorted window instead of sorting thousands of positions per page.
            page = []
            page.reserveCapacity(size + 1)
            for candidate in keyed {
                if page.count == size, let oldest = page.last, !precedes(candidate, oldest) { continue }
                let at = page.partitioningIndex { precedes(candidate, $0) }
                page.insert(candidate, at: at)
                if page.count > size { page.removeLast() }
            }
        }
        let last = more ? page.last.map { PageTokenCodec.Position(created: created($0.index), arn: tiebreak($0.index)) } : nil
        return (page.map(\.index), last)
    }

    /// Newest first; equal times ordered by ARN descending.
    static func isBefore(_ lhs: PageTokenCodec.Position, _ rhs: PageTokenCodec.Position) -> Bool {
        lhs.created != rhs.created ? lhs.created > rhs.created : lhs.arn > rhs.arn
    }
}

extension Array {
    /// The first index whose element satisfies `belongsAfter`, in an array partitioned by it (binary search).
    fileprivate func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if belongsAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
