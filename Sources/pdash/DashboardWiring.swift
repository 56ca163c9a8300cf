import AWSCore
import AWSServices
import Dashboard
import Foundation
import PdashSettings

/// Builds the dashboard's services and connection info from a resolved connection, and rebuilds them when the
/// user switches profile or region while running.
enum DashboardWiring {
    static func connect(_ resolved: ConnectionOptions.Resolved, demo: Bool, pageSize: Int?) throws -> (PersonalizeDashboardServices, ConnectionInfo) {
        let personalize: JSON11Client
        let sagemaker: JSON11Client
        do {
            personalize = try resolved.client(.personalize)
            sagemaker = try resolved.client(.sagemaker)
        } catch {
            throw ConnectionProblem(error.description)
        }
        let endpoint = personalize.endpoint
        let region = resolved.region.region
        // Only a profile someone chose: "default" by fallback must not be remembered or carried into a switch
        // (it would override credentials from the environment next time).
        let profile = resolved.profile.flatMap { $0.isExplicit ? $0.name : nil }
        let services = PersonalizeDashboardServices(
            personalize: PersonalizeClient(client: personalize), sagemaker: SageMakerClient(client: sagemaker), pageSize: pageSize,
            audit: AuditLog.standard(), profile: profile, region: region)
        let info = ConnectionInfo(
            endpoint: demo ? "demo emulator \(endpoint.url)" : endpoint.url, region: region,
            isCustomEndpoint: endpoint.isCustom && !demo, profile: profile,
            reloginCommand: profile.flatMap { reloginCommand(profile: $0) })
        return (services, info)
    }

    /// Connects as `profile` in `region` (nil keeps the current choice), counting requests in the same counter.
    static func switchConnection(
        _ options: ConnectionOptions, profile: String?, region: String?, counter: RequestCounter, config: PdashConfig,
        flagReadOnly: Bool, pageSize: Int?
    ) async throws -> (any DashboardServices, ConnectionSwitch) {
        if options.demo {
            throw ConnectionProblem("the demo runs one account in one region; start pdash without --demo to switch")
        }
        var changed = options
        var effective = config.effective(profile: profile ?? options.profile)
        if let profile {
            changed.profile = profile
            changed.accessKeyId = nil
            changed.secretAccessKey = nil
            // The new profile's own region (config section, then ~/.aws/config) unless one was chosen.
            changed.region = region ?? effective.region
        }
        if let region { changed.region = region }
        effective = config.effective(profile: changed.profile)
        var resolved = try await changed.resolveQuietly(interactive: false)
        resolved.transport = CountingTransport(resolved.transport, counter: counter)
        _ = try await resolved.requireCredentials()
        let (services, info) = try connect(resolved, demo: false, pageSize: pageSize)
        let solution = effective.solutionArn.flatMap { SolutionARN($0)?.region == info.region ? $0 : nil }
        return (services, ConnectionSwitch(
            connection: info, readOnly: flagReadOnly || effective.readOnly, solutionArn: solution,
            pricePerTrainingHour: effective.pricePerTrainingHour, refreshActive: effective.refreshActive, refreshIdle: effective.refreshIdle))
    }

    /// The profiles of ~/.aws/config and ~/.aws/credentials.
    static func profileNames(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        (try? SharedConfiguration.load(environment: environment))?.profileNames ?? []
    }

    /// `aws sso login --profile NAME` for IAM Identity Center profiles; nil when there is no single command.
    static func reloginCommand(profile: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let settings = (try? SharedConfiguration.load(environment: environment))?.profile(profile) else { return nil }
        if settings.string("sso_session") != nil || settings.string("sso_start_url") != nil {
            return "aws sso login --profile \(profile)"
        }
        return nil
    }
}
