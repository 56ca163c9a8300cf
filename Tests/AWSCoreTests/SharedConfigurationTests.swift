import AWSCore
import Foundation
import Testing

/// A temporary HOME with ~/.aws files, removed afterwards.
struct TemporaryHome {
    let path: String

    init(config: String? = nil, credentials: String? = nil) throws {
        path = NSTemporaryDirectory() + "pdash-home-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path + "/.aws", withIntermediateDirectories: true)
        if let config { try config.write(toFile: path + "/.aws/config", atomically: true, encoding: .utf8) }
        if let credentials { try credentials.write(toFile: path + "/.aws/credentials", atomically: true, encoding: .utf8) }
    }

    var environment: [String: String] { ["HOME": path] }

    func write(_ name: String, _ text: String, executable: Bool = false) throws -> String {
        let file = path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file) }
        return file
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

@Suite struct INIFileTests {
    @Test func parsesSectionsCommentsSeparatorsAndNestedBlocks() throws {
        let file = try INIFile(parsing: """
            # a comment
            [default]
            region = eu-west-1
            Output : json
            ; another comment
            s3 =
              max_concurrent_requests = 20
              addressing_style = path
            cli_pager=

            [profile dev]
              region   =   us-east-2
            """, file: "config")
        let defaults = try #require(file.section("default"))
        #expect(defaults["region"] == .text("eu-west-1"))
        #expect(defaults["output"] == .text("json"), "keys are lower-cased; ':' separates too")
        #expect(defaults["s3"] == .nested(["max_concurrent_requests": "20", "addressing_style": "path"]))
        #expect(defaults["cli_pager"] == .text(""))
        #expect(file.section("profile dev")?["region"] == .text("us-east-2"))
    }

    @Test(arguments: [
        ("region = x\n", 1, "before any [section]"),
        ("[default]\nregion = x\nnot a setting\n", 3, "expected 'key = value'"),
        ("[default\n", 1, "malformed section header"),
        ("[a]\nx=1\n[a]\n", 3, "appears twice"),
    ])
    func malformedFilesNameTheLine(text: String, line: Int, reason: String) {
        do {
            _ = try INIFile(parsing: text, file: "/home/u/.aws/config")
            Issue.record("expected a parse error")
        } catch {
            #expect(error.line == line)
            #expect(error.file == "/home/u/.aws/config")
            #expect(error.description.contains(reason))
        }
    }
}

@Suite struct SharedConfigurationTests {
    @Test func mergesBothFilesWithTheCredentialsFileWinning() throws {
        let home = try TemporaryHome(
            config: "[default]\nregion = eu-west-1\n[profile dev]\nregion = us-east-2\naws_access_key_id = FROMCONFIG\n",
            credentials: "[dev]\naws_access_key_id = FROMCREDENTIALS\naws_secret_access_key = s\n[ci]\naws_access_key_id = A\n")
        defer { home.remove() }
        let configuration = try SharedConfiguration.load(environment: home.environment)
        let dev = try #require(configuration.profile("dev"))
        #expect(dev.string("aws_access_key_id") == "FROMCREDENTIALS")
        #expect(dev.string("region") == "us-east-2")
        #expect(configuration.profileNames == ["default", "dev", "ci"])
        #expect(configuration.profile("nope") == nil)
    }

    @Test func environmentVariablesPointAtOtherFiles() throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let config = try home.write("elsewhere-config", "[profile x]\nregion = ap-south-1\n")
        let credentials = try home.write("elsewhere-credentials", "[x]\naws_access_key_id = K\naws_secret_access_key = S\n")
        var environment = home.environment
        environment["AWS_CONFIG_FILE"] = config
        environment["AWS_SHARED_CREDENTIALS_FILE"] = credentials
        let configuration = try SharedConfiguration.load(environment: environment)
        #expect(configuration.profile("x")?.string("region") == "ap-south-1")
        #expect(configuration.profile("x")?.string("aws_access_key_id") == "K")
    }

    @Test func regionComesFromFlagThenEnvironmentThenProfile() throws {
        let home = try TemporaryHome(config: "[profile dev]\nregion = us-east-2\n")
        defer { home.remove() }
        let profile = try SharedConfiguration.load(environment: home.environment).profile("dev")
        #expect(RegionResolver.resolve(flag: "eu-west-1", environment: ["AWS_REGION": "x"], profile: profile)?.source == "--region")
        #expect(RegionResolver.resolve(flag: nil, environment: ["AWS_REGION": "ca-central-1", "AWS_DEFAULT_REGION": "y"], profile: profile)?.region == "ca-central-1")
        #expect(RegionResolver.resolve(flag: nil, environment: ["AWS_DEFAULT_REGION": "sa-east-1"], profile: profile)?.source == "AWS_DEFAULT_REGION")
        let fromProfile = RegionResolver.resolve(flag: nil, environment: [:], profile: profile)
        #expect(fromProfile?.region == "us-east-2")
        #expect(fromProfile?.source.contains("profile dev") == true)
        #expect(RegionResolver.resolve(flag: nil, environment: [:], profile: nil) == nil)
    }

    @Test func profileSelectionOrder() {
        #expect(ProfileSelection(flag: "a", environment: ["AWS_PROFILE": "b"]) == ProfileSelection(flag: "a", environment: [:]))
        #expect(ProfileSelection(flag: nil, environment: ["AWS_PROFILE": "b", "AWS_DEFAULT_PROFILE": "c"]).name == "b")
        #expect(ProfileSelection(flag: nil, environment: ["AWS_DEFAULT_PROFILE": "c"]).name == "c")
        #expect(!ProfileSelection(flag: nil, environment: [:]).isExplicit)
    }
}

