import AWSCore
import Testing

@Suite struct EndpointResolverTests {
    func profile(_ text: String) throws -> (Profile?, SharedConfiguration) {
        let home = try TemporaryHome(config: text)
        defer { home.remove() }
        let configuration = try SharedConfiguration.load(environment: home.environment)
        return (configuration.profile("dev"), configuration)
    }

    @Test func precedenceFlagThenServiceVariableThenGlobalThenServicesSectionThenProfile() throws {
        let (dev, configuration) = try profile("""
            [profile dev]
            endpoint_url = http://profile:1
            services = local
            [services local]
            personalize =
              endpoint_url = http://services-section:2
            """)
        func source(_ flag: String?, _ environment: [String: String], _ service: AWSServiceDescriptor = .personalize) throws -> String {
            try EndpointResolver(flag: flag, environment: environment, profile: dev, configuration: configuration)
                .resolve(service, region: "eu-west-1").source
        }
        let everything = ["AWS_ENDPOINT_URL_PERSONALIZE": "http://service:3", "AWS_ENDPOINT_URL": "http://global:4"]
        #expect(try source("http://flag:5", everything) == "--endpoint-url")
        #expect(try source(nil, everything) == "AWS_ENDPOINT_URL_PERSONALIZE")
        #expect(try source(nil, ["AWS_ENDPOINT_URL": "http://global:4"]) == "AWS_ENDPOINT_URL")
        #expect(try source(nil, [:]) == "[services local] personalize.endpoint_url")
        #expect(try source(nil, [:], .sagemaker) == "profile dev endpoint_url", "no sagemaker entry in the services section")
        #expect(try source(nil, ["AWS_ENDPOINT_URL_SAGEMAKER": "http://sm:6"], .sagemaker) == "AWS_ENDPOINT_URL_SAGEMAKER")
        #expect(try source(nil, ["AWS_ENDPOINT_URL_STS": "http://sts:7"], .sts) == "AWS_ENDPOINT_URL_STS")
        #expect(try source(nil, everything.merging(["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"]) { $1 }) == "AWS")
    }

    @Test(arguments: [
        (AWSServiceDescriptor.personalize, "eu-west-1", false, "https://personalize.eu-west-1.amazonaws.com"),
        (.personalize, "us-east-1", true, "https://personalize-fips.us-east-1.amazonaws.com"),
        (.personalize, "cn-north-1", false, "https://personalize.cn-north-1.amazonaws.com.cn"),
        (.sagemaker, "us-west-2", false, "https://api.sagemaker.us-west-2.amazonaws.com"),
        (.sagemaker, "us-west-2", true, "https://api-fips.sagemaker.us-west-2.amazonaws.com"),
        (.sts, "ap-south-1", false, "https://sts.ap-south-1.amazonaws.com"),
        (.sts, "us-east-2", true, "https://sts-fips.us-east-2.amazonaws.com"),
    ])
    func awsOwnEndpoints(service: AWSServiceDescriptor, region: String, fips: Bool, url: String) throws {
        let environment = fips ? ["AWS_USE_FIPS_ENDPOINT": "true"] : [:]
        #expect(try EndpointResolver(flag: nil, environment: environment).resolve(service, region: region).endpoint.url == url)
    }
}
