@testable import Emulator
import Foundation
import Testing

@Suite("Fault injector and control clock")
struct FaultAndClockTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func faultsMatchByBareNameFullTargetOrStar() {
        let injector = FaultInjector()
        _ = injector.arm(operation: "ListSolutions", fault: .throttle, count: 1, seconds: nil, delayMs: 0, now: now)
        #expect(injector.take(for: "AmazonPersonalize.ListSolutionVersions", now: now) == nil)
        #expect(injector.take(for: "AmazonPersonalize.ListSolutions", now: now)?.fault == .throttle)
        #expect(injector.take(for: "AmazonPersonalize.ListSolutions", now: now) == nil, "used up")
        _ = injector.arm(operation: "*", fault: .http500, count: nil, seconds: 10, delayMs: 0, now: now)
        #expect(injector.take(for: "STS.AssumeRole", now: now.addingTimeInterval(9))?.fault == .http500)
        #expect(injector.take(for: "STS.AssumeRole", now: now.addingTimeInterval(9))?.fault == .http500, "a window has no count")
        #expect(injector.take(for: "STS.AssumeRole", now: now.addingTimeInterval(10)) == nil, "the window ended")
    }

    @Test func theOldestMatchingFaultGoesFirst() {
        let injector = FaultInjector()
        _ = injector.arm(operation: "DescribeRecipe", fault: .delay, count: 1, seconds: nil, delayMs: 5, now: now)
        _ = injector.arm(operation: "*", fault: .reset, count: 1, seconds: nil, delayMs: 0, now: now)
        #expect(injector.take(for: "AmazonPersonalize.DescribeRecipe", now: now)?.fault == .delay)
        #expect(injector.take(for: "AmazonPersonalize.DescribeRecipe", now: now)?.fault == .reset)
        #expect(injector.active(now: now).isEmpty)
    }

    @Test func clockAdvancesAndScales() {
        let wall = ManualClock(now)
        let clock = EmulatorClock(wall: wall.function)
        #expect(clock.now() == now)
        clock.adjust(advance: 3600)
        #expect(clock.now() == now.addingTimeInterval(3600))
        clock.adjust(rate: 10)
        wall.advance(by: 2)
        #expect(abs(clock.now().timeIntervalSince(now.addingTimeInterval(3620))) < 1e-6)
        clock.reset()
        #expect(clock.now() == wall.now)
    }

    @Test func malformedKeepsHalfTheBodyAndBreaksTheJSON() {
        let fault = Fault(id: "f", operation: "*", fault: .malformed, remaining: 1, until: nil, delayMs: 0)
        let answer = EmulatorResponder.apply(fault, to: .init(status: 200, body: Array(#"{"solutions":[]}"#.utf8)))
        #expect((try? JSONSerialization.jsonObject(with: Data(answer.body))) == nil)
        #expect(answer.status == 200)
    }
}
