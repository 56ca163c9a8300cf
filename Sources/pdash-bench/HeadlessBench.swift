import Foundation

/// Items 1 and 3: one listing of every version, as a process from exec to exit, by pdash, the AWS CLI and a
/// boto3 script. Rounds interleave the three so that a burst of load on the machine hits them alike; every
/// run's output is checked to hold all the versions.
enum HeadlessBench {
    struct Figures {
        var wall: [String: Double] = [:]
        var peakRSSMB: [String: Double] = [:]
        var cpu: [String: Double] = [:]
    }

    static let tools = ["pdash", "aws", "boto3"]

    /// Lists the benchmark solution of `emulator` `runs` times with each tool (after one unmeasured warm-up
    /// each) and returns the medians.
    static func measure(_ tools: Tools, emulator: EmulatorChild, runs: Int) throws -> Figures {
        let commands: [String: [String]] = [
            "pdash": tools.pdashList(emulator.endpoint),
            "aws": tools.awsList(emulator.endpoint),
            "boto3": tools.boto3List(emulator.endpoint),
        ]
        var samples: [String: [Child.Usage]] = [:]
        for round in 0...runs {
            for name in Self.tools {
                let (usage, output) = try Child.run(commands[name] ?? [], environment: tools.environment)
                guard usage.status == 0 else { throw BenchError("\(name) exited \(usage.status)") }
                let listed = count("\"solutionVersionArn\"", in: output)
                guard listed == emulator.versions else {
                    throw BenchError("\(name) listed \(listed) versions, not \(emulator.versions)")
                }
                if round > 0 { samples[name, default: []].append(usage) }
            }
        }
        var figures = Figures()
        for (name, runs) in samples {
            figures.wall[name] = Stats.median(runs.map(\.wall))
            figures.peakRSSMB[name] = Stats.median(runs.map(\.peakRSSMB))
            figures.cpu[name] = Stats.median(runs.map(\.cpu))
        }
        return figures
    }

    /// Occurrences of `needle` in `data`.
    static func count(_ needle: String, in data: Data) -> Int {
        let pattern = Array(needle.utf8)
        var found = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            guard bytes.count >= pattern.count else { return }
            var index = 0
            while index <= bytes.count - pattern.count {
                if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    found += 1
                    index += pattern.count
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    /// Item 1's row: cold start to a listing of 100 versions.
    static func coldStartRow(_ figures: Figures, runs: Int) -> ReportRow {
        let pdash = figures.wall["pdash"] ?? 0, aws = figures.wall["aws"] ?? 0, boto3 = figures.wall["boto3"] ?? 0
        let ratio = aws / max(pdash, 1e-9)
        return ReportRow(
            item: "Cold start, `list solution-versions` (100 versions), exec to exit, median of \(runs)",
            pdash: "\(pdash.ms) (peak RSS \((figures.peakRSSMB["pdash"] ?? 0).fixed()) MB)", peers: "aws CLI \(aws.ms); boto3 \(boto3.ms)",
            ratio: "\(ratio.fixed())x vs aws CLI; \((boto3 / max(pdash, 1e-9)).fixed())x vs boto3",
            goal: "≥ 5x faster than the AWS CLI", met: ratio >= 5)
    }

    /// Item 3's row: all 10,000 versions, wall time and peak RSS.
    static func fullListingRow(_ figures: Figures, runs: Int) -> ReportRow {
        let wall = figures.wall, rss = figures.peakRSSMB
        let pdash = wall["pdash"] ?? 0, boto3 = wall["boto3"] ?? 0
        let ratio = boto3 / max(pdash, 1e-9)
        let pdashRSS = rss["pdash"] ?? 0
        func peer(_ name: String, _ label: String) -> String {
            "\(label) \((wall[name] ?? 0).ms), \((rss[name] ?? 0).fixed()) MB, \((figures.cpu[name] ?? 0).fixed(2)) CPU-s"
        }
        return ReportRow(
            item: "Full listing, 10,000 versions (100 pages) as JSON, wall time and peak RSS, median of \(runs)",
            pdash: "\(pdash.ms), \(pdashRSS.fixed()) MB, \((figures.cpu["pdash"] ?? 0).fixed(2)) CPU-s", peers: "\(peer("aws", "aws CLI")); \(peer("boto3", "boto3"))",
            ratio: "\(ratio.fixed())x vs boto3; \(((wall["aws"] ?? 0) / max(pdash, 1e-9)).fixed())x vs aws CLI; RSS \(((rss["boto3"] ?? 0) / max(pdashRSS, 1e-9)).fixed())x less than boto3",
            goal: "≥ 3x faster than boto3, peak RSS < 50 MB", met: ratio >= 3 && pdashRSS < 50)
    }
}
