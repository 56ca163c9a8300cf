/// Checks and converts the values of one config table, with the messages users see when a value is wrong.
struct ConfigValueReader {
    let file: String
    /// The path of the table the entries belong to, for naming keys in errors.
    let tablePath: [String]

    /// The smallest and largest refresh interval, in seconds.
    static let refreshRange: ClosedRange<Double> = 1...3600

    /// An error about `entry`, naming it with its table path.
    func failure(_ entry: TOMLDocument.Entry, _ message: String) -> ConfigError {
        ConfigError(file: file, line: entry.line, key: TOMLDocument.dottedName(tablePath + [entry.key]), message: message)
    }

    /// A non-empty string.
    func nonEmptyString(_ entry: TOMLDocument.Entry) throws(ConfigError) -> String {
        guard case let .string(text) = entry.value, !text.isEmpty else {
            throw failure(entry, "must be a non-empty string, got \(entry.value.tomlText)")
        }
        return text
    }

    /// `true` or `false`.
    func boolean(_ entry: TOMLDocument.Entry) throws(ConfigError) -> Bool {
        guard case let .boolean(flag) = entry.value else {
            throw failure(entry, "must be true or false, got \(entry.value.tomlText)")
        }
        return flag
    }

    /// A refresh interval: an integer or float number of seconds in `refreshRange`.
    func seconds(_ entry: TOMLDocument.Entry) throws(ConfigError) -> Double {
        guard let number = entry.value.number, Self.refreshRange.contains(number) else {
            throw failure(entry, "must be a number of seconds between 1 and 3600, got \(entry.value.tomlText)")
        }
        return number
    }

    /// A price in USD: a number, 0 or more.
    func price(_ entry: TOMLDocument.Entry) throws(ConfigError) -> Double {
        guard let number = entry.value.number, number >= 0 else {
            throw failure(entry, "must be a price in USD per training hour, 0 or more, got \(entry.value.tomlText)")
        }
        return number
    }

    /// An AWS region name such as `eu-west-1`.
    func region(_ entry: TOMLDocument.Entry) throws(ConfigError) -> String {
        guard case let .string(text) = entry.value, Self.isRegion(text) else {
            throw failure(entry, "must be an AWS region such as \"eu-west-1\", got \(entry.value.tomlText)")
        }
        return text
    }

    /// `arn:PARTITION:personalize:REGION:ACCOUNT:solution/NAME`.
    func solutionArn(_ entry: TOMLDocument.Entry) throws(ConfigError) -> String {
        guard case let .string(text) = entry.value, Self.isSolutionArn(text) else {
            throw failure(entry, "must be a Personalize solution ARN "
                + "(arn:PARTITION:personalize:REGION:ACCOUNT:solution/NAME), got \(entry.value.tomlText)")
        }
        return text
    }

    /// One of a fixed set of words, listed in the error when the value is not one of them.
    func choice<Choice: CaseIterable & RawRepresentable<String>>(_ entry: TOMLDocument.Entry, as _: Choice.Type) throws(ConfigError) -> Choice {
        guard case let .string(text) = entry.value, let choice = Choice(rawValue: text) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw failure(entry, "must be one of \(allowed); got \(entry.value.tomlText)")
        }
        return choice
    }

    /// A key spec for the `[keys]` table.
    func keySpec(_ entry: TOMLDocument.Entry) throws(ConfigError) -> KeySpec {
        guard case let .string(text) = entry.value, let spec = KeySpec(parsing: text) else {
            throw failure(entry, "must be a key: \(KeySpec.formsDescription); got \(entry.value.tomlText)")
        }
        return spec
    }

    // MARK: - Shapes

    /// `xx-name-N` with lowercase words, such as `eu-west-1` or `us-gov-west-1`.
    static func isRegion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let first = parts.first, let last = parts.last else { return false }
        let isLowercaseWord = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isLowercase } }
        return first.count == 2 && isLowercaseWord(first)
            && !last.isEmpty && last.count <= 2 && last.allSatisfy { $0.isASCII && $0.isNumber }
            && parts.dropFirst().dropLast().allSatisfy(isLowercaseWord)
    }

    /// `arn:PARTITION:personalize:REGION:ACCOUNT:solution/NAME` with a 12-digit account and a Personalize name.
    static func isSolutionArn(_ text: String) -> Bool {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", fields[2] == "personalize" else { return false }
        let partition = fields[1], account = fields[4], resource = fields[5]
        guard partition.hasPrefix("aws"), partition.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }),
              isRegion(String(fields[3])),
              account.count == 12, account.allSatisfy({ $0.isASCII && $0.isNumber }),
              resource.hasPrefix("solution/")
        else { return false }
        let name = resource.dropFirst("solution/".count)
        guard let first = name.first, name.count <= 63, first.isASCII, first.isLetter || first.isNumber else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
