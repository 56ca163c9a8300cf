import Dashboard

/// What the inspector shows: a solution version, or one row of a resource list.
public enum InspectorSubject: Equatable, Sendable {
    case version(arn: String)
    case resource(kind: ResourceKind, arn: String)
}
