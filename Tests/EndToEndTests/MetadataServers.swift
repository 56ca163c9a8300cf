import AWSCore
import Foundation

/// A loopback stand-in for the ECS container credentials endpoint and EC2 instance metadata (IMDSv2), written in
/// Python so the built `pdash` binary can be pointed at it. It hands out the emulator's demo keys.
final class MetadataServer {
    let url: String
    private let pid: Int32

    static let script = #"""
import http.server, json, sys
KEYS = {"AccessKeyId": "pdash-demo", "SecretAccessKey": "pdash-demo-secret", "Token": "", "Expiration": "2099-01-01T00:00:00Z"}
class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args): pass
    def reply(self, status, body):
        data = body.encode()
        self.send_response(status); self.send_header("Content-Length", str(len(data))); self.end_headers(); self.wfile.write(data)
    def do_PUT(self):
        if self.path == "/latest/api/token" and self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
            self.reply(200, "imds-token")
        else:
            self.reply(400, "")
    def do_GET(self):
        if self.path == "/container-creds":
            ok = self.headers.get("Authorization") == "Bearer container-token"
            self.reply(200 if ok else 401, json.dumps({k: v for k, v in KEYS.items() if v}) if ok else "")
        elif self.headers.get("X-aws-ec2-metadata-token") != "imds-token":
            self.reply(401, "")
        elif self.path == "/latest/meta-data/iam/security-credentials/":
            self.reply(200, "BastionRole")
        elif self.path == "/latest/meta-data/iam/security-credentials/BastionRole":
            self.reply(200, json.dumps(dict(KEYS, Code="Success", Token=None)))
        elif self.path == "/latest/meta-data/placement/region":
            self.reply(200, "ap-southeast-2")
        else:
            self.reply(404, "")
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""#

    init() throws {
        let log = NSTemporaryDirectory() + "pdash-metadata-\(UUID().uuidString).log"
        let scriptFile = NSTemporaryDirectory() + "pdash-metadata-\(UUID().uuidString).py"
        try Self.script.write(toFile: scriptFile, atomically: true, encoding: .utf8)
        let result = try ChildProcess.run(["sh", "-c", "python3 '\(scriptFile)' > '\(log)' 2>&1 & echo $!"])
        pid = Int32(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let deadline = Date().addingTimeInterval(15)
        var port = ""
        while Date() < deadline {
            port = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !port.isEmpty, Int(port) != nil { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard Int(port) != nil else {
            kill(pid, SIGTERM)
            throw TmuxSession.Failure(description: "the metadata stand-in did not start: \(port)")
        }
        url = "http://127.0.0.1:\(port)"
    }

    deinit { kill(pid, SIGTERM) }
}
