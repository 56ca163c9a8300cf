import AWSSigV4
import Foundation
import Testing

/// One case folder of the public SigV4 test suite (format: shared/sigv4-suite/SOURCE.md).
struct SigV4SuiteCase: CustomTestStringConvertible, Sendable {
    let folder: URL
    var testDescription: String { folder.lastPathComponent }

    /// The suite folder: `SIGV4_SUITE_DIR`, else `../shared/sigv4-suite` beside the repository.
    static var suiteDirectory: URL {
        if let override = ProcessInfo.processInfo.environment["SIGV4_SUITE_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/sigv4-suite")
    }

    static func all() -> [SigV4SuiteCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: suiteDirectory.path)) ?? []
        return names.sorted().compactMap { name in
            let folder = suiteDirectory.appendingPathComponent(name)
            let context = folder.appendingPathComponent("context.json").path
            return FileManager.default.fileExists(atPath: context) ? SigV4SuiteCase(folder: folder) : nil
        }
    }

    func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}

/// The context.json fields the signer needs.
struct SigV4SuiteContext: Decodable {
    struct Credentials: Decodable {
        let access_key_id: String
        let secret_access_key: String
        let token: String?
    }
    let credentials: Credentials
    let region: String
    let service: String
    let timestamp: String
    let normalize: Bool?
    let sign_body: Bool?
    let omit_session_token: Bool?
}

/// A raw HTTP/1.1 request as written in request.txt, with folded header lines kept as one value.
struct RawHTTPRequest {
    var method = ""
    var path = ""
    var query = ""
    var headers: [(name: String, value: String)] = []
    var body: [UInt8] = []

    init(_ text: String) {
        let (head, body) = Self.splitHead(text)
        self.body = Array(body.utf8)
        var lines = head.components(separatedBy: "\n")
        let requestLine = lines.removeFirst()
        let tokens = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        method = String(tokens.first ?? "")
        let target = tokens.dropFirst().dropLast().joined(separator: " ")
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
        }
        for line in lines where !line.isEmpty {
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += "\n" + line
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
        }
    }

    static func splitHead(_ text: String) -> (String, String) {
        guard let range = text.range(of: "\n\n") else { return (text, "") }
        return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
    }
}

@Suite("SigV4 public test vectors")
struct SigV4SuiteTests {
    @Test("the suite folder is present and not empty")
    func suiteIsPresent() {
        #expect(!SigV4SuiteCase.all().isEmpty, "no cases found in \(SigV4SuiteCase.suiteDirectory.path); set SIGV4_SUITE_DIR")
    }

    @Test("header signing matches the published vectors", arguments: SigV4SuiteCase.all())
    func headerSigning(testCase: SigV4SuiteCase) throws {
        let context = try JSONDecoder().decode(SigV4SuiteContext.self, from: Data(try testCase.text("context.json").utf8))
        let request = RawHTTPRequest(try testCase.text("request.txt"))
        let compactTime = context.timestamp.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        let date = try #require(SigV4Date(timestamp: compactTime))
        let signer = SigV4Signer(
            credentials: SigV4Credentials(
                accessKeyId: context.credentials.access_key_id,
                secretAccessKey: context.credentials.secret_access_key,
                sessionToken: context.credentials.token),
            region: context.region, service: context.service,
            normalizePath: context.normalize ?? true,
            signPayloadHeader: context.sign_body ?? false,
            omitSessionTokenFromSignature: context.omit_session_token ?? false)
        let result = signer.sign(
            SigV4Request(method: request.method, path: request.path, query: request.query,
                         headers: request.headers, body: request.body),
            date: date)

        #expect(result.canonicalRequest == (try testCase.text("header-canonical-request.txt")))
        #expect(result.stringToSign == (try testCase.text("header-string-to-sign.txt")))
        #expect(result.signature == (try testCase.text("header-signature.txt")).trimmingCharacters(in: .whitespacesAndNewlines))

        let expected = RawHTTPRequest(try testCase.text("header-signed-request.txt"))
        let original = Set(request.headers.map { "\($0.name.lowercased()):\($0.value)" })
        let expectedAdded = Set(expected.headers.map { "\($0.name.lowercased()):\($0.value)" }).subtracting(original)
        let added = Set(result.headersToAdd.map { "\($0.name.lowercased()):\($0.value)" })
        #expect(added == expectedAdded)
    }
}
