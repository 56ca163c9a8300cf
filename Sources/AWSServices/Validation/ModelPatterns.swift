/// The model's regular-expression patterns, each with a hand-written whole-string matcher (Java `matches()` semantics).
public enum ModelPattern {
    public static let personalizeArn = #"arn:([a-z\d-]+):personalize:.*:.*:.+"#
    public static let personalizeName = #"^[a-zA-Z0-9][a-zA-Z0-9\-_]*"#
    public static let personalizeNextToken = #"\p{ASCII}{0,1500}"#
    public static let personalizeTag = #"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"#
    public static let sageMakerImageName = #"[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}"#
    public static let sageMakerImageNameContains = #"[a-zA-Z0-9\-.]+"#
    public static let sageMakerImageVersionAlias = #"(?!^[.-])^([a-zA-Z0-9-_.]+)"#
    public static let sageMakerNextToken = ".*"

    /// `arn:([a-z\d-]+):personalize:.*:.*:.+`
    public static func isPersonalizeArn(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard !scalars.contains(where: isLineTerminator), value.hasPrefix("arn:") else { return false }
        var index = 4
        let partitionStart = index
        while index < scalars.count, isLowerAlphanumeric(scalars[index]) || scalars[index] == "-" { index += 1 }
        guard index > partitionStart else { return false }
        let marker = Array(":personalize:".unicodeScalars)
        guard scalars.count >= index + marker.count, Array(scalars[index..<index + marker.count]) == marker
        else { return false }
        // `.*:.*:.+` after "personalize:": two more colons, with at least one character after the second.
        let tail = Array(scalars[(index + marker.count)...])
        let colons = tail.indices.filter { tail[$0] == ":" }
        return colons.count >= 2 && colons[1] < tail.count - 1
    }

    /// `^[a-zA-Z0-9][a-zA-Z0-9\-_]*`
    public static func isPersonalizeName(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, isAlphanumeric(first) else { return false }
        return value.unicodeScalars.dropFirst().allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "_" }
    }

    /// `\p{ASCII}{0,1500}`
    public static func isPersonalizeNextToken(_ value: String) -> Bool {
        value.unicodeScalars.count <= 1500 && value.unicodeScalars.allSatisfy(\.isASCII)
    }

    /// `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`
    public static func isPersonalizeTag(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .spaceSeparator, .lineSeparator, .paragraphSeparator,
                 .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return "_.:/=+-@".unicodeScalars.contains(scalar)
            }
        }
    }

    /// `[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}`: alphanumerics, single `-` or `.` between them, at most 63 alphanumerics.
    public static func isSageMakerImageName(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard let first = scalars.first, isAlphanumeric(first) else { return false }
        var index = 1
        var groups = 0
        while index < scalars.count {
            if scalars[index] == "-" || scalars[index] == "." { index += 1 }
            guard index < scalars.count, isAlphanumeric(scalars[index]) else { return false }
            index += 1
            groups += 1
        }
        return groups <= 62
    }

    /// `[a-zA-Z0-9\-.]+`
    public static func isSageMakerImageNameContains(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "." }
    }

    /// `(?!^[.-])^([a-zA-Z0-9-_.]+)`: letters, digits, `-`, `_`, `.`, not starting with `.` or `-`.
    public static func isSageMakerImageVersionAlias(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, first != ".", first != "-" else { return false }
        return value.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// `.*`: anything but a line terminator.
    public static func isSingleLine(_ value: String) -> Bool {
        !value.unicodeScalars.contains(where: isLineTerminator)
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// What Java's `.` does not match.
    static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }
}

/// The member types the Personalize and SageMaker requests share.
extension RequestValidator {
    /// Personalize `Arn`: at most 256, `arn:([a-z\d-]+):personalize:.*:.*:.+`.
    mutating func personalizeArn(_ value: String?, _ member: String) {
        length(value, member, max: 256)
        pattern(value, member, ModelPattern.personalizeArn, matches: ModelPattern.isPersonalizeArn)
    }

    /// A required Personalize `Arn`.
    mutating func requiredPersonalizeArn(_ value: String?, _ member: String) {
        if required(value, member) { personalizeArn(value, member) }
    }

    /// Personalize `Name`: 1 to 63, `^[a-zA-Z0-9][a-zA-Z0-9\-_]*`.
    mutating func personalizeName(_ value: String?, _ member: String) {
        length(value, member, min: 1, max: 63)
        pattern(value, member, ModelPattern.personalizeName, matches: ModelPattern.isPersonalizeName)
    }

    /// Personalize `nextToken` and `maxResults` (1 to 100).
    mutating func personalizePage(nextToken: String?, maxResults: Int?) {
        length(nextToken, "nextToken", max: 1500)
        pattern(nextToken, "nextToken", ModelPattern.personalizeNextToken, matches: ModelPattern.isPersonalizeNextToken)
        range(maxResults, "maxResults", min: 1, max: 100)
    }

    /// SageMaker `NextToken` (at most 8192, `.*`) and `MaxResults` (1 to 100); the service spells members lowerCamel.
    mutating func sageMakerPage(nextToken: String?, maxResults: Int?) {
        length(nextToken, "nextToken", max: 8192)
        pattern(nextToken, "nextToken", ModelPattern.sageMakerNextToken, matches: ModelPattern.isSingleLine)
        range(maxResults, "maxResults", min: 1, max: 100)
    }

    /// SageMaker `ImageName`: 1 to 63, `[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}`.
    mutating func sageMakerImageName(_ value: String?, _ member: String) {
        length(value, member, min: 1, max: 63)
        pattern(value, member, ModelPattern.sageMakerImageName, matches: ModelPattern.isSageMakerImageName)
    }
}
