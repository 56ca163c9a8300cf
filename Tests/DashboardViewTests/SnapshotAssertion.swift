import Foundation
import Testing

/// Compares text with `Snapshots/NAME.txt` beside this file. Set PDASH_RECORD_SNAPSHOTS=1 to (re)write the files.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["PDASH_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); check it and run again", sourceLocation: sourceLocation)
        return
    }
    if expected != text + "\n" {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = (text + "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        Issue.record("""
            snapshot \(name) differs at line \(firstDifference + 1):
            expected: \(firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>")
            actual:   \(firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>")
            (PDASH_RECORD_SNAPSHOTS=1 re-records)
            """, sourceLocation: sourceLocation)
    }
}
