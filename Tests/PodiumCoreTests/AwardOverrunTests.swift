import PodiumCore
import PodiumDemo
import Testing

/// The ceremony's estimate against the time the programme gives it.
@Suite struct AwardOverrunTests {
    @Test func theDemoFitsAndALongerListDoesNot() throws {
        var demo = try DemoEvent.make()
        #expect(AwardOverrun.check(AwardCeremony(event: demo), event: demo) == nil)
        demo.awardPlan.settings.secondsPerRecipient = 60
        let overrun = try #require(AwardOverrun.check(AwardCeremony(event: demo), event: demo))
        #expect(overrun.estimatedSeconds == 160 + 5 * 60 + 41 * 60 && overrun.plannedSeconds == 35 * 60)
        #expect(overrun.excessSeconds == 13 * 60 + 40)
        #expect(overrun.segmentTitle == "Công bố Quyết định và trao Bằng khen của Chủ tịch UBND tỉnh")
        // Without an awards segment in the programme there is nothing to outrun.
        demo.segments.removeAll { $0.kind == .awards }
        #expect(AwardOverrun.check(AwardCeremony(event: demo), event: demo) == nil)
    }
}
