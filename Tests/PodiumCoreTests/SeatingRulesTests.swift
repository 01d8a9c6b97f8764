import PodiumCore
import PodiumDemo
import Testing

@Suite struct RankTableTests {
    let table = RankTable.standard

    @Test func followsTheBlocksOfTheGuideline() {
        let titles = [
            "Thứ trưởng Bộ Nội vụ", "Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh",
            "Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch UBND tỉnh",
            "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Giám đốc", "Phó giám đốc", "Chủ tịch UBND", "Phóng viên",
        ]
        let ranks = titles.map(table.rank(ofTitle:))
        #expect(ranks == ranks.sorted())
        #expect(Set(ranks).count == ranks.count)
    }

    @Test func theLongestPatternWinsSoADeputyIsNotTakenForTheChair() {
        #expect(table.rank(ofTitle: "Phó Chủ tịch UBND tỉnh") > table.rank(ofTitle: "Chủ tịch UBND tỉnh"))
        // Decomposed input and missing accents read the same.
        let decomposed = "Chủ tịch HĐND tỉnh".decomposedStringWithCanonicalMapping
        #expect(table.rank(ofTitle: decomposed) == table.rank(ofTitle: "chu tich hdnd tinh"))
        #expect(table.rank(ofTitle: "Hướng dẫn viên") == table.unmatchedRank)
    }

    @Test func anOverrideWinsAndAStandInKeepsTheirOwnTitle() {
        let groups = [ParticipantGroup(id: 1, key: "leaders", name: "L", order: 1, level: .province)]
        let delegates = [
            Delegate(id: 1, name: "A", title: "Phó Chủ tịch UBND tỉnh", unit: "", groupKey: "leaders"),
            Delegate(id: 2, name: "B", title: "Phó Chủ tịch HĐND tỉnh", unit: "", groupKey: "leaders",
                     standInFor: "Chủ tịch HĐND tỉnh X"),
            Delegate(id: 3, name: "C", title: "Giám đốc", unit: "", groupKey: "leaders", precedenceOverride: 1),
            Delegate(id: 4, name: "D", title: "Chủ tịch UBND tỉnh", unit: "", groupKey: "leaders"),
        ]
        let precedence = Precedence(delegates: delegates, groups: groups, table: table)
        // The override comes first; the stand-in for the Council's chair ranks as a deputy
        // chair of the Council: after the Committee's chair, since no deputy ranks above a chairman.
        #expect(precedence.order == [3, 4, 2, 1])
        #expect(precedence.position(of: 3) == 1)
        #expect(precedence.rank(of: 2) == table.rank(ofTitle: "Phó Chủ tịch HĐND tỉnh"))
    }
}

@Suite struct CentreAlternationTests {
    @Test func oddRowFromTheStagePutsNumberTwoOnTheAudiencesLeft() {
        // Seats 0…6 from the audience's left; number 1 in the centre (3), number 2 on 1's
        // right seen from the stage (the audience's left, 2), number 3 at 4, and so on.
        #expect(CentreAlternation.order(count: 7, viewpoint: .stage, evenCentring: .withNumberTwo) == [3, 2, 4, 1, 5, 0, 6])
    }

    @Test func oddRowFromTheAudienceMirrors() {
        #expect(CentreAlternation.order(count: 5, viewpoint: .audience, evenCentring: .withNumberTwo) == [2, 3, 1, 4, 0])
    }

    @Test func evenRowsFollowTheCentringSetting() {
        #expect(CentreAlternation.order(count: 4, viewpoint: .stage, evenCentring: .withNumberTwo) == [2, 1, 3, 0])
        #expect(CentreAlternation.order(count: 4, viewpoint: .stage, evenCentring: .withNumberThree) == [1, 0, 2, 3])
        #expect(CentreAlternation.order(count: 6, viewpoint: .audience, evenCentring: .withNumberTwo) == [2, 3, 1, 4, 0, 5])
        #expect(CentreAlternation.order(count: 6, viewpoint: .audience, evenCentring: .withNumberThree) == [3, 4, 2, 5, 1, 0])
    }

    @Test func everySeatIsUsedOnce() {
        for count in 1...12 {
            for viewpoint in SeatingSettings.Viewpoint.allCases {
                for centring in SeatingSettings.EvenCentring.allCases {
                    let order = CentreAlternation.order(count: count, viewpoint: viewpoint, evenCentring: centring)
                    #expect(order.sorted() == Array(0..<count))
                }
            }
        }
    }
}

@Suite struct FoldedNameTests {
    @Test func agreesWithTheGeneralFolding() {
        let samples = [
            "Ngô Hạnh Phúc", "  ĐẶNG   Hữu Dũng ", "Nguyễn Thị Ánh Tuyết", "Sở Văn hóa, Thể thao và Du lịch", "Zoë 李",
            "Phòng Văn hóa – Xã hội\tphường Nghĩa Lộ", "Bằng khen (đợt 2) …", "ỲỶỸỴ ỳỷỹỵ Ơ ơ Ư ư", "", "   ",
            "Lê\u{200B} Văn\u{1B}[31m An\u{202E}",
        ]
        for text in samples {
            #expect(FoldedName.fold(text) == VietnameseText.foldedByFoundation(text))
            #expect(FoldedName.fold(text.decomposedStringWithCanonicalMapping) == VietnameseText.foldedByFoundation(text))
        }
    }
}

@Suite struct SeatInitialsTests {
    /// The initials read scalar by scalar agree with reading the name by characters.
    @Test func agreeWithTheCharacterByCharacterReading() {
        let samples = [
            "Hà Thu Hoa", "Đại diện UBND xã An Phú", "  ĐẶNG   Hữu Dũng ", "ấu ơn ưng ỷ", "nguyễn văn an", "Zoë 李 ß",
            "Lê\u{200B} Văn\u{1B}[31m An", "Nguyễn Thị Ánh Tuyết".decomposedStringWithCanonicalMapping, "", "A",
        ]
        for name in samples {
            let reference = String(VietnameseText.normalize(name).split(separator: " ").compactMap(\.first)).uppercased()
            #expect(SeatingChart.initials(name) == reference, "\(name)")
        }
        #expect(SeatingChart.initials("Đại diện UBND xã An Phú") == "ĐDUXAP")
    }
}
