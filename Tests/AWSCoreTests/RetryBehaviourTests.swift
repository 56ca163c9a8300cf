import AWSCore
import Foundation
import Hummingbird
import Synchronization
import Testing

@Suite struct RetryQuotaTests {
    @Test func retriesDrainTheBucketAndSuccessesRefillIt() {
        var quota = RetryQuota()
        var retries = 0
        while quota.acquire(afterTimeout: false) != nil { retries += 1 }
        #expect(retries == 100, "500 tokens at 5 a retry")
        #expect(quota.acquire(afterTimeout: true) == nil)
        quota.recordSuccess(retryCost: 0)
        #expect(quota.available == 1)
        quota.recordSuccess(retryCost: 10)
        #expect(quota.available == 11)
        var full = RetryQuota()
        full.recordSuccess(retryCost: 0)
        #expect(full.available == RetryQuota.capacity, "never above capacity")
    }

    @Test func maxAttemptsComesFromTheEnvironmentThenTheProfile() throws {
        #expect(try RetryPolicy.configured(environment: ["AWS_MAX_ATTEMPTS": "5"], profile: nil).maxAttempts == 5)
        #expect(try RetryPolicy.configured(environment: [:], profile: nil).maxAttempts == 3)
        #expect(throws: CredentialError.self) { try RetryPolicy.configured(environment: ["AWS_MAX_ATTEMPTS": "zero"], profile: nil) }
    }
}

/// The JSON 1.1 client's retry loop against a loopback server that misbehaves on purpose.
@Suite("retries over loopback", .serialized)
struct RetryBehaviourTests {
    struct Empty: Codable, Sendable {}

    func client(_ url: String, timeout: Duration = .seconds(5)) throws -> JSON11Client {
        JSON11Client(
            service: .personalize, endpoint: try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: url),
            credentials: StaticCredentialProvider(accessKeyId: "AKID", secretAccessKey: "s"),
            retryPolicy: RetryPolicy(maxAttempts: 3, maximumBackoff: 0.05), timeout: timeout)
    }

    @Test func throttlingIsRetriedUntilItClears() async throws {
        let calls = Mutex(0)
        let server = try await LoopbackServer { _ in
            let call = calls.withLock { value -> Int in value += 1; return value }
            return call < 3 ? (400, #"{"__type":"ThrottlingException","message":"Rate exceeded"}"#) : (200, "{}")
        }
        let _: Empty = try await client(server.url).send("ListSolutions", Empty(), idempotent: true)
        #expect(calls.withLock { $0 } == 3)
    }

    @Test func clientErrorsAreNotRetried() async throws {
        let calls = Mutex(0)
        let server = try await LoopbackServer { _ in
            calls.withLock { $0 += 1 }
            return (400, #"{"__type":"InvalidInputException","message":"bad"}"#)
        }
        await #expect(throws: AWSServiceError.self) {
            let _: Empty = try await client(server.url).send("ListSolutions", Empty(), idempotent: true)
        }
        #expect(calls.withLock { $0 } == 1)
    }

    @Test func aCreateWhoseAnswerIsLostIsNotRetriedButReportedAsUnknown() async throws {
        let calls = Mutex(0)
        let server = try await LoopbackServer { _ in
            calls.withLock { $0 += 1 }
            try? await Task.sleep(for: .seconds(3))
            return (200, "{}")
        }
        do {
            let _: Empty = try await client(server.url, timeout: .milliseconds(300)).send("CreateSolutionVersion", Empty(), idempotent: false)
            Issue.record("expected the outcome to be unknown")
        } catch let error as OutcomeUnknownError {
            #expect(error.operation == "CreateSolutionVersion")
        }
        #expect(calls.withLock { $0 } == 1, "never sent twice")
    }

    @Test func aCreateIsRetriedWhenTheServiceSaysItWasThrottled() async throws {
        let calls = Mutex(0)
        let server = try await LoopbackServer { _ in
            let call = calls.withLock { value -> Int in value += 1; return value }
            return call == 1 ? (400, #"{"__type":"LimitExceededException","message":"slow down"}"#) : (200, "{}")
        }
        let _: Empty = try await client(server.url).send("CreateSolutionVersion", Empty(), idempotent: false)
        #expect(calls.withLock { $0 } == 2)
    }

    @Test func aRefusedConnectionIsRetriedThenReported() async throws {
        do {
            let _: Empty = try await client("http://127.0.0.1:9").send("CreateSolutionVersion", Empty(), idempotent: false)
            Issue.record("expected a transport error")
        } catch let error as TransportError {
            #expect(!error.mayHaveBeenSent, "a refused connection sent nothing: \(error)")
        }
    }
}
