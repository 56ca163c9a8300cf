import Testing
@testable import PdashSettings

/// `effective(profile:)`: a profile's section over the globals, and which profile is meant.
@Suite("profile merge")
struct ProfileMergeTests {
    let config = PdashConfig(
        profile: "staging", region: "eu-west-1", solutionArn: "arn:aws:personalize:eu-west-1:111122223333:solution/global",
        readOnly: false, theme: .mono, notifications: .bell, pricePerTrainingHour: 0.24, pane: .timeline,
        refreshActive: 5, refreshIdle: 60,
        profiles: [
            "prod": ProfileOverrides(readOnly: true, region: "us-east-1", pricePerTrainingHour: 0.3, refreshIdle: 120),
            "staging": ProfileOverrides(solutionArn: "arn:aws:personalize:eu-west-1:111122223333:solution/staging", refreshActive: 2),
        ])

    @Test func profileSectionWinsFieldByField() {
        let prod = config.effective(profile: "prod")
        #expect(prod == EffectiveSettings(
            profile: "prod", readOnly: true, region: "us-east-1",
            solutionArn: "arn:aws:personalize:eu-west-1:111122223333:solution/global",
            pricePerTrainingHour: 0.3, refreshActive: 5, refreshIdle: 120, theme: .mono, notifications: .bell, pane: .timeline))
    }

    @Test func profileNameComesFromTheArgumentThenTheConfigThenDefault() {
        #expect(config.effective(profile: "prod").profile == "prod")
        let staging = config.effective(profile: nil)
        #expect(staging.profile == "staging")
        #expect(staging.solutionArn == "arn:aws:personalize:eu-west-1:111122223333:solution/staging")
        #expect(staging.refreshActive == 2)
        #expect(PdashConfig().effective(profile: nil).profile == "default")
    }

    @Test func aProfileWithoutASectionGetsTheGlobals() {
        let other = config.effective(profile: "other")
        #expect(other == EffectiveSettings(
            profile: "other", readOnly: false, region: "eu-west-1",
            solutionArn: "arn:aws:personalize:eu-west-1:111122223333:solution/global",
            pricePerTrainingHour: 0.24, refreshActive: 5, refreshIdle: 60, theme: .mono, notifications: .bell, pane: .timeline))
    }

    @Test func readOnlyDefaultsToFalse() {
        #expect(PdashConfig().effective(profile: "prod").readOnly == false)
        #expect(PdashConfig(profiles: ["prod": ProfileOverrides(region: "us-east-1")]).effective(profile: "prod").readOnly == false)
    }

    @Test func profileReadOnlyTrueWinsOverGlobalFalse() throws {
        let parsed = try TestSupport.parse("read_only = false\n[profiles.prod]\nread_only = true")
        #expect(parsed.effective(profile: "prod").readOnly)
        #expect(!parsed.effective(profile: "dev").readOnly)
    }

    @Test func globalReadOnlyTrueAppliesToEveryProfile() throws {
        let parsed = try TestSupport.parse("read_only = true\n[profiles.dev]\nregion = \"us-west-2\"")
        #expect(parsed.effective(profile: "dev").readOnly, "a section that says nothing about read_only keeps the global")
        #expect(parsed.effective(profile: "unlisted").readOnly)
        #expect(parsed.effective(profile: nil).readOnly)
    }

    @Test func profileReadOnlyFalseLiftsGlobalTrue() throws {
        let parsed = try TestSupport.parse("read_only = true\n[profiles.sandbox]\nread_only = false")
        #expect(!parsed.effective(profile: "sandbox").readOnly)
        #expect(parsed.effective(profile: "prod").readOnly)
    }

    @Test func quotedProfileNamesMatch() throws {
        let parsed = try TestSupport.parse("[profiles.\"my prof\"]\nregion = \"ap-south-1\"")
        #expect(parsed.effective(profile: "my prof").region == "ap-south-1")
    }
}
