import Foundation

/// Personalize ARNs in the real formats, and the validation rules of the `Arn` shape.
enum PersonalizeARN {
    static let maximumLength = 256

    static func datasetGroup(region: String, account: String, name: String) -> String {
        "arn:aws:personalize:\(region):\(account):dataset-group/\(name)"
    }

    static func solution(region: String, account: String, name: String) -> String {
        "arn:aws:personalize:\(region):\(account):solution/\(name)"
    }

    static func solutionVersion(region: String, account: String, solution: String, id: String) -> String {
        "arn:aws:personalize:\(region):\(account):solution/\(solution)/\(id)"
    }

    static func recipe(_ name: String) -> String {
        "arn:aws:personalize:::recipe/\(name)"
    }

    /// Checks the model's constraints on an `Arn` member; the error names the member as AWS does.
    static func validate(_ value: String, member: String) throws(EmulatorError) {
        if value.count > maximumLength {
            throw .invalidInput(
                "1 validation error detected: Value '\(value)' at '\(member)' failed to satisfy constraint: "
                    + "Member must have length less than or equal to \(maximumLength)")
        }
        if !matchesPattern(value) {
            throw .invalidInput(
                "1 validation error detected: Value '\(value)' at '\(member)' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: arn:([a-z\\d-]+):personalize:.*:.*:.+")
        }
    }

    /// `arn:([a-z\d-]+):personalize:.*:.*:.+`
    static func matchesPattern(_ value: String) -> Bool {
        let fields = value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", !fields[1].isEmpty, fields[2] == "personalize", !fields[5].isEmpty
        else { return false }
        return fields[1].allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// The region, account and resource (`solution/name`) of a valid ARN.
    static func parts(_ value: String) -> (region: String, account: String, resource: String)? {
        let fields = value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6 else { return nil }
        return (String(fields[3]), String(fields[4]), String(fields[5]))
    }
}
