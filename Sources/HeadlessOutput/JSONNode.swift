import Foundation

/// A JSON document that keeps member order and knows which numbers are timestamps and which are doubles, so it
/// can be printed the way the AWS CLI prints it.
public indirect enum JSONNode: Equatable, Sendable {
    case object([Member])
    case array([JSONNode])
    case string(String)
    case integer(Int64)
    case double(Double)
    case bool(Bool)
    case timestamp(Date)
    case null

    public struct Member: Equatable, Sendable {
        public var key: String
        public var value: JSONNode

        public init(_ key: String, _ value: JSONNode) {
            self.key = key
            self.value = value
        }
    }

    /// The member `key` of an object.
    public subscript(key: String) -> JSONNode? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Appends a member to an object (the AWS CLI's `NextToken`).
    public func appending(_ key: String, _ value: JSONNode) -> JSONNode {
        guard case let .object(members) = self else { return self }
        return .object(members + [Member(key, value)])
    }
}

/// Encodes any `Encodable` (the AWS shapes) into a `JSONNode`, in declaration order; maps get sorted keys.
public enum NodeEncoder {
    public static func encode(_ value: some Encodable) throws -> JSONNode {
        try NodeStorage.box(value, codingPath: []).node
    }
}

/// The tree under construction; containers hand out references to their children.
final class NodeStorage {
    enum Kind {
        case empty
        case value(JSONNode)
        case object([(String, NodeStorage)], sorted: Bool)
        case array([NodeStorage])
    }

    var kind: Kind = .empty

    var node: JSONNode {
        switch kind {
        case .empty: return .object([])
        case let .value(node): return node
        case let .object(members, sorted):
            let ordered = sorted ? members.sorted { $0.0 < $1.0 } : members
            return .object(ordered.map { JSONNode.Member($0.0, $0.1.node) })
        case let .array(elements): return .array(elements.map(\.node))
        }
    }

    static func box(_ value: some Encodable, codingPath: [any CodingKey]) throws -> NodeStorage {
        let storage = NodeStorage()
        if let date = value as? Date {
            storage.kind = .value(.timestamp(date))
        } else {
            try value.encode(to: NodeTreeEncoder(storage: storage, codingPath: codingPath))
        }
        return storage
    }
}

struct NodeTreeEncoder: Encoder {
    let storage: NodeStorage
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = storage.kind {} else {
            // Dictionaries encode through a keyed container too; their keys are sorted, as the emulator sends them.
            storage.kind = .object([], sorted: String(describing: Key.self).contains("DictionaryCodingKey"))
        }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(storage: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = storage.kind {} else { storage.kind = .array([]) }
        return UnkeyedNodeContainer(storage: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(storage: storage, codingPath: codingPath)
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: NodeStorage
    var codingPath: [any CodingKey]

    private func set(_ child: NodeStorage, for key: Key) {
        guard case .object(var members, let sorted) = storage.kind else { return }
        storage.kind = .empty  // `members` is then the array's only reference: appended in place, not copied
        let name = key.stringValue
        if let existing = members.firstIndex(where: { $0.0 == name }) {
            members[existing].1 = child
        } else {
            members.append((name, child))
        }
        storage.kind = .object(members, sorted: sorted)
    }

    private func set(_ node: JSONNode, for key: Key) {
        let child = NodeStorage()
        child.kind = .value(node)
        set(child, for: key)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.null, for: key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), for: key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), for: key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.double(value), for: key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(.double(Double(value)), for: key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.integer(Int64(value)), for: key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.integer(value), for: key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.integer(Int64(value)), for: key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try NodeStorage.box(value, codingPath: codingPath + [key]), for: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = NodeStorage()
        set(child, for: key)
        return NodeTreeEncoder(storage: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = NodeStorage()
        set(child, for: key)
        return NodeTreeEncoder(storage: child, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeTreeEncoder(storage: storage, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = NodeStorage()
        set(child, for: key)
        return NodeTreeEncoder(storage: child, codingPath: codingPath + [key])
    }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let storage: NodeStorage
    var codingPath: [any CodingKey]
    var count: Int {
        if case let .array(elements) = storage.kind { return elements.count }
        return 0
    }

    private func append(_ child: NodeStorage) {
        guard case var .array(elements) = storage.kind else { return }
        storage.kind = .empty  // appended in place, not copied
        elements.append(child)
        storage.kind = .array(elements)
    }

    private func append(_ node: JSONNode) {
        let child = NodeStorage()
        child.kind = .value(node)
        append(child)
    }

    mutating func encodeNil() throws { append(.null) }
    mutating func encode(_ value: Bool) throws { append(.bool(value)) }
    mutating func encode(_ value: String) throws { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(.double(value)) }
    mutating func encode(_ value: Int) throws { append(.integer(Int64(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { append(try NodeStorage.box(value, codingPath: codingPath)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = NodeStorage()
        append(child)
        return NodeTreeEncoder(storage: child, codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = NodeStorage()
        append(child)
        return NodeTreeEncoder(storage: child, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = NodeStorage()
        append(child)
        return NodeTreeEncoder(storage: child, codingPath: codingPath)
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let storage: NodeStorage
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { storage.kind = .value(.null) }
    mutating func encode(_ value: Bool) throws { storage.kind = .value(.bool(value)) }
    mutating func encode(_ value: String) throws { storage.kind = .value(.string(value)) }
    mutating func encode(_ value: Double) throws { storage.kind = .value(.double(value)) }
    mutating func encode(_ value: Float) throws { storage.kind = .value(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { storage.kind = .value(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) throws { storage.kind = .value(.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        storage.kind = try NodeStorage.box(value, codingPath: codingPath).kind
    }
}
