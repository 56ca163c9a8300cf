import AWSServices
import Foundation
import Synchronization
import Testing

/// `Paginator.forEachPage`: pages in order, the next one requested while the current one is handled (never more
/// than one ahead), the resume token as `collect()` gives it, and failures from either side.
@Suite("Paginator.forEachPage")
struct PageAheadTests {
    /// A service of `total` numbered items answered `size` at a time; records which pages were requested.
    final class NumberService: Sendable {
        let total: Int
        let failAt: Int?
        let requested = Mutex<[String?]>([])

        struct Broken: Error {}

        init(total: Int, failAt: Int? = nil) {
            self.total = total
            self.failAt = failAt
        }

        func page(_ request: ListCampaignsRequest) throws -> ListCampaignsResponse {
            requested.withLock { $0.append(request.nextToken) }
            let start = Int(request.nextToken ?? "0") ?? 0
            if let failAt, start >= failAt { throw Broken() }
            let end = min(start + (request.maxResults ?? 25), total)
            let items = (start..<end).map { CampaignSummary(name: "c\($0)", campaignArn: "arn:c\($0)") }
            return ListCampaignsResponse(campaigns: items, nextToken: end < total ? String(end) : nil)
        }

        func paginator(_ config: PaginationConfig) -> Paginator<ListCampaignsRequest, ListCampaignsResponse> {
            Paginator(request: ListCampaignsRequest(), config: config) { try self.page($0) }
        }
    }

    @Test func pagesInOrderWithTheResumeTokenOfCollect() async throws {
        for config in [PaginationConfig(pageSize: 10), PaginationConfig(maxItems: 35, pageSize: 10),
                       PaginationConfig(maxItems: 30, pageSize: 10), PaginationConfig(maxItems: 5)] {
            let service = NumberService(total: 95)
            var names: [String] = []
            let token = try await service.paginator(config).forEachPage { page in names += page.items.compactMap(\.name) }
            let expected = try await NumberService(total: 95).paginator(config).collect()
            #expect(names == expected.items.compactMap(\.name))
            #expect(token == expected.resumeToken)
        }
    }

    @Test func theNextPageIsRequestedBeforeThePageIsHandledButNoFurther() async throws {
        // Which page each request asked for, and how many pages had been handled when it was sent. Page n+1 is
        // requested as soon as page n arrives (before it is handled: whether the request actually overlaps the
        // handling is up to the scheduler, so it is not asserted), and page n+2 only after page n was handled.
        let handled = Mutex(0)
        let sent = Mutex<[(page: Int, handledBefore: Int)]>([])
        let paginator = Paginator<ListCampaignsRequest, ListCampaignsResponse>(
            request: ListCampaignsRequest(), config: PaginationConfig(pageSize: 10)
        ) { request in
            let start = Int(request.nextToken ?? "0") ?? 0
            sent.withLock { $0.append((start / 10, handled.withLock { $0 })) }
            let end = min(start + 10, 50)
            let items = (start..<end).map { CampaignSummary(name: "c\($0)", campaignArn: "arn:c\($0)") }
            return ListCampaignsResponse(campaigns: items, nextToken: end < 50 ? String(end) : nil)
        }
        _ = try await paginator.forEachPage { _ in
            Thread.sleep(forTimeInterval: 0.005)
            handled.withLock { $0 += 1 }
        }
        let requests = sent.withLock { $0 }
        #expect(requests.map(\.page) == [0, 1, 2, 3, 4])
        for request in requests {
            #expect(request.handledBefore >= request.page - 1 && request.handledBefore <= request.page,
                    "page \(request.page) was requested after \(request.handledBefore) pages were handled")
        }
    }

    @Test func aFailingPageEndsTheListingWithItsError() async throws {
        let service = NumberService(total: 50, failAt: 20)
        var handled = 0
        await #expect(throws: NumberService.Broken.self) {
            _ = try await service.paginator(PaginationConfig(pageSize: 10)).forEachPage { _ in handled += 1 }
        }
        #expect(handled == 2)
    }

    @Test func aFailingHandlerStopsThePaging() async throws {
        struct Stop: Error {}
        let service = NumberService(total: 500)
        await #expect(throws: Stop.self) {
            _ = try await service.paginator(PaginationConfig(pageSize: 10)).forEachPage { _ in throw Stop() }
        }
        #expect(service.requested.withLock(\.count) <= 2)
    }
}
