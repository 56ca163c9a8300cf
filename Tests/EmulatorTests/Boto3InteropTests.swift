import Emulator
import Foundation
import Testing

/// boto3, an AWS SDK we did not write, talks to `pdash emulator` as it would to AWS.
@Suite("boto3 against the emulator")
struct Boto3InteropTests {
    static let script = #"""
import json, sys
import boto3
from botocore.exceptions import ClientError
endpoint = sys.argv[1]
def client(key, secret):
    return boto3.client("personalize", endpoint_url=endpoint, region_name="eu-west-1",
                        aws_access_key_id=key, aws_secret_access_key=secret)
good = client("pdash-demo", "pdash-demo-secret")
solutions = [s["solutionArn"] for s in good.list_solutions()["solutions"]]
arn = "arn:aws:personalize:eu-west-1:111122223333:solution/user-personalization-v2"
pages = list(good.get_paginator("list_solution_versions").paginate(
    solutionArn=arn, PaginationConfig={"PageSize": 3}))
versions = [v for p in pages for v in p["solutionVersions"]]
limited = good.get_paginator("list_solution_versions").paginate(
    solutionArn=arn, PaginationConfig={"MaxItems": 4, "PageSize": 3}).build_full_result()
errors = {}
for name, c in [("bad_secret", client("pdash-demo", "wrong")), ("unknown_key", client("AKIDNOBODY", "x"))]:
    try:
        c.list_solution_versions(solutionArn=arn)
        errors[name] = None
    except ClientError as e:
        errors[name] = [e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]]
try:
    good.list_solution_versions(solutionArn=arn + "-missing")
except ClientError as e:
    errors["missing"] = [e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]]
print(json.dumps({
    "solutions": solutions, "pages": len(pages), "versions": len(versions),
    "statuses": sorted({v["status"] for v in versions}),
    "first_created_is_datetime": hasattr(versions[0]["creationDateTime"], "year"),
    "limited": len(limited["solutionVersions"]), "limited_token": "NextToken" in limited,
    "errors": errors}))
"""#

    struct Report: Decodable {
        var solutions: [String]
        var pages: Int
        var versions: Int
        var statuses: [String]
        var first_created_is_datetime: Bool
        var limited: Int
        var limited_token: Bool
        var errors: [String: [JSONValue]?]
    }

    enum JSONValue: Decodable, Equatable {
        case string(String), number(Int)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .string(try container.decode(String.self)) }
        }
    }

    @Test func boto3ListsPaginatesAndSeesAWSErrors() async throws {
        let server = try await EmulatorServer.start()
        defer { Task { await server.stop() } }
        let output = try await Python.run(script: Self.script, arguments: [server.endpointURL])
        let report = try JSONDecoder().decode(Report.self, from: Data(output.utf8))
        #expect(report.solutions.contains("arn:aws:personalize:eu-west-1:111122223333:solution/user-personalization-v2"))
        #expect(report.versions >= 8)
        #expect(report.pages == (report.versions + 2) / 3)
        #expect(report.statuses.contains("ACTIVE"))
        #expect(report.statuses.contains("CREATE FAILED"))
        #expect(report.first_created_is_datetime)
        #expect(report.limited == 4)
        #expect(report.limited_token)
        #expect(report.errors["bad_secret"] == [.string("InvalidSignatureException"), .number(403)])
        #expect(report.errors["unknown_key"] == [.string("UnrecognizedClientException"), .number(403)])
        #expect(report.errors["missing"] == [.string("ResourceNotFoundException"), .number(400)])
    }
}

/// Runs python3 with a script; fails the test with stderr when python or boto3 is missing.
enum Python {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func run(script: String, arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        var environment = ProcessInfo.processInfo.environment
        for key in ["AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"] {
            environment[key] = nil
        }
        environment["AWS_CONFIG_FILE"] = "/dev/null"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Blocking reads run on their own threads: blocking Swift's small cooperative pool would starve the
        // emulator that the script is talking to.
        let (outData, errData) = await withCheckedContinuation { continuation in
            Thread {
                let group = DispatchGroup()
                nonisolated(unsafe) var errData = Data()
                group.enter()
                Thread {
                    errData = stderr.fileHandleForReading.readDataToEndOfFile()
                    group.leave()
                }.start()
                let outData = stdout.fileHandleForReading.readDataToEndOfFile()
                group.wait()
                process.waitUntilExit()
                continuation.resume(returning: (outData, errData))
            }.start()
        }
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python3 exited \(process.terminationStatus) (is boto3 installed? pip install boto3): "
                + String(decoding: errData, as: UTF8.self))
        }
        return String(decoding: outData, as: UTF8.self)
    }
}
