import Foundation
import PodiumCore
import Testing
import TermCore
@testable import PodiumApp

/// D on the programme pane: the event's details in one form that saves all or nothing.
@Suite struct EventDetailsFormTests {
    func key(_ key: Key, _ state: inout AppState) {
        state.apply(state.command(for: .key(key), frame: nil) ?? .redraw)
    }

    func type(_ text: String, _ state: inout AppState) {
        for character in text { key(.char(character), &state) }
    }

    @Test func aBadTimeZoneIsRefusedInTheFormAndNothingIsSaved() throws {
        var state = try Fixtures.state()
        state.role = .organizer
        key(.char("D"), &state)
        guard case .form(let form)? = state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.count == 7 && form.value(6) == "Asia/Ho_Chi_Minh")
        for _ in 0..<6 { key(.tab, &state) }
        key(.ctrl("u"), &state)
        type("Mars/Base", &state)
        key(.enter, &state)
        guard case .form(let refused)? = state.overlay else { Issue.record("the form closed"); return }
        #expect(refused.error?.contains("không phải tên múi giờ") == true)
        #expect(state.effects.isEmpty)
        key(.ctrl("u"), &state)
        type("UTC", &state)
        key(.enter, &state)
        var expected = state.event.info
        expected.timeZoneID = "UTC"
        // Based on what the form was opened on: only the zone was typed over.
        #expect(state.effects == [.editEventInfo(expected, EditBasis(version: state.journalVersion, fields: ["time_zone_id"]))])
    }

    @Test func theMCCannotEditTheDetails() throws {
        let state = try Fixtures.state()
        #expect(KeyMap.command(for: .char("D"), in: state).disabledReason == state.strings.eventDetails.notOrganiser)
    }
}
