import Foundation

/// The same paging loop in boto3, run by python3 in a child process, as a yardstick for the numbers above.
enum Boto3Baseline {
    struct Result: Decodable {
        var pages: Int
        var rate: Double
    }

    static let script = #"""
import json, sys, time
import boto3
endpoint, solution, seconds, size = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
client = boto3.client("personalize", endpoint_url=endpoint, region_name="us-east-1",
                      aws_access_key_id="pdash-demo", aws_secret_access_key="pdash-demo-secret")
client.list_solution_versions(solutionArn=solution, maxResults=size)
pages, token, start = 0, None, time.monotonic()
while time.monotonic() - start < seconds:
    kwargs = {"solutionArn": solution, "maxResults": size}
    if token:
        kwargs["nextToken"] = token
    token = client.list_solution_versions(**kwargs).get("nextToken")
    pages += 1
print(json.dumps({"pages": pages, "rate": pages / (time.monotonic() - start)}))
"""#

    /// Blocking: call it from a thread of its own (`Blocking.run`).
    static func run(endpoint: String, solution: String, seconds: Double, pageSize: Int, python: String = "python3") throws -> Result {
        let (usage, output) = try Child.run([python, "-c", script, endpoint, solution, String(seconds), String(pageSize)])
        guard usage.status == 0 else {
            throw BenchError("python3 exited \(usage.status) (is boto3 installed?)")
        }
        return try JSONDecoder().decode(Result.self, from: output)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
