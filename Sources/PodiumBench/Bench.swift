import Foundation
import PodiumApp
import PodiumCore
import PodiumDemo
import TermCore

/// Speed budgets, measured (never asserted in tests): `swift run -c release podium-bench seating`.
/// Reports the median of repeated runs.
enum Bench {
    static func median(runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
        }
        return times.sorted()[times.count / 2]
    }

    /// 5,000 delegates (the demo's groups and titles repeated) in a hall of 6,000 seats.
    static func bigEvent() throws -> EventData {
        var event = try DemoEvent.make()
        let titles = ["Phó Chủ tịch UBND tỉnh", "Giám đốc", "Phó giám đốc", "Chủ tịch UBND", "Phó Chủ tịch UBND", "Công chức", "Phóng viên"]
        let groups = ["leaders", "workgroup", "departments", "communes", "communes", "communes", "press"]
        event.delegates = (1...5_000).map { index in
            let kind = index <= 12 ? 0 : 1 + index % (titles.count - 1)
            return Delegate(
                id: Int64(index), name: "Đại Biểu Số \(index)", title: titles[kind], unit: "Đơn vị \(index % 300)",
                groupKey: groups[kind]
            )
        }
        event.hall = Hall(name: "Bench", presidiumSeats: 12, sections: [
            HallSection(name: "A", rows: 60, seatsPerRow: 25),
            HallSection(name: "B", rows: 60, seatsPerRow: 50, innerAisles: [25]),
            HallSection(name: "C", rows: 60, seatsPerRow: 25),
        ])
        event.seating.assignments = []
        return event
    }

    static func seating() throws {
        let event = try bigEvent()
        let seats = HallLayout(event.hall).usableSeatCount
        let assign = median(runs: 21) { _ = SeatingAssigner.assign(event) }
        print("auto-assign \(event.delegates.count) delegates into \(seats) seats: median \(String(format: "%.2f", assign)) ms (budget 100 ms)")

        var demo = try DemoEvent.make()
        demo.seating.assignments = SeatingAssigner.assign(demo).assignments
        var state = AppState(event: demo, role: .protocol, operatorName: "bench", language: .vi, now: Date(), isReadOnly: false)
        state.pane = .seating
        state.seatingView.zoom = .initials
        let theme = Theme(name: "bench", styles: [:])
        let render = median(runs: 101) { _ = Screen.render(state, theme: theme, width: 200, height: 60) }
        print("render the demo hall grid at 200×60: median \(String(format: "%.2f", render)) ms (budget 3 ms)")

        var big = event
        big.seating.assignments = SeatingAssigner.assign(event).assignments
        state.event = big
        let renderBig = median(runs: 51) { _ = Screen.render(state, theme: theme, width: 200, height: 60) }
        print("render the 6,000-seat hall grid at 200×60: median \(String(format: "%.2f", renderBig)) ms")
    }
}
