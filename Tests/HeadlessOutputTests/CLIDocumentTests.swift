import AWSServices
import Foundation
import HeadlessOutput
import Testing

/// `--output json` must be byte for byte what the AWS CLI prints; the expected strings come from Python's
/// `json.dumps(indent=4, ensure_ascii=False)` and `datetime.isoformat()`, which the CLI uses.
@Suite("AWS CLI JSON documents")
struct CLIDocumentTests {
    let utc = CLIDocument(timeZone: TimeZone(identifier: "UTC")!)

    @Test func timestampsLikeDatetimeIsoformat() {
        #expect(utc.isoformat(Date(timeIntervalSince1970: 1_795_206_213.612)) == "2026-11-20T20:23:33.612000+00:00")
        #expect(CLIDocument(timeZone: TimeZone(secondsFromGMT: 19_800)!).isoformat(Date(timeIntervalSince1970: 1_795_206_213))
            == "2026-11-21T01:53:33+05:30")
        #expect(CLIDocument(timeZone: TimeZone(secondsFromGMT: -25_200)!).isoformat(Date(timeIntervalSince1970: 1_718_000_000.5))
            == "2024-06-09T23:13:20.500000-07:00")
    }

    @Test func integerCalendarAgreesWithFoundationOverCenturies() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var generator = SystemRandomNumberGenerator()
        let samples = (0..<2_000).map { _ in Double(Int64.random(in: -2_208_988_800...4_102_444_800, using: &generator)) }
            + [0, -1, 951_782_400, 951_868_800, 4_107_542_400, -86_400]  // epoch, before it, 2000-02-29, 2000-03-01, 2100-03-01
        for seconds in samples {
            let date = Date(timeIntervalSince1970: seconds)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d+00:00", parts.year!, parts.month!, parts.day!,
                                  parts.hour!, parts.minute!, parts.second!)
            #expect(utc.isoformat(date) == expected, "\(seconds)")
        }
    }

    @Test func layoutLikeJsonDumpsIndent4() {
        let node = JSONNode.object([
            .init("solutionVersions", .array([.object([
                .init("solutionVersionArn", .string("arn:aws:personalize:eu-west-1:111122223333:solution/a/1")),
                .init("status", .string("CREATE FAILED")),
                .init("trainingHours", .double(3)),
                .init("failureReason", .string("Küche \"q\"\n/台所")),
                .init("creationDateTime", .string("X")),
            ])])),
            .init("empty", .array([])),
            .init("obj", .object([])),
        ])
        let expected = """
            {
                "solutionVersions": [
                    {
                        "solutionVersionArn": "arn:aws:personalize:eu-west-1:111122223333:solution/a/1",
                        "status": "CREATE FAILED",
                        "trainingHours": 3.0,
                        "failureReason": "Küche \\"q\\"\\n/台所",
                        "creationDateTime": "X"
                    }
                ],
                "empty": [],
                "obj": {}
            }

            """
        #expect(utc.render(node) == expected)
    }

    @Test func shapesEncodeInMemberOrderWithTypedValues() throws {
        let summary = SolutionVersionSummary(
            solutionVersionArn: "arn:aws:personalize:eu-west-1:111122223333:solution/a/1", status: "ACTIVE",
            trainingMode: "FULL", trainingType: nil, creationDateTime: Date(timeIntervalSince1970: 1_795_206_213.612),
            lastUpdatedDateTime: nil, failureReason: nil)
        let node = try NodeEncoder.encode(summary)
        guard case let .object(members) = node else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["solutionVersionArn", "status", "trainingMode", "creationDateTime"], "absent members are left out")
        #expect(node["creationDateTime"] == .timestamp(Date(timeIntervalSince1970: 1_795_206_213.612)))
        let params = TunedHPOParams(algorithmHyperParameters: ["z": "1", "a": "2", "m": "3"])
        guard case let .object(map)? = try NodeEncoder.encode(params)["algorithmHyperParameters"] else { Issue.record("no map"); return }
        #expect(map.map(\.key) == ["a", "m", "z"], "maps are printed with sorted keys")
    }

    @Test func tableAndCSV() {
        let items: [JSONNode] = [
            .object([.init("name", .string("台所-recs")), .init("status", .string("ACTIVE")), .init("n", .integer(3))]),
            .object([.init("name", .string("a,\"b\"")), .init("status", .string("CREATE FAILED"))]),
        ]
        let listing = Listing(columns: [ListingColumn("NAME", .member("name")), ListingColumn("STATUS", .member("status")),
                                        ListingColumn("N", .member("n"))], document: utc)
        #expect(listing.table(items) == "NAME       STATUS         N\n台所-recs  ACTIVE         3\na,\"b\"      CREATE FAILED  -\n")
        #expect(listing.csv(items) == "NAME,STATUS,N\r\n台所-recs,ACTIVE,3\r\n\"a,\"\"b\"\"\",CREATE FAILED,\r\n")
    }
}
