import AWSCore
import Testing

@Suite struct AWSServiceErrorTests {
    func response(_ status: Int, _ body: String, headers: [(name: String, value: String)] = []) -> HTTPResponseData {
        HTTPResponseData(status: status, headers: headers, body: Array(body.utf8))
    }

    @Test(arguments: [
        ("ResourceNotFoundException", "ResourceNotFoundException"),
        ("com.amazonaws.personalize#InvalidInputException", "InvalidInputException"),
        ("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"),
        ("FooError:http://internal", "FooError"),
    ])
    func sanitizesTheErrorType(raw: String, code: String) {
        #expect(AWSServiceError.sanitizeCode(raw) == code)
    }

    @Test func readsTypeAndLowercaseMessage() {
        let error = AWSServiceError.decode(response(400, #"{"__type":"x#InvalidNextTokenException","message":"bad token"}"#,
                                                    headers: [("x-amzn-RequestId", "req-1")]))
        #expect(error == AWSServiceError(code: "InvalidNextTokenException", message: "bad token", httpStatus: 400, requestId: "req-1"))
    }

    @Test func readsCapitalisedMessageAndPrefersTheHeader() {
        let error = AWSServiceError.decode(response(400, #"{"__type":"Ignored","Message":"Image does not exist"}"#,
                                                    headers: [("X-Amzn-Errortype", "ResourceNotFound:http://x")]))
        #expect(error.code == "ResourceNotFound")
        #expect(error.message == "Image does not exist")
    }

    @Test func fallsBackToTheStatusWhenTheBodyIsNotJSON() {
        #expect(AWSServiceError.decode(response(503, "<html>Service Unavailable</html>")).code == "InternalFailure")
        #expect(AWSServiceError.decode(response(429, "")).code == "TooManyRequestsException")
    }
}

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 3)

    @Test func retriesThrottlingTransientAndServerErrorsOnly() {
        #expect(policy.isRetryable(.service(code: "ThrottlingException", httpStatus: 400)))
        #expect(policy.isRetryable(.service(code: "LimitExceededException", httpStatus: 400)))
        #expect(policy.isRetryable(.service(code: "InternalFailure", httpStatus: 500)))
        #expect(policy.isRetryable(.service(code: "Whatever", httpStatus: 503)))
        #expect(policy.isRetryable(.transport))
        #expect(!policy.isRetryable(.service(code: "InvalidSignatureException", httpStatus: 403)))
        #expect(!policy.isRetryable(.service(code: "ResourceNotFoundException", httpStatus: 400)))
    }

    @Test func backsOffExponentiallyWithFullJitterAndStops() {
        let failure = RetryPolicy.Failure.service(code: "ThrottlingException", httpStatus: 400)
        #expect(policy.delay(afterAttempt: 1, failure: failure, random: 0.5) == 0.5)
        #expect(policy.delay(afterAttempt: 2, failure: failure, random: 0.5) == 1.0)
        #expect(policy.delay(afterAttempt: 3, failure: failure, random: 0.5) == nil)
        #expect(RetryPolicy(maxAttempts: 40).delay(afterAttempt: 30, failure: failure, random: 0.999)! <= 20)
        #expect(policy.delay(afterAttempt: 1, failure: .service(code: "AccessDeniedException", httpStatus: 400), random: 0.5) == nil)
    }
}

@Suite struct CredentialTests {
    @Test func environmentCredentialsWithToken() async throws {
        let provider = EnvironmentCredentialProvider(environment: [
            "AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "s3cr3t-value", "AWS_SESSION_TOKEN": "token-value",
        ])
        let credentials = try #require(try await provider.resolve())
        #expect(credentials.accessKeyId == "AKIDTEST")
        #expect(credentials.sessionToken == "token-value")
        #expect(!credentials.description.contains("s3cr3t-value"), "the secret is never printed")
        #expect(!credentials.description.contains("token-value"))
    }

    @Test func halfSetEnvironmentIsAnError() async {
        await #expect(throws: CredentialError.self) {
            _ = try await EnvironmentCredentialProvider(environment: ["AWS_ACCESS_KEY_ID": "AKIDTEST"]).resolve()
        }
    }

    @Test func explicitKeysWinAndAMissingChainExplainsItself() async throws {
        let chain = CredentialChain.keysOnly(
            explicit: StaticCredentialProvider(accessKeyId: "flag", secretAccessKey: "s"),
            environment: ["AWS_ACCESS_KEY_ID": "env", "AWS_SECRET_ACCESS_KEY": "s"])
        #expect(try await chain.require().accessKeyId == "flag")
        do {
            _ = try await CredentialChain.keysOnly(explicit: nil, environment: [:]).require()
            Issue.record("expected an error")
        } catch let error as CredentialError {
            #expect(error.description.contains("environment"))
            #expect(error.description.contains("pdash --demo"))
        }
    }
}

@Suite struct EndpointTests {
    @Test func awsEndpointsPerRegionAndPartition() throws {
        #expect(try AWSEndpoint(service: .personalize, region: "eu-west-1").url == "https://personalize.eu-west-1.amazonaws.com")
        #expect(try AWSEndpoint(service: .sagemaker, region: "us-east-1").url == "https://api.sagemaker.us-east-1.amazonaws.com")
        #expect(try AWSEndpoint(service: .personalize, region: "cn-north-1").url == "https://personalize.cn-north-1.amazonaws.com.cn")
    }

    @Test func customEndpointsAndHostHeaders() throws {
        let local = try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: "http://127.0.0.1:4566/")
        #expect(local.url == "http://127.0.0.1:4566")
        #expect(local.hostHeader == "127.0.0.1:4566")
        #expect(local.isCustom)
        #expect(try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: "https://proxy:443").hostHeader == "proxy")
    }

    @Test(arguments: ["", "EU-WEST-1", "eu west 1", "-bad"])
    func rejectsBadRegions(region: String) {
        #expect(throws: EndpointError.self) { try AWSEndpoint(service: .personalize, region: region) }
    }

    @Test func rejectsBadEndpointURLs() {
        #expect(throws: EndpointError.self) { try AWSEndpoint(service: .personalize, region: "us-east-1", customURL: "localhost:4566") }
    }
}
