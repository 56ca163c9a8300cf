import AWSCore
import AWSServices
import Dashboard
import Emulator
import Foundation
import Testing

/// The lists besides the versions, loaded by the store from the emulator over loopback HTTP.
@Suite("DashboardStore: jobs, campaigns, images")
struct StoreListsTests {
    static let region = "us-east-1"

    func makeStore(_ server: EmulatorServer, solution: String, refresh: TimeInterval = 1) throws -> DashboardStore {
        func client(_ service: AWSServiceDescriptor) throws -> JSON11Client {
            JSON11Client(
                service: service, endpoint: try AWSEndpoint(service: service, region: Self.region, customURL: server.endpointURL),
                credentials: StaticCredentialProvider(
                    accessKeyId: EmulatorConfiguration.demoAccessKeyId, secretAccessKey: EmulatorConfiguration.demoSecretAccessKey),
                retryPolicy: RetryPolicy(maxAttempts: 1))
        }
        let services = PersonalizeDashboardServices(
            personalize: PersonalizeClient(client: try client(.personalize)), sagemaker: SageMakerClient(client: try client(.sagemaker)), pageSize: 2)
        let state = DashboardState(
            connection: ConnectionInfo(endpoint: server.endpointURL, region: Self.region, isCustomEndpoint: true), now: Date(),
            solutionArn: "arn:aws:personalize:\(Self.region):111122223333:solution/\(solution)", refreshInterval: refresh)
        return DashboardStore(initial: state, services: services)
    }

    @Test func jobsOfTheSolutionAndTheCampaignsThatMarkLiveVersions() async throws {
        let server = try await EmulatorServer.start()
        defer { Task { await server.stop() } }
        let store = try makeStore(server, solution: "user-personalization-v2")
        let running = Task { await store.run() }
        defer { running.cancel() }
        let solution = "arn:aws:personalize:\(Self.region):111122223333:solution/user-personalization-v2"

        let live = try #require(await first(store, timeout: 20) { !$0.liveVersions.isEmpty })
        #expect(live.liveVersions == ["\(solution)/6a0b91de": ["homepage-recs"]], "DescribeCampaign says which version it serves")

        store.send(.nextPane)
        store.send(.toggleJobScope)
        let jobs = try #require(await first(store, timeout: 20) { state in
            state.navigation.jobScope == .allVersions && state.list(.inferenceJobs).isComplete && !state.list(.inferenceJobs).isLoading
        })
        let names = Set(jobs.list(.inferenceJobs).items.map(\.name))
        #expect(names == ["nightly-recs-2026-11-21", "nightly-recs-2026-11-22", "adhoc-recs-live"], "pages of 2, all of them, only this solution's")

        store.send(.focusNext)
        store.send(.moveToTop)
        let described = try #require(await first(store, timeout: 20) { state in
            guard let arn = state.list(.inferenceJobs).selected?.arn else { return false }
            return state.details.resources[arn] != nil
        })
        let selected = try #require(described.list(.inferenceJobs).selected)
        guard case let .inferenceJob(job)? = described.details.resources[selected.arn] else {
            Issue.record("no DescribeBatchInferenceJob for \(selected.arn)")
            return
        }
        #expect(job.jobInput?.s3DataSource?.path?.hasPrefix("s3://") == true)
        #expect(job.roleArn != nil)
        store.send(.quit)
        await running.value
    }

    @Test func imageVersionsFollowTheChosenImageAndItsSortOrder() async throws {
        let server = try await EmulatorServer.start()
        defer { Task { await server.stop() } }
        let store = try makeStore(server, solution: "user-personalization-v2")
        let running = Task { await store.run() }
        defer { running.cancel() }
        _ = await first(store, timeout: 20) { $0.versions.isComplete }

        store.send(.openImages)
        let images = try #require(await first(store, timeout: 20) { $0.list(.images).isComplete && !$0.list(.images).items.isEmpty })
        let image = try #require(images.list(.images).items.first { $0.name == "recs-feature-pipeline" })
        store.send(.pickerChosen(.images, arn: image.arn, name: image.name, at: Date()))
        let versions = try #require(await first(store, timeout: 20) { state in
            state.navigation.imageName == image.name && state.list(.imageVersions).isComplete && !state.list(.imageVersions).isLoading
        })
        #expect(versions.navigation.lowerPane == .imageVersions)
        let newestFirst = versions.list(.imageVersions).items.compactMap(\.note)
        #expect(newestFirst.count >= 2)

        var query = ImageVersionQuery()
        query.sortBy = "VERSION"
        query.sortOrder = "ASCENDING"
        let wanted = query
        store.send(.imageVersionQueryChanged(wanted, at: Date()))
        let ascending = try #require(await first(store, timeout: 20) { state in
            state.navigation.imageVersionQuery == wanted && state.list(.imageVersions).isComplete && !state.list(.imageVersions).isLoading
        })
        let numbers = ascending.list(.imageVersions).items.compactMap { Int($0.note?.dropFirst() ?? "") }
        #expect(numbers == numbers.sorted() && numbers.count == newestFirst.count, "ListImageVersions SortBy=VERSION ASCENDING: \(numbers)")
        store.send(.quit)
        await running.value
    }

    @Test func aThrottledListBacksOffShowsItAndRecovers() async throws {
        let server = try await EmulatorServer.start(EmulatorConfiguration(control: true))
        defer { Task { await server.stop() } }
        let response = try await AsyncHTTPClientTransport().send(HTTPRequestData(
            method: "POST", url: server.endpointURL + "/_emulator/faults", headers: [("Content-Type", "application/json")],
            body: Array(#"{"operation": "ListBatchSegmentJobs", "fault": "throttle", "count": 2}"#.utf8)), timeout: .seconds(5))
        #expect(response.status == 200)
        let store = try makeStore(server, solution: "item-affinity-segments")
        let running = Task { await store.run() }
        defer { running.cancel() }
        store.send(.toggleJobScope)

        let throttled = try #require(await first(store, timeout: 20) { $0.list(.segmentJobs).lastError != nil })
        #expect(throttled.isThrottled)
        #expect(throttled.list(.segmentJobs).nextRetryAt != nil)
        let recovered = try #require(await first(store, timeout: 30) { state in
            state.list(.segmentJobs).phase == .complete && !state.list(.segmentJobs).items.isEmpty
        })
        #expect(recovered.list(.segmentJobs).consecutiveFailures == 0)
        #expect(recovered.list(.segmentJobs).items.allSatisfy { $0.solutionVersionArn?.hasPrefix(recovered.solutionArn! + "/") == true })
        #expect(recovered.list(.segmentJobs).items.count == 4)
        store.send(.quit)
        await running.value
    }
}
