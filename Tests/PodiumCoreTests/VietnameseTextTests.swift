import Foundation
import PodiumCore
import Testing

@Suite struct VietnameseTextTests {
    @Test func normalizeTurnsDecomposedIntoPrecomposedAndCollapsesSpace() {
        let decomposed = "Ngo\u{0302} Ha\u{0323}nh  Phu\u{0301}c "
        #expect(decomposed != "Ngô Hạnh Phúc")
        #expect(VietnameseText.normalize(decomposed) == "Ngô Hạnh Phúc")
        #expect(VietnameseText.normalize(" \tSở   Nội vụ\n") == "Sở Nội vụ")
    }

    @Test func foldedRemovesTonesMarksAndD() {
        #expect(VietnameseText.folded("Ngô Hạnh Phúc") == "ngo hanh phuc")
        #expect(VietnameseText.folded("Đinh Thu Nhung") == "dinh thu nhung")
        #expect(VietnameseText.folded("HỌ VÀ TÊN") == "ho va ten")
    }

    @Test func collationPutsDStrokeAfterDAndBeforeE() {
        let names = ["Đào", "Dung", "Em", "Zô", "Ánh", "Ăn", "Ân", "An"]
        let sorted = names.sorted { VietnameseText.compare($0, $1) == .orderedAscending }
        #expect(sorted.firstIndex(of: "Đào")! > sorted.firstIndex(of: "Dung")!)
        #expect(sorted.firstIndex(of: "Đào")! < sorted.firstIndex(of: "Em")!)
        #expect(sorted.last == "Zô")
        #expect(sorted.firstIndex(of: "An")! < sorted.firstIndex(of: "Ăn")!)
        #expect(sorted.firstIndex(of: "Ăn")! < sorted.firstIndex(of: "Ân")!)
    }

    @Test func namesSortByGivenNameFirst() {
        let names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Công Thắng"]
        let sorted = names.sorted { VietnameseText.compareNames($0, $1) == .orderedAscending }
        #expect(sorted == ["Nguyễn Thị An", "Trần Văn Bình", "Lê Công Thắng"])
    }
}
