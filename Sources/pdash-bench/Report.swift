import Foundation

/// Medians, percentiles and the printed table.
enum Stats {
    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    /// Nearest-rank percentile; 0 for no values.
    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((Double(sorted.count) * p).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}

/// One line of the results table.
struct ReportRow: Sendable {
    var item: String
    var pdash: String
    var peers: String
    var ratio: String
    var goal: String
    /// nil when the item has no goal (a reference figure).
    var met: Bool?

    var verdict: String { met.map { $0 ? "met" : "MISSED" } ?? "-" }
}

/// The results table as Markdown, which reads well in a terminal too.
struct Report {
    var rows: [ReportRow] = []
    var notes: [String] = []

    var markdown: String {
        var lines = ["| # | item | pdash | peer(s) | ratio | goal | met? |", "|---|---|---|---|---|---|---|"]
        for (index, row) in rows.enumerated() {
            lines.append("| \(index + 1) | \(row.item) | \(row.pdash) | \(row.peers) | \(row.ratio) | \(row.goal) | \(row.verdict) |")
        }
        return lines.joined(separator: "\n")
    }
}

/// What the numbers were measured on.
enum Machine {
    static func describe() -> String {
        var parts: [String] = []
        var name = utsname()
        uname(&name)
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        parts.append("\(text(name.sysname)) \(text(name.release)) \(text(name.machine))")
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let model = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = model.firstIndex(of: ":") {
            parts.append(model[model.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        parts.append("\(ProcessInfo.processInfo.activeProcessorCount) cores")
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        parts.append(String(format: "%.0f GiB RAM", memory))
        if let load = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) {
            parts.append("load \(load.split(separator: " ").prefix(3).joined(separator: " ")) at start")
        }
        return parts.joined(separator: ", ")
    }

    /// The first line of `arguments`' output, for tool versions.
    static func version(_ arguments: [String]) -> String {
        guard let result = try? Child.run(arguments) else { return "unknown" }
        return String(decoding: result.1, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "unknown"
    }
}

extension Double {
    /// "12.3 ms" from seconds.
    var ms: String { String(format: self < 0.01 ? "%.2f ms" : "%.1f ms", self * 1000) }
    /// "x.y" with one decimal.
    func fixed(_ digits: Int = 1) -> String { String(format: "%.\(digits)f", self) }
}