@Suite struct ProfileCredentialTests {
    func chain(_ home: TemporaryHome, flag: String? = nil, environment extra: [String: String] = [:]) throws -> CredentialChain {
        var environment = home.environment.merging(extra) { _, new in new }
        environment["AWS_EC2_METADATA_DISABLED"] = "true"
        let context = CredentialContext(
            environment: environment, configuration: try SharedConfiguration.load(environment: environment),
            stsEndpoint: try AWSEndpoint(service: .sts, region: "us-east-1", customURL: "http://127.0.0.1:9"))
        return try CredentialChain.standard(explicit: nil, profileFlag: flag, context: context)
    }

    @Test func staticKeysFromEachFileNameTheirSource() async throws {
        let home = try TemporaryHome(
            config: "[profile cfg]\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = s\n",
            credentials: "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s\naws_session_token = t\n")
        defer { home.remove() }
        let fallback = try await chain(home).require()
        #expect(fallback.accessKeyId == "AKIDDEFAULT")
        #expect(fallback.source == "shared-credentials-file")
        #expect(fallback.sessionToken == "t")
        let fromConfig = try await chain(home, flag: "cfg").require()
        #expect(fromConfig.accessKeyId == "AKIDCONFIG")
        #expect(fromConfig.source == "shared-config-file")
    }

    @Test func environmentBeatsProfilesUnlessAProfileIsNamedOnTheCommandLine() async throws {
        let home = try TemporaryHome(credentials: "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\n")
        defer { home.remove() }
        let env = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s", "AWS_PROFILE": "dev"]
        #expect(try await chain(home, environment: env).require().accessKeyId == "AKIDENV")
        #expect(try await chain(home, flag: "dev", environment: env).require().accessKeyId == "AKIDPROFILE")
    }

    @Test func aMissingNamedProfileIsAnErrorThatListsTheOthers() async throws {
        let home = try TemporaryHome(credentials: "[dev]\naws_access_key_id = A\naws_secret_access_key = s\n")
        defer { home.remove() }
        do {
            _ = try await chain(home, flag: "prod").require()
            Issue.record("expected an error")
        } catch let error as CredentialError {
            #expect(error.description.contains("profile 'prod'"))
            #expect(error.description.contains("dev"))
        }
    }

    @Test func credentialProcessIsRunAndItsExpirationKept() async throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let script = try home.write("creds.sh", """
            #!/bin/sh
            [ "$1" = "--role" ] && [ "$2" = "read only" ] || { echo "bad arguments: $*" >&2; exit 3; }
            echo '{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "s3cr3t", "SessionToken": "tok", "Expiration": "2031-01-02T03:04:05Z"}'
            """, executable: true)
        _ = try home.write(".aws/config", "[profile proc]\ncredential_process = \(script) --role 'read only'\n")
        let credentials = try await chain(home, flag: "proc").require()
        #expect(credentials.accessKeyId == "AKIDPROCESS")
        #expect(credentials.source == "credential-process")
        #expect(credentials.expiration == ISO8601Time.parse("2031-01-02T03:04:05Z"))
    }

    @Test(arguments: [
        ("exit 7", "exited with status 7"),
        ("echo 'not json'", "did not print a JSON object"),
        ("echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"S\"}'", "only Version 1"),
    ])
    func credentialProcessFailuresAreExplainedWithoutSecrets(body: String, message: String) async throws {
        let home = try TemporaryHome()
        defer { home.remove() }
        let script = try home.write("creds.sh", "#!/bin/sh\n\(body)\n", executable: true)
        _ = try home.write(".aws/config", "[profile proc]\ncredential_process = \(script)\n")
        do {
            _ = try await chain(home, flag: "proc").require()
            Issue.record("expected an error")
        } catch let error as CredentialError {
            #expect(error.description.contains(message))
            #expect(error.description.contains("proc"))
        }
    }

    @Test(arguments: [
        ("a b  c", ["a", "b", "c"]), ("'a b' c", ["a b", "c"]), (#""a \"b\"" c\ d"#, [#"a "b""#, "c d"]), ("", []),
    ])
    func splitsCommandLinesLikeAShell(line: String, words: [String]) throws {
        #expect(try ShellWords.split(line) == words)
    }
}
