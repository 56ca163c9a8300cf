import AWSServices
@testable import Emulator
import Foundation
import Testing

/// `--state-file`: acknowledged changes survive a restart, lifecycles resume from their timestamps, and a bad
/// file is refused without being touched.
@Suite("Emulator state file")
struct StateFileTests {
    static func temporaryPath() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pdash-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("state.json").path
    }

    @Test func acknowledgedChangesSurviveARestart() async throws {
        let path = try Self.temporaryPath()
        let solution = EmulatorHarness.solutionArn("similar-items")
        let clock = ManualClock(Date())
        var configuration = EmulatorConfiguration(stateFile: path)
        configuration.clock = clock.function
        let first = try await EmulatorHarness.start(configuration)
        let client = try first.personalize(clock: clock.function)
        let arn = try #require(try await client.createSolutionVersion(CreateSolutionVersionRequest(solutionArn: solution)).solutionVersionArn)
        let versionsBefore = try await client.listSolutionVersions(ListSolutionVersionsRequest(solutionArn: solution, maxResults: 2))
        await first.server.stop()

        clock.advance(by: 20)
        let second = try await EmulatorHarness.start(configuration)
        defer { Task { await second.server.stop() } }
        let again = try second.personalize(clock: clock.function)
        let version = try await again.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: arn)).solutionVersion
        #expect(version?.status == "CREATE IN_PROGRESS", "the lifecycle resumed from its timestamps")
        clock.advance(by: 120)
        #expect(try await again.describeSolutionVersion(DescribeSolutionVersionRequest(solutionVersionArn: arn)).solutionVersion?.status == "ACTIVE")
        // A page token handed out before the restart still works after it.
        let token = try #require(versionsBefore.nextToken)
        #expect(await awsError {
            _ = try await again.listSolutionVersions(ListSolutionVersionsRequest(solutionArn: solution, nextToken: token, maxResults: 2))
        } == nil)
    }

    @Test func aCorruptFileIsRefusedAndLeftAsItIs() async throws {
        let path = try Self.temporaryPath()
        for garbage in ["", "{\"format\": \"something-else\"}", "not json at all", "{\"format\":\"pdash-emulator-state\",\"version\":1}"] {
            try Data(garbage.utf8).write(to: URL(fileURLWithPath: path))
            await #expect(throws: StateFileError.self) { _ = try await EmulatorServer.start(EmulatorConfiguration(stateFile: path)) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(garbage.utf8))
        }
        do {
            _ = try await EmulatorServer.start(EmulatorConfiguration(stateFile: path))
        } catch let error as StateFileError {
            #expect(error.description.contains(path))
            #expect(error.description.contains("corrupt"))
        }
    }

    @Test func twoEmulatorsCannotShareAFile() async throws {
        let path = try Self.temporaryPath()
        let first = try await EmulatorServer.start(EmulatorConfiguration(stateFile: path))
        await #expect(throws: StateFileError.inUse(path: path)) { _ = try await EmulatorServer.start(EmulatorConfiguration(stateFile: path)) }
        await first.stop()
        let second = try await EmulatorServer.start(EmulatorConfiguration(stateFile: path))
        await second.stop()
    }

    @Test func writesAreAtomicReplacements() throws {
        let path = try Self.temporaryPath()
        let world = DemoSeed.world(start: Date(timeIntervalSince1970: 1_800_000_000))
        let state = EmulatorState(world: world, temporaryCredentials: [:], tokenKey: [1, 2, 3], clock: EmulatorClock.Setting())
        try StateFile.write(state, to: path)
        #expect(try StateFile.load(path) == state)
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
    }
}
