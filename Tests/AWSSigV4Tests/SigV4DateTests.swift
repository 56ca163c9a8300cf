import AWSSigV4
import Testing

@Suite struct SigV4DateTests {
    @Test(arguments: [
        (Int64(0), "19700101T000000Z"),
        (Int64(1_440_938_160), "20150830T123600Z"),
        (Int64(951_782_400), "20000229T000000Z"),
        (Int64(4_102_444_799), "20991231T235959Z"),
    ])
    func formatsAndParses(seconds: Int64, text: String) {
        #expect(SigV4Date(secondsSince1970: seconds).timestamp == text)
        #expect(SigV4Date(timestamp: text)?.secondsSince1970 == seconds)
    }

    @Test(arguments: ["", "20150830T1236Z", "20151330T123600Z", "2015083OT123600Z", "20150830 123600Z"])
    func rejectsMalformed(text: String) {
        #expect(SigV4Date(timestamp: text) == nil)
    }

    @Test func parsesAuthorizationHeader() throws {
        let header = "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/personalize/aws4_request, "
            + "SignedHeaders=host;x-amz-date, Signature=abc"
        let parsed = try SigV4Authorization(header: header)
        #expect(parsed.accessKeyId == "AKID")
        #expect(parsed.region == "us-east-1")
        #expect(parsed.service == "personalize")
        #expect(parsed.signedHeaders == ["host", "x-amz-date"])
        #expect(parsed.signature == "abc")
        #expect(throws: SigV4Authorization.ParseError.self) { try SigV4Authorization(header: "Basic abc") }
    }
}
