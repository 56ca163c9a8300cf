import Foundation

/// The programs measured, resolved once: pdash (the release binary next to this one), the AWS CLI and python3
/// (past pyenv's shims when there are any, so the peers are not charged for a shell script in front of them).
struct Tools: Sendable {
    var pdash: String
    var aws: String
    var python: String
    /// A scratch directory for config and state, so nobody's ~/.aws or pdash session changes a figure.
    var scratch: String

    static func resolve() throws -> Tools {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let pdash = directory.appendingPathComponent("pdash").path
        guard FileManager.default.isExecutableFile(atPath: pdash) else {
            throw BenchError("no pdash next to pdash-bench (\(pdash)): swift build -c release --product pdash")
        }
        let scratch = NSTemporaryDirectory() + "pdash-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        return Tools(pdash: pdash, aws: unshimmed("aws"), python: unshimmed("python3"), scratch: scratch)
    }

    /// `pyenv which NAME` when pyenv is there, else NAME (found in PATH at spawn).
    private static func unshimmed(_ name: String) -> String {
        guard let result = try? Child.run(["pyenv", "which", name]), result.0.status == 0 else { return name }
        let path = String(decoding: result.1, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? name : path
    }

    /// The environment every child gets: demo credentials, a region, no pager, no user config.
    var environment: [String: String] {
        [
            "AWS_ACCESS_KEY_ID": "pdash-demo", "AWS_SECRET_ACCESS_KEY": "pdash-demo-secret",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1", "AWS_PAGER": "",
            "AWS_CONFIG_FILE": scratch + "/aws-config", "AWS_SHARED_CREDENTIALS_FILE": scratch + "/aws-credentials",
            "XDG_CONFIG_HOME": scratch + "/config", "XDG_STATE_HOME": scratch + "/state",
            "LANG": "C.UTF-8", "TERM": "xterm-256color",
        ]
    }

    /// `pdash list solution-versions` of the benchmark solution as the AWS CLI's JSON.
    func pdashList(_ endpoint: String) -> [String] {
        [pdash, "list", "solution-versions", "--solution-arn", EmulatorChild.solutionArn, "--endpoint-url", endpoint,
         "--region", "us-east-1", "--output", "json", "--page-size", "100"]
    }

    /// The same with the AWS CLI (auto-pagination).
    func awsList(_ endpoint: String) -> [String] {
        [aws, "personalize", "list-solution-versions", "--solution-arn", EmulatorChild.solutionArn, "--endpoint-url", endpoint,
         "--region", "us-east-1", "--output", "json", "--page-size", "100"]
    }

    /// The same with boto3's paginator, printed as JSON.
    func boto3List(_ endpoint: String) -> [String] {
        [python, "-c", Self.boto3Script, endpoint, EmulatorChild.solutionArn]
    }

    static let boto3Script = #"""
import json, sys
import boto3
endpoint, solution = sys.argv[1], sys.argv[2]
client = boto3.client("personalize", endpoint_url=endpoint, region_name="us-east-1")
items = []
for page in client.get_paginator("list_solution_versions").paginate(
        solutionArn=solution, PaginationConfig={"PageSize": 100}):
    items.extend(page["solutionVersions"])
print(json.dumps({"solutionVersions": items}, indent=4, default=str))
"""#

    func remove() { try? FileManager.default.removeItem(atPath: scratch) }
}
