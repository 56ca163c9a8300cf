import Foundation

/// A request that pages with a token (Personalize `nextToken`/`maxResults`, SageMaker `NextToken`/`MaxResults`).
public protocol PaginatedRequest: Codable, Sendable {
    var paginationToken: String? { get set }
    var pageSize: Int? { get set }
    /// The input token's member name (`nextToken` for Personalize, `NextToken` for SageMaker); boto3 keys its
    /// resume tokens by it.
    static var paginationTokenName: String { get }
}

extension PaginatedRequest {
    public static var paginationTokenName: String { "nextToken" }
}

/// A response page: its items and the token of the next page, if any.
public protocol PaginatedResponse: Decodable, Sendable {
    associatedtype Item: Sendable
    var items: [Item] { get set }
    var paginationToken: String? { get }
}

/// boto3's `PaginationConfig`: at most `maxItems` items in all, `pageSize` per request, starting at `startingToken`
/// (a service token, or a resume token that a previous run returned when `maxItems` stopped inside a page).
public struct PaginationConfig: Sendable, Equatable {
    public var maxItems: Int?
    public var pageSize: Int?
    public var startingToken: String?

    public init(maxItems: Int? = nil, pageSize: Int? = nil, startingToken: String? = nil) {
        self.maxItems = maxItems
        self.pageSize = pageSize
        self.startingToken = startingToken
    }
}

/// The pages of a list operation as an `AsyncSequence`, with boto3's semantics. Stops when a page has no token;
/// fails if the service repeats a token, so a bad server cannot loop us forever.
public struct Paginator<Request: PaginatedRequest, Response: PaginatedResponse>: AsyncSequence, Sendable {
    public typealias Element = Response
    public typealias Fetch = @Sendable (Request) async throws -> Response

    private let request: Request
    private let config: PaginationConfig
    private let fetch: Fetch

    public init(request: Request, config: PaginationConfig = PaginationConfig(), fetch: @escaping Fetch) {
        self.request = request
        self.config = config
        self.fetch = fetch
    }

    public init(request: Request, pageSize: Int? = nil, startingToken: String? = nil, fetch: @escaping Fetch) {
        self.init(request: request, config: PaginationConfig(pageSize: pageSize, startingToken: startingToken), fetch: fetch)
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(request: request, config: config, fetch: fetch)
    }

    /// Every item, and the token to resume from when `maxItems` stopped early (nil when the list is complete).
    public func collect() async throws -> (items: [Response.Item], resumeToken: String?) {
        var iterator = makeAsyncIterator()
        var items: [Response.Item] = []
        while let page = try await iterator.next() { items.append(contentsOf: page.items) }
        return (items, iterator.resumeToken)
    }

    /// Hands each page to `body` in order while the next page is already being fetched (one page ahead, never
    /// more), and returns the resume token as `collect()` does. A long listing's work on page N then overlaps the
    /// request for page N+1, and no more than two pages are held at once.
    public func forEachPage(_ body: (Response) throws -> Void) async throws -> String? {
        func fetchNext(after iterator: Iterator) -> Task<(page: Response?, iterator: Iterator), any Error> {
            Task {
                var iterator = iterator
                let page = try await iterator.next()
                return (page, iterator)
            }
        }
        var pending = fetchNext(after: makeAsyncIterator())
        while true {
            let (page, iterator) = try await withTaskCancellationHandler {
                try await pending.value
            } onCancel: { [pending] in
                pending.cancel()
            }
            guard let page else { return iterator.resumeToken }
            pending = fetchNext(after: iterator)
            do {
                try body(page)
            } catch {
                pending.cancel()
                throw error
            }
        }
    }

    /// Every item of every page, in order (up to `maxItems`).
    public func allItems() async throws -> [Response.Item] {
        try await collect().items
    }

