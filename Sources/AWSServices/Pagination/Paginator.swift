/// A request that pages with a token (Personalize `nextToken`/`maxResults`, SageMaker `NextToken`/`MaxResults`).
public protocol PaginatedRequest: Codable, Sendable {
    var paginationToken: String? { get set }
    var pageSize: Int? { get set }
}

/// A response page: its items and the token of the next page, if any.
public protocol PaginatedResponse: Decodable, Sendable {
    associatedtype Item: Sendable
    var items: [Item] { get }
    var paginationToken: String? { get }
}

/// The pages of a list operation as an `AsyncSequence`, like boto3's paginators (PageSize, StartingToken).
/// Stops when a page has no token; fails if the service repeats a token, so a bad server cannot loop us forever.
public struct Paginator<Request: PaginatedRequest, Response: PaginatedResponse>: AsyncSequence, Sendable {
    public typealias Element = Response
    public typealias Fetch = @Sendable (Request) async throws -> Response

    private let request: Request
    private let fetch: Fetch

    public init(request: Request, pageSize: Int? = nil, startingToken: String? = nil, fetch: @escaping Fetch) {
        var request = request
        if let pageSize { request.pageSize = pageSize }
        if let startingToken { request.paginationToken = startingToken }
        self.request = request
        self.fetch = fetch
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(request: request, fetch: fetch)
    }

    /// Fetches one page per `next()`.
    public struct Iterator: AsyncIteratorProtocol {
        private var request: Request
        private let fetch: Fetch
        private var finished = false
        private var seenTokens: Set<String> = []

        init(request: Request, fetch: @escaping Fetch) {
            self.request = request
            self.fetch = fetch
        }

        public mutating func next() async throws -> Response? {
            guard !finished else { return nil }
            let page = try await fetch(request)
            if let token = page.paginationToken, !token.isEmpty {
                guard seenTokens.insert(token).inserted else {
                    finished = true
                    throw PaginationError(description: "the service returned the same next token twice; stopped paging")
                }
                request.paginationToken = token
            } else {
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

extension Paginator {
    /// Every item of every page, in order.
    public func allItems() async throws -> [Response.Item] {
        var items: [Response.Item] = []
        for try await page in self { items.append(contentsOf: page.items) }
        return items
    }
}
