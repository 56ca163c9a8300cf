import Testing
@testable import PdashSettings

/// The config schema: every setting read into its field, every wrong value reported with line, key and reason.
@Suite("config schema")
struct ConfigSchemaTests {
    let file = TestSupport.file

    @Test func fullExampleReadsIntoEveryField() throws {
        let text = """
        profile = "default"              # AWS profile to use
        region = "eu-west-1"
        solution_arn = "arn:aws:personalize:eu-west-1:111122223333:solution/NAME"
        read_only = false
        theme = "dark"
        notifications = "both"
        price_per_training_hour = 0.24
        pane = "segment-jobs"

        [refresh]
        active = 5
        idle = 60.5

        [keys]
        train = "T"
        stop = "X"

        [profiles.prod]
        read_only = true
        region = "us-east-1"
        solution_arn = "arn:aws:personalize:us-east-1:444455556666:solution/prod-sol_1"
        price_per_training_hour = 0.3
        refresh_active = 10
        refresh_idle = 120

        [profiles."my prof"]
        """
        let config = try TestSupport.parse(text)
        let expected = PdashConfig(
            profile: "default", region: "eu-west-1",
            solutionArn: "arn:aws:personalize:eu-west-1:111122223333:solution/NAME",
            readOnly: false, theme: .dark, notifications: .both, pricePerTrainingHour: 0.24, pane: .segmentJobs,
            refreshActive: 5, refreshIdle: 60.5,
            keys: [KeyOverride(action: "train", spec: .character("T"), line: 15),
                   KeyOverride(action: "stop", spec: .character("X"), line: 16)],
            profiles: [
                "prod": ProfileOverrides(readOnly: true, region: "us-east-1",
                                         solutionArn: "arn:aws:personalize:us-east-1:444455556666:solution/prod-sol_1",
                                         pricePerTrainingHour: 0.3, refreshActive: 10, refreshIdle: 120),
                "my prof": ProfileOverrides(),
            ])
        #expect(config == expected)
    }

    @Test func emptyTextIsTheEmptyConfig() throws {
        #expect(try TestSupport.parse("") == .empty)
        #expect(try TestSupport.parse("# only a comment\n\n") == .empty)
        #expect(try TestSupport.parse("[refresh]\n[keys]\n[profiles]") == .empty)
    }

    @Test func everyChoiceIsAccepted() throws {
        for theme in ThemeSetting.allCases {
            #expect(try TestSupport.parse("theme = \"\(theme.rawValue)\"").theme == theme)
        }
        for setting in NotificationSetting.allCases {
            #expect(try TestSupport.parse("notifications = \"\(setting.rawValue)\"").notifications == setting)
        }
        for pane in StartPane.allCases {
            #expect(try TestSupport.parse("pane = \"\(pane.rawValue)\"").pane == pane)
        }
        #expect(StartPane.allCases.map(\.rawValue) == ["versions", "segment-jobs", "inference-jobs", "campaigns", "images", "timeline"])
    }