    /// The items one by one, fetching pages as needed.
    public var items: AsyncThrowingStream<Response.Item, any Error> {
        let pages = self
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await page in pages {
                        for item in page.items { continuation.yield(item) }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// Fetches one page per `next()`.
    public struct Iterator: AsyncIteratorProtocol, Sendable {
        private var request: Request
        private let fetch: Fetch
        private var remaining: Int?
        private var skip: Int
        private var finished = false
        private var seenTokens: Set<String> = []
        /// Where to resume after `maxItems` was reached (boto3's NextToken), nil when the list is complete.
        public private(set) var resumeToken: String?

        init(request: Request, config: PaginationConfig, fetch: @escaping Fetch) {
            var request = request
            if let pageSize = config.pageSize { request.pageSize = pageSize }
            var skip = 0
            if let start = config.startingToken, !start.isEmpty {
                let decoded = ResumeToken.decode(start)
                request.paginationToken = decoded.serviceToken
                skip = decoded.truncateAmount
            }
            self.request = request
            self.fetch = fetch
            self.remaining = config.maxItems
            self.skip = skip
        }

        public mutating func next() async throws -> Response? {
            guard !finished else { return nil }
            if let remaining, remaining <= 0 { finished = true; return nil }
            let pageToken = request.paginationToken
            var page = try await fetch(request)
            let nextToken = page.paginationToken.flatMap { $0.isEmpty ? nil : $0 }
            if skip > 0 {
                page.items = Array(page.items.dropFirst(skip))
            }
            let consumedBefore = skip
            skip = 0
            if let limit = remaining, page.items.count > limit {
                page.items = Array(page.items.prefix(limit))
                // Resume inside this page: the same service token, skipping what was already returned.
                resumeToken = ResumeToken.encode(
                    serviceToken: pageToken, truncateAmount: consumedBefore + limit, tokenName: Request.paginationTokenName)
                remaining = 0
                finished = true
                return page
            }
            if let limit = remaining { remaining = limit - page.items.count }
            if let token = nextToken {
                guard seenTokens.insert(token).inserted else {
                    finished = true
                    throw PaginationError(description: "the service returned the same next token twice; stopped paging")
                }
                request.paginationToken = token
                if let remaining, remaining <= 0 {
                    resumeToken = ResumeToken.encode(serviceToken: token, truncateAmount: nil, tokenName: Request.paginationTokenName)
                    finished = true
                }
            } else {
                resumeToken = nil
                finished = true
            }
            return page
        }
    }
}

/// Paging went wrong on the service's side.
public struct PaginationError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
}

/// boto3's resume token when `MaxItems` stops inside a page: base64 of `{"nextToken": ..., "boto_truncate_amount": n}`.
/// Plain service tokens pass through unchanged.
public enum ResumeToken {
    /// botocore's encoding, byte for byte: base64 of `json.dumps({"nextToken": ..., "boto_truncate_amount": N})`
    /// (members in that order, Python's separators), so a token printed by pdash equals the AWS CLI's.
    public static func encode(serviceToken: String?, truncateAmount: Int?, tokenName: String = "nextToken") -> String {
        // botocore writes the token even when the first page was cut (it is then null).
        var members = ["\(pythonQuoted(tokenName)): \(serviceToken.map(pythonQuoted) ?? "null")"]
        if let truncateAmount { members.append("\"boto_truncate_amount\": \(truncateAmount)") }
        return Data("{\(members.joined(separator: ", "))}".utf8).base64EncodedString()
    }

    /// A resume token's service token and how many items of that page were already returned. Anything that is
    /// not a resume token is taken as a service token.
    public static func decode(_ token: String) -> (serviceToken: String?, truncateAmount: Int) {
        guard let data = Data(base64Encoded: token),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              !object.isEmpty,
              object.keys.allSatisfy({ ["nextToken", "NextToken", "boto_truncate_amount"].contains($0) })
        else { return (token, 0) }
        let service = (object["nextToken"] as? String) ?? (object["NextToken"] as? String)
        return (service, object["boto_truncate_amount"] as? Int ?? 0)
    }

    /// `json.dumps` of a string with ensure_ascii: quotes, backslashes, control and non-ASCII characters escaped.
    static func pythonQuoted(_ text: String) -> String {
        var out = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(unit)!)
            default:
                let hex = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out + "\""
    }
}
