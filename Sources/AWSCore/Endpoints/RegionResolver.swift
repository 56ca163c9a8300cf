/// Finds the region the way the AWS CLI does: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, then the
/// profile's `region`. Says where it came from, or how to set one.
public enum RegionResolver {
    public struct Resolved: Sendable, Equatable {
        public var region: String
        /// e.g. "--region", "AWS_REGION", "profile dev (~/.aws/config)"
        public var source: String

        public init(region: String, source: String) {
            self.region = region
            self.source = source
        }
    }

    public static func resolve(flag: String?, environment: [String: String], profile: Profile?) -> Resolved? {
        if let flag, !flag.isEmpty { return Resolved(region: flag, source: "--region") }
        for variable in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let value = environment[variable], !value.isEmpty { return Resolved(region: value, source: variable) }
        }
        if let profile, let region = profile.string("region") {
            return Resolved(region: region, source: "profile \(profile.name) (\(profile.file(of: "region") ?? profile.configPath))")
        }
        return nil
    }

    /// The message for when no region is found.
    public static func missingMessage(profileName: String) -> String {
        "no AWS region: pass --region (e.g. --region eu-west-1), set AWS_REGION, or add 'region = ...' to "
            + "profile '\(profileName)' in ~/.aws/config. To look around without an account: pdash --demo"
    }
}