    @Test func badChoicesListTheAllowedValues() {
        #expect(TestSupport.error("\n\ntheme = \"blue\"")?.description
            == "\(file):3: key 'theme': must be one of auto, dark, light, mono; got \"blue\"")
        #expect(TestSupport.error("notifications = true")?.description
            == "\(file):1: key 'notifications': must be one of off, bell, desktop, both; got true")
        #expect(TestSupport.error("pane = \"Versions\"")?.description
            == "\(file):1: key 'pane': must be one of versions, segment-jobs, inference-jobs, campaigns, images, timeline; got \"Versions\"")
    }

    @Test func refreshAcceptsIntegersAndFloatsFromOneToAnHour() throws {
        #expect(try TestSupport.parse("[refresh]\nactive = 1\nidle = 3600").refreshActive == 1)
        #expect(try TestSupport.parse("[refresh]\nactive = 2.5").refreshActive == 2.5)
        #expect(try TestSupport.parse("[refresh]\nidle = 3600").refreshIdle == 3600)
    }

    @Test(arguments: ["\"fast\"", "0", "0.5", "3601", "-5", "true", "[5]"])
    func refreshOutOfRangeOrNotANumber(value: String) {
        let error = TestSupport.error("# refresh rates\n[refresh]\nidle = 60\nactive = \(value)")
        #expect(error == ConfigError(file: file, line: 4, key: "refresh.active",
                                     message: "must be a number of seconds between 1 and 3600, got \(value)"))
    }

    @Test func refreshErrorMatchesTheDocumentedWording() {
        #expect(TestSupport.error("\n\n\n\n\n[refresh]\nactive = \"fast\"")?.description
            == #"/home/u/.config/pdash/config.toml:7: key 'refresh.active': must be a number of seconds between 1 and 3600, got "fast""#)
    }

    @Test func unknownKeySuggestsTheNearMiss() {
        let error = TestSupport.error("[refresh]\nactive = 5\n\n\n\n\n\n\n\n\n\nactve = 3")
        #expect(error?.description == "\(file):12: key 'refresh.actve': unknown key (known: active, idle); did you mean 'active'?")
    }

    @Test func unknownKeyFarFromAnyListsTheKnownKeysOnly() {
        #expect(TestSupport.error("[refresh]\nsometimes = 5")?.description
            == "\(file):2: key 'refresh.sometimes': unknown key (known: active, idle)")
        #expect(TestSupport.error("colour = \"red\"")?.description == "\(file):1: key 'colour': unknown key "
            + "(known: notifications, pane, price_per_training_hour, profile, read_only, region, solution_arn, theme)")
    }

    @Test func unknownKeysAtTheRootAndInProfiles() {
        #expect(TestSupport.error("readonly = true")?.description == "\(file):1: key 'readonly': unknown key "
            + "(known: notifications, pane, price_per_training_hour, profile, read_only, region, solution_arn, theme); did you mean 'read_only'?")
        #expect(TestSupport.error("[profiles.prod]\nregoin = \"us-east-1\"")?.description == "\(file):2: key 'profiles.prod.regoin': unknown key "
            + "(known: price_per_training_hour, read_only, refresh_active, refresh_idle, region, solution_arn); did you mean 'region'?")
        #expect(TestSupport.error("[profiles.prod]\ntheme = \"dark\"")?.key == "profiles.prod.theme", "theme is global only")
    }

    @Test func keysDirectlyUnderProfilesAreRejected() {
        #expect(TestSupport.error("[profiles]\nread_only = true")?.description
            == "\(file):2: key 'profiles.read_only': unknown key: per-profile settings go in a [profiles.NAME] section")
    }

    @Test func unknownTables() {
        #expect(TestSupport.error("[refrsh]\nactive = 5")?.description
            == "\(file):1: unknown table [refrsh] (known: keys, profiles, refresh); did you mean 'refresh'?")
        #expect(TestSupport.error("\n[colors]")?.description == "\(file):2: unknown table [colors] (known: keys, profiles, refresh)")
        #expect(TestSupport.error("[refresh.fast]")?.description == "\(file):1: unknown table [refresh.fast]: [refresh] has no sub-tables")
        #expect(TestSupport.error("[profiles.prod.keys]")?.description
            == "\(file):1: unknown table [profiles.prod.keys]: profile sections are [profiles.NAME] and have no sub-tables")
        #expect(TestSupport.error("[profiles.\"\"]")?.description == "\(file):1: a profile name in [profiles.NAME] must not be empty")
    }

    @Test func readOnlyMustBeABoolean() {
        #expect(TestSupport.error("read_only = \"yes\"")?.description == "\(file):1: key 'read_only': must be true or false, got \"yes\"")
        #expect(TestSupport.error("[profiles.prod]\nread_only = 1")?.description
            == "\(file):2: key 'profiles.prod.read_only': must be true or false, got 1")
    }

    @Test func priceMustBeANonNegativeNumber() throws {
        #expect(try TestSupport.parse("price_per_training_hour = 0").pricePerTrainingHour == 0)
        #expect(try TestSupport.parse("price_per_training_hour = 2").pricePerTrainingHour == 2)
        #expect(TestSupport.error("price_per_training_hour = -0.1")?.description
            == "\(file):1: key 'price_per_training_hour': must be a price in USD per training hour, 0 or more, got -0.1")
        #expect(TestSupport.error("[profiles.p]\nprice_per_training_hour = \"0.3\"")?.key == "profiles.p.price_per_training_hour")
    }

    @Test func profileMustBeANonEmptyString() {
        #expect(TestSupport.error("profile = \"\"")?.description == "\(file):1: key 'profile': must be a non-empty string, got \"\"")
        #expect(TestSupport.error("profile = 3")?.message == "must be a non-empty string, got 3")
    }

    @Test(arguments: ["eu-west-1", "us-east-1", "us-gov-west-1", "cn-northwest-1", "ap-southeast-5", "eu-isoe-west-1"])
    func validRegions(region: String) throws {
        #expect(try TestSupport.parse("region = \"\(region)\"").region == region)
    }

    @Test(arguments: ["\"EU-WEST-1\"", "\"eu-west\"", "\"ireland\"", "\"eu-west-1a\"", "\"\"", "\"eu--1\"", "5"])
    func invalidRegions(value: String) {
        #expect(TestSupport.error("region = \(value)")
            == ConfigError(file: file, line: 1, key: "region", message: "must be an AWS region such as \"eu-west-1\", got \(value)"))
    }

    @Test(arguments: [
        "arn:aws:personalize:eu-west-1:111122223333:solution/NAME",
        "arn:aws-cn:personalize:cn-north-1:111122223333:solution/a",
        "arn:aws-us-gov:personalize:us-gov-west-1:111122223333:solution/my-solution_2",
    ])
    func validSolutionArns(arn: String) throws {
        #expect(try TestSupport.parse("solution_arn = \"\(arn)\"").solutionArn == arn)
    }

    @Test(arguments: [
        "arn:aws:personalize:eu-west-1:111122223333:campaign/NAME",
        "arn:aws:sagemaker:eu-west-1:111122223333:solution/NAME",
        "arn:aws:personalize:eu-west-1:1111:solution/NAME",
        "arn:aws:personalize:eu-west-1:111122223333:solution/",
        "arn:aws:personalize:eu-west-1:111122223333:solution/NAME/extra",
        "arn:aws:personalize:eu-west-1:111122223333:solution/-leading",
        "arn:aws:personalize::111122223333:solution/NAME",
        "arn:azure:personalize:eu-west-1:111122223333:solution/NAME",
        "NAME",
    ])
    func invalidSolutionArns(arn: String) {
        #expect(TestSupport.error("\nsolution_arn = \"\(arn)\"")?.description == "\(file):2: key 'solution_arn': must be a Personalize solution ARN "
            + "(arn:PARTITION:personalize:REGION:ACCOUNT:solution/NAME), got \"\(arn)\"")
    }

    @Test func errorsWithoutALineAreJustTheMessage() {
        let error = ConfigError(file: "/x/config.toml", line: 0, message: "config file /x/config.toml does not exist")
        #expect(error.description == "config file /x/config.toml does not exist")
    }

    @Test func nearMissDistance() {
        #expect(NearMissSuggestion.editDistance("actve", "active") == 1)
        #expect(NearMissSuggestion.editDistance("idel", "idle") == 2)
        #expect(NearMissSuggestion.editDistance("", "abc") == 3)
        #expect(NearMissSuggestion.closest(to: "idel", among: ["active", "idle"]) == "idle")
        #expect(NearMissSuggestion.closest(to: "zzzz", among: ["active", "idle"]) == nil)
        #expect(NearMissSuggestion.closest(to: "REGION", among: ["region"]) == "region", "case is ignored")
    }
}
