/// A tiny chart of a series in block characters (▁▂▃▄▅▆▇█), scaled from the series' minimum to its maximum.
public enum Sparkline {
    /// The eight bar heights, lowest first.
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// What a flat series (or a single point) shows: no change, so the middle height.
    public static let flat: Character = "▄"

    /// One block per value of the last `limit` values, oldest first. Values that are not finite show as a space and
    /// do not count for the scale.
    public static func render(_ values: [Double], limit: Int = 24) -> String {
        String(bars(values, limit: limit))
    }

    /// The blocks of `render`, one `Character` per point.
    public static func bars(_ values: [Double], limit: Int = 24) -> [Character] {
        let points = values.suffix(max(limit, 0))
        let finite = points.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return points.map { _ in " " } }
        let span = high - low
        return points.map { value in
            guard value.isFinite else { return " " }
            guard span > 0, span.isFinite else { return flat }
            let position = ((value - low) / span * Double(blocks.count - 1)).rounded()
            return blocks[min(max(Int(position), 0), blocks.count - 1)]
        }
    }
}
