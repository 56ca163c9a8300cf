import Foundation
import Testing
@testable import PdashSettings

/// The session file: per-scope memories, atomic owner-only writes, and corrupt files that are simply forgotten.
@Suite("session file")
struct SessionFileTests {
    let memory = SessionMemory(profile: "prod", region: "us-east-1",
                               solutionArn: "arn:aws:personalize:us-east-1:111122223333:solution/s",
                               pane: "campaigns", savedAt: Date(timeIntervalSince1970: 1_750_000_000))

    @Test func defaultPathRules() {
        #expect(SessionFile.defaultPath(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/u"]) == "/state/pdash/session.json")
        #expect(SessionFile.defaultPath(environment: ["XDG_STATE_HOME": "state", "HOME": "/home/u"]) == "/home/u/.local/state/pdash/session.json")
        #expect(SessionFile.defaultPath(environment: ["HOME": "/home/u/"]) == "/home/u/.local/state/pdash/session.json")
        #expect(SessionFile.defaultPath(environment: [:]) == NSHomeDirectory() + "/.local/state/pdash/session.json")
    }

    @Test func saveThenLoadRoundTrips() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let file = SessionFile(path: directory + "/session.json")
        try file.save(memory, scope: "aws")
        #expect(file.load(scope: "aws") == memory)
        #expect(SessionFile(path: directory + "/session.json").load(scope: "aws") == memory, "a fresh instance reads it back")
        let cleared = SessionMemory(profile: "dev")
        try file.save(cleared, scope: "aws")
        #expect(file.load(scope: "aws") == cleared, "saving again replaces the scope's record")
        #expect(!FileManager.default.fileExists(atPath: directory + "/session.json.tmp"), "no temporary file is left behind")
    }

    @Test func missingFileOrScopeLoadsNothing() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let file = SessionFile(path: directory + "/none/session.json")
        #expect(file.load(scope: "aws") == nil)
        try file.save(memory, scope: "aws")
        #expect(file.load(scope: "demo") == nil)
    }

    @Test func createsMissingDirectoriesOwnerOnly() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let path = directory + "/state/pdash/session.json"
        try SessionFile(path: path).save(memory, scope: "aws")
        #expect(try TestSupport.mode(path) == 0o600)
        #expect(try TestSupport.mode(directory + "/state/pdash") == 0o700)
        #expect(try TestSupport.mode(directory + "/state") == 0o700)
    }

    @Test func rewritingKeepsTheFileOwnerOnly() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let path = directory + "/session.json"
        try "{}".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try "stale".write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: path + ".tmp")
        try SessionFile(path: path).save(memory, scope: "aws")
        #expect(try TestSupport.mode(path) == 0o600)
        #expect(SessionFile(path: path).load(scope: "aws") == memory)
    }

    @Test(arguments: ["", "not json", "{\"version\":1}", "{\"version\":2,\"scopes\":{}}", "{\"version\":1,\"scopes\":{\"aws\":{\"profile\":5}}}", "[1,2]"])
    func corruptFileLoadsNothingAndIsReplacedOnSave(contents: String) throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let path = directory + "/session.json"
        try contents.write(toFile: path, atomically: false, encoding: .utf8)
        let file = SessionFile(path: path)
        #expect(file.load(scope: "aws") == nil)
        try file.save(memory, scope: "aws")
        #expect(file.load(scope: "aws") == memory)
    }

    @Test func scopesAreKeptSeparate() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let file = SessionFile(path: directory + "/session.json")
        let demo = SessionMemory(profile: nil, region: "us-east-1", solutionArn: "arn:aws:personalize:us-east-1:000000000000:solution/demo",
                                 pane: "versions", savedAt: Date(timeIntervalSince1970: 1_750_000_100))
        try file.save(memory, scope: "aws")
        try file.save(demo, scope: "demo")
        #expect(file.load(scope: "aws") == memory)
        #expect(file.load(scope: "demo") == demo)
        try file.save(SessionMemory(pane: "images"), scope: "demo")
        #expect(file.load(scope: "aws") == memory, "saving the demo leaves the AWS memory alone")
    }

    @Test func fileIsVersionedJSONKeyedByScope() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        let path = directory + "/session.json"
        try SessionFile(path: path).save(SessionMemory(profile: "p", savedAt: Date(timeIntervalSince1970: 0)), scope: "aws")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        #expect(json?["version"] as? Int == 1)
        let aws = (json?["scopes"] as? [String: Any])?["aws"] as? [String: Any]
        #expect(aws?["profile"] as? String == "p")
        #expect(aws?["savedAt"] as? String == "1970-01-01T00:00:00Z")
    }

    @Test func saveFailsWhenTheDirectoryCannotBeMade() throws {
        let directory = try TestSupport.temporaryDirectory()
        defer { TestSupport.remove(directory) }
        try "a file".write(toFile: directory + "/blocker", atomically: false, encoding: .utf8)
        let file = SessionFile(path: directory + "/blocker/session.json")
        #expect(throws: SessionFile.SaveError(description: "cannot save the session: \(directory)/blocker is not a directory")) {
            try file.save(memory, scope: "aws")
        }
        #expect(file.load(scope: "aws") == nil)
    }
}
