import Foundation

/// A request that pages with a token (Personalize `nextToken`/`maxResults`, SageMaker `NextToken`/`MaxResults`).
public protocol PaginatedRequest: Codable, Sendable {
    var paginationToken: String? { get set }
    var pageSize: Int? { get set }
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
    public struct Iterator: AsyncIteratorProtocol {
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
                resumeToken = ResumeToken.encode(serviceToken: pageToken, truncateAmount: consumedBefore + limit)
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
                    resumeToken = token
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
    public static func encode(serviceToken: String?, truncateAmount: Int) -> String {
        var object: [String: Any] = ["boto_truncate_amount": truncateAmount]
        if let serviceToken { object["nextToken"] = serviceToken }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return data.base64EncodedString()
    }

    public static func decode(_ token: String) -> (serviceToken: String?, truncateAmount: Int) {
        guard let data = Data(base64Encoded: token),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let amount = object["boto_truncate_amount"] as? Int
        else { return (token, 0) }
        let service = (object["nextToken"] as? String) ?? (object["NextToken"] as? String)
        return (service, amount)
    }
}
