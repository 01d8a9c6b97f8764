import PodiumCore
import PodiumDemo
import Testing

/// Titles and units composed as an MC says them, on shapes taken from the seed's lists.
@Suite struct TitlePhraseTests {
    @Test func unitTypesInsideATitleAreLowerCase() {
        #expect(TitlePhrase.titleWithUnit("Phó Chủ tịch UBND", "Xã A Mú Sung") == "Phó Chủ tịch UBND xã A Mú Sung")
        #expect(TitlePhrase.titleWithUnit("Chủ tịch UBND", "Phường Văn Phú") == "Chủ tịch UBND phường Văn Phú")
        // Proper names of bodies keep their capital.
        #expect(TitlePhrase.titleWithUnit("Phó Giám đốc", "Sở Nội vụ") == "Phó Giám đốc Sở Nội vụ")
    }

    @Test func noWordIsSaidTwice() {
        #expect(TitlePhrase.titleWithUnit("Chánh Văn phòng", "Văn phòng UBND tỉnh") == "Chánh Văn phòng UBND tỉnh")
        #expect(TitlePhrase.titleWithUnit("Giám đốc Sở Tư pháp", "Sở Tư pháp") == "Giám đốc Sở Tư pháp")
        #expect(TitlePhrase.withoutRepeats("Văn phòng Văn phòng UBND tỉnh") == "Văn phòng UBND tỉnh")
        #expect(TitlePhrase.withoutRepeats("Văn phòng HĐND và UBND xã Nậm Xé") == "Văn phòng HĐND và UBND xã Nậm Xé")
    }

    @Test func aUnitMidSentenceStartsLowerCase() {
        #expect(VietnameseText.midSentence("Các xã, phường được tặng Bằng khen") == "các xã, phường được tặng Bằng khen")
        #expect(VietnameseText.midSentence("Sở Nội vụ") == "Sở Nội vụ")
        let contribution = Contribution(id: 1, position: 1, topic: "Kinh nghiệm", unit: "Các xã, phường tiêu biểu", allottedSeconds: 480)
        #expect(SpeakerLines.generated(for: contribution, in: .vietnamese).invitation.contains("đại diện các xã, phường tiêu biểu lên trình bày"))
    }

    @Test func theAwardScriptOfTheDemoReadsAsAnMCSaysIt() throws {
        let demo = try DemoEvent.make()
        let script = AwardScript(event: demo, ceremony: AwardCeremony(event: demo), language: .vi)
        let text = script.sections.flatMap(\.lines).joined(separator: "\n")
        #expect(!text.contains("Văn phòng Văn phòng"))
        #expect(!text.contains("đại diện Các"))
        #expect(!text.contains(", Xã "))
        #expect(!text.contains(", Phường "))
        // The decision is announced once: by the script, not again by the segment's own lines.
        let awards = try #require(demo.segments.first { $0.kind == .awards })
        #expect(!awards.mcLines.contains("công bố Quyết định tặng"))
        #expect(!awards.mcLines.contains("kính mời"))
    }
}
