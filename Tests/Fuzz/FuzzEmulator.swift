import AWSSigV4
import Foundation

// libFuzzer entry for the emulator's protocol core (Sources/Emulator without its Hummingbird server), compiled by
// .ci/fuzz with those sources and with AWSSigV4, AWSCore and AWSServices built as modules beside it: any request
// must get a well-formed answer (EmulatorSupport/FuzzEmulatorInvariants.swift says which), never a crash or a hang.
//
// An input is a request written like HTTP/1.1, after one mode byte:
//
//     S POST /?query                  <- mode byte, then method and target (path, optional query)
//     X-Amz-Target: AmazonPersonalize.ListSolutionVersions
//     Content-Type: application/x-amz-json-1.1
//                                     <- an empty line ends the headers
//     {"maxResults":2}                <- the body: every byte after it
//
// Mode bit 0 set ('S'): the request is first cleaned up the way an HTTP server hands it over (header names that
// are tokens, values without CR or NUL, trimmed) and then signed with the emulator's demo credentials by the
// product's SigV4Signer, replacing any Authorization and X-Amz-Date, so it gets past authentication into the
// operations, their JSON decoding and validation and the page tokens. Bit 0 clear ('R'): sent as written, garbage
// Authorization and X-Amz-Date included. Bit 1: the peer is on loopback (the control API needs it).
// Seeds: Tests/Fuzz/corpus-emulator (one request per operation); the words routing compares against:
// Tests/Fuzz/emulator.dict. FUZZ_EMULATOR_TALLY=1 prints, at exit, how many answers each operation got by status
// and error code (to see what a run reaches); FUZZ_EMULATOR_TALLY=2 also prints every answer.

/// The emulator's wall clock for every input: signatures are made for it and the demo world is built around it.
let fuzzNow = Date(timeIntervalSince1970: 1_795_000_000)
let fuzzRegion = "us-east-1"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEmulator(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let input = FuzzInput(UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    // A fresh emulator per input, so that a failing input fails alone, the same way every time.
    let parts = try! EmulatorParts(EmulatorConfiguration(randomSeed: 7, control: true, clock: { fuzzNow }))
    let responder = parts.responder
    let before = FuzzState(responder)
    let request = input.signed ? signed(input.request) : input.request
    let requestId = "fuzz-request-1"
    let answer = responder.respond(to: request, requestId: requestId, fromLoopback: input.loopback)
    let checked = FuzzAnswer(answer, requestId: requestId, request: request)
    checked.checkWellFormed()
    if input.signed {
        checked.checkAuthenticated()
        followNextToken(after: checked, responder: responder, loopback: input.loopback)
    } else {
        checked.checkUnsignedIsRefused(before: before, after: FuzzState(responder))
    }
    FuzzTally.count(checked)
    return 0
}

/// A list answer's `nextToken`, sent back with the same request, must give the next page.
private func followNextToken(after first: FuzzAnswer, responder: EmulatorResponder, loopback: Bool) {
    guard first.answer.status == 200, first.isJSON11, let object = first.jsonObject else { return }
    let key = object["nextToken"] != nil ? "nextToken" : "NextToken"
    guard let token = object[key] as? String else { return }
    let body = first.request.body.isEmpty ? Data("{}".utf8) : Data(first.request.body)
    guard var fields = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { return }
    fields[key] = token
    guard let next = try? JSONSerialization.data(withJSONObject: fields) else { return }
    var request = first.request
    request.body = Array(next)
    request = signed(request)  // anew, for the new body
    let requestId = "fuzz-request-2"
    let answer = FuzzAnswer(responder.respond(to: request, requestId: requestId, fromLoopback: loopback), requestId: requestId, request: request)
    answer.checkWellFormed()
    fuzzCheck(answer.answer.status == 200, "the nextToken \(token) of the first page was refused", answer)
}

/// The request as the emulator's HTTP server would hand it over, signed with the demo credentials.
func signed(_ raw: RequestAuthenticator.Incoming) -> RequestAuthenticator.Incoming {
    var request = raw
    request.headers = raw.headers.compactMap(FuzzInput.normalized).filter { !["authorization", "x-amz-date"].contains($0.name.lowercased()) }
    if request.header("host") == nil { request.headers.insert(("Host", "127.0.0.1:4566"), at: 0) }
    let service: String
    if let target = request.header("X-Amz-Target") {
        service = EmulatorResponder.split(target: target).prefix == "SageMaker" ? "sagemaker" : "personalize"
    } else {
        service = "sts"
    }
    let signer = SigV4Signer(
        credentials: SigV4Credentials(accessKeyId: EmulatorConfiguration.demoAccessKeyId, secretAccessKey: EmulatorConfiguration.demoSecretAccessKey),
        region: fuzzRegion, service: service)
    let signature = signer.sign(
        SigV4Request(method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body),
        date: SigV4Date(secondsSince1970: Int64(fuzzNow.timeIntervalSince1970)))
    request.headers += signature.headersToAdd
    return request
}

/// One decoded fuzz input (see the comment at the top).
struct FuzzInput {
    var signed: Bool
    var loopback: Bool
    var request: RequestAuthenticator.Incoming

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let mode = bytes.first else { return nil }
        signed = mode & 1 == 1
        loopback = mode & 2 == 2
        var lines: [String] = []
        var start = 1
        var body: [UInt8] = []
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            var line = bytes[start..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.isEmpty, !lines.isEmpty {
                body = Array(bytes[min(end + 1, bytes.count)...])
                break
            }
            lines.append(String(decoding: line, as: UTF8.self))
            start = end + 1
        }
        let requestLine = (lines.first ?? "").split(separator: " ", omittingEmptySubsequences: true)
        let target = requestLine.count > 1 ? requestLine[1] : ""
        let question = target.firstIndex(of: "?")
        let headers: [(name: String, value: String)] = lines.dropFirst().map { line in
            guard let colon = line.firstIndex(of: ":") else { return (line, "") }
            return (String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }))
        }
        request = RequestAuthenticator.Incoming(
            method: requestLine.first.map(String.init) ?? "",
            path: String(target[..<(question ?? target.endIndex)]),
            query: question.map { String(target[target.index(after: $0)...]) } ?? "",
            headers: headers, body: body)
    }

    /// A header as an HTTP/1.1 server lets it through: a token for a name, no CR, LF or NUL in the value, and
    /// the value without surrounding spaces and tabs; nil for a header the server would refuse.
    static func normalized(_ header: (name: String, value: String)) -> (name: String, value: String)? {
        let punctuation = Set("!#$%&'*+-.^_`|~".utf8)
        func isTokenByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || punctuation.contains(byte)
        }
        let value = Array(header.value.utf8)
        guard !header.name.isEmpty, header.name.utf8.allSatisfy(isTokenByte),
              !value.contains(where: { $0 == 0 || $0 == 0x0A || $0 == 0x0D })
        else { return nil }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        let first = value.firstIndex { !isSpace($0) } ?? value.count
        let last = value.lastIndex { !isSpace($0) } ?? (first - 1)
        return (header.name, String(decoding: value[first..<max(first, last + 1)], as: UTF8.self))
    }
}

/// What an unsigned request must not change.
struct FuzzState: Equatable {
    var world: EmulatorWorld
    var temporaryKeys: Set<String>

    init(_ responder: EmulatorResponder) {
        world = responder.personalize.store.snapshot
        temporaryKeys = Set(responder.sts.store.temporary.keys)
    }
}
