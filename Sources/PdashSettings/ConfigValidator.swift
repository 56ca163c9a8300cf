/// Turns a parsed TOML document into a `PdashConfig`, rejecting unknown tables and keys and values that do not fit.
struct ConfigValidator {
    let file: String
    let knownActions: Set<String>

    private static let rootKeys = ["profile", "region", "solution_arn", "read_only", "theme", "notifications",
                                   "price_per_training_hour", "pane"]
    private static let refreshKeys = ["active", "idle"]
    private static let profileKeys = ["read_only", "region", "solution_arn", "price_per_training_hour",
                                      "refresh_active", "refresh_idle"]
    private static let tableNames = ["refresh", "keys", "profiles"]

    /// Validates every table in file order and throws the first problem.
    func config(from document: TOMLDocument) throws(ConfigError) -> PdashConfig {
        var config = PdashConfig()
        for table in document.tables {
            let reader = ConfigValueReader(file: file, tablePath: table.path)
            if table.path.count == 2, table.path[0] == "profiles" {
                config.profiles[table.path[1]] = try readProfile(table, reader)
                continue
            }
            switch table.path {
            case []: try readRoot(table, reader, into: &config)
            case ["refresh"]: try readRefresh(table, reader, into: &config)
            case ["keys"]: try readKeys(table, reader, into: &config)
            case ["profiles"]: try rejectBareProfilesEntries(table, reader)
            default: throw unknownTable(table)
            }
        }
        return config
    }

    private func readRoot(_ table: TOMLDocument.Table, _ reader: ConfigValueReader, into config: inout PdashConfig) throws(ConfigError) {
        for entry in table.entries {
            switch entry.key {
            case "profile": config.profile = try reader.nonEmptyString(entry)
            case "region": config.region = try reader.region(entry)
            case "solution_arn": config.solutionArn = try reader.solutionArn(entry)
            case "read_only": config.readOnly = try reader.boolean(entry)
            case "theme": config.theme = try reader.choice(entry, as: ThemeSetting.self)
            case "notifications": config.notifications = try reader.choice(entry, as: NotificationSetting.self)
            case "price_per_training_hour": config.pricePerTrainingHour = try reader.price(entry)
            case "pane": config.pane = try reader.choice(entry, as: StartPane.self)
            default: throw reader.failure(entry, NearMissSuggestion.unknownMessage("key", name: entry.key, known: Self.rootKeys))
            }
        }
    }

    private func readRefresh(_ table: TOMLDocument.Table, _ reader: ConfigValueReader, into config: inout PdashConfig) throws(ConfigError) {
        for entry in table.entries {
            switch entry.key {
            case "active": config.refreshActive = try reader.seconds(entry)
            case "idle": config.refreshIdle = try reader.seconds(entry)
            default: throw reader.failure(entry, NearMissSuggestion.unknownMessage("key", name: entry.key, known: Self.refreshKeys))
            }
        }
    }

    private func readKeys(_ table: TOMLDocument.Table, _ reader: ConfigValueReader, into config: inout PdashConfig) throws(ConfigError) {
        for entry in table.entries {
            guard knownActions.contains(entry.key) else {
                throw reader.failure(entry, NearMissSuggestion.unknownMessage("action", name: entry.key, known: Array(knownActions)))
            }
            let spec = try reader.keySpec(entry)
            if let taken = config.keys.first(where: { $0.spec == spec }) {
                throw reader.failure(entry, "\(TOMLValue.quoted(spec.text)) is already bound to '\(taken.action)' on line \(taken.line)")
            }
            config.keys.append(KeyOverride(action: entry.key, spec: spec, line: entry.line))
        }
    }

    private func rejectBareProfilesEntries(_ table: TOMLDocument.Table, _ reader: ConfigValueReader) throws(ConfigError) {
        if let entry = table.entries.first {
            throw reader.failure(entry, "unknown key: per-profile settings go in a [profiles.NAME] section")
        }
    }

    private func readProfile(_ table: TOMLDocument.Table, _ reader: ConfigValueReader) throws(ConfigError) -> ProfileOverrides {
        guard !table.path[1].isEmpty else {
            throw ConfigError(file: file, line: table.line, message: "a profile name in [profiles.NAME] must not be empty")
        }
        var overrides = ProfileOverrides()
        for entry in table.entries {
            switch entry.key {
            case "read_only": overrides.readOnly = try reader.boolean(entry)
            case "region": overrides.region = try reader.region(entry)
            case "solution_arn": overrides.solutionArn = try reader.solutionArn(entry)
            case "price_per_training_hour": overrides.pricePerTrainingHour = try reader.price(entry)
            case "refresh_active": overrides.refreshActive = try reader.seconds(entry)
            case "refresh_idle": overrides.refreshIdle = try reader.seconds(entry)
            default: throw reader.failure(entry, NearMissSuggestion.unknownMessage("key", name: entry.key, known: Self.profileKeys))
            }
        }
        return overrides
    }

    private func unknownTable(_ table: TOMLDocument.Table) -> ConfigError {
        let header = "unknown table [\(TOMLDocument.dottedName(table.path))]"
        let message: String
        switch table.path.first {
        case "profiles":
            message = header + ": profile sections are [profiles.NAME] and have no sub-tables"
        case let first? where Self.tableNames.contains(first):
            message = header + ": [\(first)] has no sub-tables"
        default:
            let name = table.path.first ?? ""
            let known = "(known: " + Self.tableNames.sorted().joined(separator: ", ") + ")"
            let guess = NearMissSuggestion.closest(to: name, among: Self.tableNames).map { "; did you mean '\($0)'?" } ?? ""
            message = header + " " + known + guess
        }
        return ConfigError(file: file, line: table.line, message: message)
    }
}
