/// A request that checks itself against its service model's constraints before it is sent.
public protocol ValidatableRequest {
    func validate() throws(RequestValidationError)
}

/// A request broke one or more model constraints; worded like the service's own validation error.
public struct RequestValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var violations: [Violation]

    public init(violations: [Violation]) {
        self.violations = violations
    }

    /// "1 validation error detected: Value 'x' at 'solutionArn' failed to satisfy constraint: ...", joined by "; ".
    public var description: String {
        let count = violations.count
        return "\(count) validation error\(count == 1 ? "" : "s") detected: "
            + violations.map(\.message).joined(separator: "; ")
    }

    /// One broken constraint of one member.
    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        /// The member's path as the service spells it, e.g. `solutionArn`, `maxResults` or `tags.1.member.tagKey`.
        public var member: String
        public var value: Value
        /// E.g. "Member must have length less than or equal to 256".
        public var constraint: String

        public init(member: String, value: Value, constraint: String) {
            self.member = member
            self.value = value
            self.constraint = constraint
        }

        /// How the offending value is shown: quoted, `null` when missing, left out when sensitive.
        public enum Value: Sendable, Equatable {
            case text(String)
            case null
            case redacted
        }

        public var message: String {
            let shown: String
            switch value {
            case let .text(text): shown = "Value '\(text)' "
            case .null: shown = "Value null "
            case .redacted: shown = "Value "
            }
            return "\(shown)at '\(member)' failed to satisfy constraint: \(constraint)"
        }

        public var description: String { message }
    }
}

/// Collects violations member by member, then throws them all at once.
public struct RequestValidator: Sendable {
    public private(set) var violations: [RequestValidationError.Violation] = []

    public init() {}

    public mutating func add(_ member: String, _ value: RequestValidationError.Violation.Value, _ constraint: String) {
        violations.append(.init(member: member, value: value, constraint: constraint))
    }

    /// A required member: records "must not be null" when it is missing. Returns whether it is present.
    @discardableResult
    public mutating func required<T>(_ value: T?, _ member: String) -> Bool {
        guard value == nil else { return true }
        add(member, .null, "Member must not be null")
        return false
    }

    /// A string's length in UTF-16 code units, as the service (Java) counts it.
    public mutating func length(
        _ value: String?, _ member: String, min: Int? = nil, max: Int? = nil, sensitive: Bool = false
    ) {
        guard let value else { return }
        let count = value.utf16.count
        let shown: RequestValidationError.Violation.Value = sensitive ? .redacted : .text(value)
        if let min, count < min { add(member, shown, "Member must have length greater than or equal to \(min)") }
        if let max, count > max { add(member, shown, "Member must have length less than or equal to \(max)") }
    }

    /// A list's number of elements (the value itself is not shown).
    public mutating func count<Element>(_ value: [Element]?, _ member: String, min: Int? = nil, max: Int? = nil) {
        guard let value else { return }
        if let min, value.count < min {
            add(member, .redacted, "Member must have length greater than or equal to \(min)")
        }
        if let max, value.count > max {
            add(member, .redacted, "Member must have length less than or equal to \(max)")
        }
    }

    public mutating func range(_ value: Int?, _ member: String, min: Int? = nil, max: Int? = nil) {
        guard let value else { return }
        if let min, value < min {
            add(member, .text(String(value)), "Member must have value greater than or equal to \(min)")
        }
        if let max, value > max {
            add(member, .text(String(value)), "Member must have value less than or equal to \(max)")
        }
    }

    /// A regular-expression constraint, checked by `matches` (a hand-written equivalent of `pattern`, whole-string).
    public mutating func pattern(
        _ value: String?, _ member: String, _ pattern: String, sensitive: Bool = false, matches: (String) -> Bool
    ) {
        guard let value, !matches(value) else { return }
        add(member, sensitive ? .redacted : .text(value), "Member must satisfy regular expression pattern: \(pattern)")
    }

    /// An enum constraint: the value must be one of `allowed`, spelled exactly.
    public mutating func oneOf(_ value: String?, _ member: String, _ allowed: [String]) {
        guard let value, !allowed.contains(value) else { return }
        add(member, .text(value), "Member must satisfy enum value set: [\(allowed.joined(separator: ", "))]")
    }

    /// Throws everything recorded so far, if anything.
    public func finish() throws(RequestValidationError) {
        if !violations.isEmpty { throw RequestValidationError(violations: violations) }
    }
}
