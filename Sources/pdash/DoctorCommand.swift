import AWSCore
import AWSServices
import ArgumentParser
import Foundation

/// `pdash doctor`: where pdash looks for things, what it found, and whether AWS (or the emulator) agrees.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check region, credentials, endpoints and connectivity; one fact a line.",
        discussion: """
            Says which config file, profile, region and credentials pdash would use and where each came from, \
            resolves the endpoints, calls STS GetCallerIdentity and a Personalize list, and says what to do about \
            any failure. Exits 0 when every check passed, 1 otherwise.
            Examples:
              pdash doctor
              pdash doctor --profile prod --region eu-west-1
              AWS_PROFILE=ci pdash doctor --read-timeout 5
            """)

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let settings = try StartupSettings.load(connection)
        let resolved = try await settings.connection.resolve()
        Output.line("config: \(settings.configPath)" + (settings.configFound ? "" : " (none; defaults)"))
        defer { if let emulator = resolved.emulator { Task { await emulator.stop() } } }
        let ok = await diagnose(resolved)
        if let emulator = resolved.emulator { await emulator.stop() }
        if !ok { throw ExitCode(1) }
    }

    private func diagnose(_ resolved: ConnectionOptions.Resolved) async -> Bool {
        if let profile = resolved.profile {
            let origin = profile.isExplicit ? "from \(profile.source)" : "no --profile or AWS_PROFILE given"
            Output.line("profile: \(profile.name) (\(origin))")
        } else {
            Output.line("profile: none (--demo)")
        }
        let region = resolved.region.region
        Output.line("region: \(region) (from \(resolved.region.source))")

        let credentials: AWSCredentials
        do {
            credentials = try await resolved.requireCredentials()
        } catch {
            return fail("credentials", "\(error)")
        }
        Output.line("credentials: \(credentials.source)")
        Output.line("access key id: \(Self.mask(credentials.accessKeyId))")
        if let expiration = credentials.expiration {
            Output.line("credentials expire: \(ISO8601Time.format(expiration)) (in \(Int(expiration.timeIntervalSinceNow / 60)) min)")
        }

        var endpoints: [String: AWSEndpoint] = [:]
        for (label, service) in [("personalize", AWSServiceDescriptor.personalize), ("sagemaker", .sagemaker), ("sts", .sts)] {
            do {
                let found = try resolved.endpoints.resolve(service, region: region)
                endpoints[label] = found.endpoint
                Output.line("endpoint \(label): \(found.endpoint.url) (from \(found.source))")
            } catch {
                return fail("endpoint \(label)", error.description)
            }
        }

        let provider = StaticCredentialProvider(
            accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey,
            sessionToken: credentials.sessionToken, name: credentials.source)
        let sts = STSClient(endpoint: endpoints["sts"]!, credentials: provider, transport: resolved.transport)
        do {
            let identity = try await sts.getCallerIdentity()
            Output.line("caller identity: \(identity.arn) (account \(identity.account))")
            if let header = identity.serverDate, let serverDate = HTTPDate.parse(header) {
                // The header has whole seconds: compare against the middle of that second.
                let skew = Date().timeIntervalSince(serverDate) - 0.5
                Output.line(String(format: "clock skew: %+.0f s against the server's Date header", skew)
                    + (abs(skew) > 240 ? " (too large: AWS rejects signatures more than 5 minutes off; fix the clock)" : ""))
            }
        } catch {
            return fail("caller identity", Self.advice(for: error))
        }

        let client = JSON11Client(service: .personalize, endpoint: endpoints["personalize"]!, credentials: provider,
                                  transport: resolved.transport, retryPolicy: RetryPolicy(maxAttempts: 1), timeout: resolved.requestTimeout)
        let started = ContinuousClock.now
        do {
            let page = try await PersonalizeClient(client: client).listSolutions(ListSolutionsRequest(maxResults: 1))
            let elapsed = ContinuousClock.now - started
            let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
            Output.line("list solutions: ok in \(milliseconds) ms (\(page.items.count) on the first page of maxResults=1)")
        } catch {
            return fail("list solutions", Self.advice(for: error))
        }
        Output.line("all checks passed")
        return true
    }

    private func fail(_ step: String, _ message: String) -> Bool {
        Output.line("✗ \(step): \(message)")
        return false
    }

    /// First 4 and last 4 characters: enough to recognise a key, never enough to use it.
    static func mask(_ keyId: String) -> String {
        guard keyId.count > 8 else { return String(repeating: "*", count: keyId.count) }
        return String(keyId.prefix(4)) + String(repeating: "*", count: keyId.count - 8) + String(keyId.suffix(4))
    }

    /// The error, plus what to do about it for the common cases.
    static func advice(for error: any Error) -> String {
        guard let error = error as? AWSServiceError else { return "\(error)" }
        switch error.code {
        case "InvalidClientTokenId", "UnrecognizedClientException":
            return "\(error) → the access key id is not known here: check AWS_ACCESS_KEY_ID or the profile's aws_access_key_id"
        case "SignatureDoesNotMatch", "InvalidSignatureException":
            return "\(error) → the secret access key does not match the access key id: check AWS_SECRET_ACCESS_KEY or the profile"
        case "ExpiredToken", "ExpiredTokenException":
            return "\(error) → the session has expired: get new credentials (aws sso login, or re-export them)"
        case "AccessDeniedException", "AccessDenied":
            return "\(error) → these credentials are not allowed to do this: check the IAM policy"
        default:
            return error.description
        }
    }
}

/// RFC 7231 dates (`Mon, 23 Nov 2026 18:56:55 GMT`), as in the HTTP `Date` header.
enum HTTPDate {
    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
