import AWSServices
import Testing

/// Resume tokens must be the very strings botocore prints, so pdash's `NextToken` equals the AWS CLI's.
@Suite("boto3 resume tokens")
struct ResumeTokenTests {
    @Test func encodesExactlyLikeBotocore() {
        // base64(json.dumps({"nextToken": "abc.d-_", "boto_truncate_amount": 1})) computed with Python.
        #expect(ResumeToken.encode(serviceToken: "abc.d-_", truncateAmount: 1)
            == "eyJuZXh0VG9rZW4iOiAiYWJjLmQtXyIsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDF9")
        // base64(json.dumps({"NextToken": "x/é"})): SageMaker's token name, a page boundary, ensure_ascii.
        #expect(ResumeToken.encode(serviceToken: "x/é", truncateAmount: nil, tokenName: "NextToken") == "eyJOZXh0VG9rZW4iOiAieC9cdTAwZTkifQ==")
    }

    @Test func aCutFirstPageHasANullToken() {
        // base64(json.dumps({"NextToken": None, "boto_truncate_amount": 2})), as the AWS CLI prints it.
        #expect(ResumeToken.encode(serviceToken: nil, truncateAmount: 2, tokenName: "NextToken")
            == "eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==")
        let decoded = ResumeToken.decode("eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==")
        #expect(decoded.serviceToken == nil && decoded.truncateAmount == 2)
    }

    @Test func decodesBothFormsAndPassesServiceTokensThrough() {
        let mid = ResumeToken.decode("eyJuZXh0VG9rZW4iOiAiYWJjLmQtXyIsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDF9")
        #expect(mid.serviceToken == "abc.d-_" && mid.truncateAmount == 1)
        let boundary = ResumeToken.decode("eyJOZXh0VG9rZW4iOiAieC9cdTAwZTkifQ==")
        #expect(boundary.serviceToken == "x/é" && boundary.truncateAmount == 0)
        let raw = ResumeToken.decode("MQpMaXN0.abc")
        #expect(raw.serviceToken == "MQpMaXN0.abc" && raw.truncateAmount == 0)
    }
}
