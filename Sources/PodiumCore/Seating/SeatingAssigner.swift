/// Auto-assignment: deterministic (the same event always gives the same plan) and explained
/// (every placement carries its reason). Locked assignments are kept as they are. Order:
/// the presidium, the leaders' front rows, speakers and award recipients on aisle seats in
/// calling order (nearest the stage first, so each batch can reach it quickly), the press at
/// the side, then the blocks in group order.
public enum SeatingAssigner {
    public struct Result: Hashable, Sendable {
        public var assignments: [SeatAssignment]
        /// Delegates for whom no seat was left, most senior first.
        public var unseated: [Int64]
    }

    public static func assign(_ event: EventData) -> Result {
        assign(event, layout: HallLayout(event.hall), precedence: Precedence(event))
    }

    public static func assign(_ event: EventData, layout: HallLayout, precedence: Precedence) -> Result {
        var run = Run(event: event, layout: layout, precedence: precedence)
        run.keepLocked()
        run.seatLeaders()
        run.seatCallingOrder()
        run.seatPress()
        run.seatBlocks()
        run.dropSeated()
        // Kept in delegate order, the order the store reads them back in.
        return Result(assignments: run.assignments.sorted { $0.delegateID < $1.delegateID }, unseated: run.remaining.map(\.id))
    }

    /// The delegates called to the stage, in the order they will be called: contribution
    /// speakers by position and award recipients (or their representatives) batch by batch,
    /// the block that comes first in the programme first; then anyone else flagged as a
    /// speaker or recipient. Only delegates in `delegates` are listed.
    public static func callingOrder(_ event: EventData, among delegates: [Delegate]) -> [Delegate] {
        // One index of the whole roster's folded names serves the speakers and the recipients.
        let roster = AwardAttendance.Roster(event.delegates)
        // Places in `delegates`, which also says who is among them: namesakes keep that order.
        var place: [Int64: Int] = [:]
        place.reserveCapacity(delegates.count)
        for (offset, delegate) in delegates.enumerated() { place[delegate.id] = offset }
        var speakers: [Delegate] = []
        for contribution in event.contributions.sorted(by: { $0.position < $1.position }) {
            speakers += roster.delegates(named: FoldedName.fold(contribution.speakerName))
                .filter { place[$0.id] != nil }.sorted { place[$0.id] ?? 0 < place[$1.id] ?? 0 }
        }
        // Matched against the whole roster, as attendance matches them, so that a namesake
        // still to be seated never stands in for a recipient already seated.
        let recipients = RecipientEnrolment.callingOrder(event).compactMap { roster.matchingDelegate(for: $0) }
            .filter { place[$0.id] != nil }
        func firstSegment(_ kind: SegmentKind) -> Int {
            event.segments.filter { $0.kind == kind }.map(\.position).min() ?? Int.max
        }
        let awardsFirst = firstSegment(.awards) < firstSegment(.contributions)
        var result: [Delegate] = []
        var seen = Set<Int64>()
        for delegate in awardsFirst ? recipients + speakers : speakers + recipients where seen.insert(delegate.id).inserted {
            result.append(delegate)
        }
        for delegate in delegates where !delegate.flags.isDisjoint(with: [.speaker, .awardRecipient]) && seen.insert(delegate.id).inserted {
            result.append(delegate)
        }
        return result
    }

    private struct Run {
        let event: EventData
        let layout: HallLayout
        let precedence: Precedence
        let settings: SeatingSettings
        var taken: [Bool]
        var assignments: [SeatAssignment] = []
        /// Delegates not yet seated, most senior first; trimmed of `seated` between steps.
        var remaining: [Delegate]
        var seated = Set<Int64>()

        init(event: EventData, layout: HallLayout, precedence: Precedence) {
            self.event = event
            self.layout = layout
            self.precedence = precedence
            settings = event.seating.settings
            taken = layout.seats.map { !$0.isUsable }
            let byID = Dictionary(event.delegates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            remaining = precedence.order.compactMap { byID[$0] }
        }

        mutating func keepLocked() {
            let known = Set(remaining.map(\.id))
            var kept = Set<Int64>()
            for assignment in event.seating.assignments where assignment.locked && known.contains(assignment.delegateID) {
                guard let index = layout.index(of: assignment.seat), !taken[index] else { continue }
                taken[index] = true
                kept.insert(assignment.delegateID)
                assignments.append(assignment)
            }
            remaining.removeAll { kept.contains($0.id) }
        }

        mutating func dropSeated() {
            remaining.removeAll { seated.contains($0.id) }
        }

        mutating func seatLeaders() {
            let leaderGroups = Set(settings.leaderGroups)
            let leaders = remaining.filter { leaderGroups.contains($0.groupKey) }
            guard !leaders.isEmpty else { return }
            var next = 0
            var order = 0
            let rows = [0] + Array(stride(from: 1, through: min(settings.leaderRows, layout.rows.count - 1), by: 1))
            for row in rows where next < leaders.count {
                let seats = layout.rows[row]
                let kind: PlacementReason.Kind = row == 0 ? .presidium : .leaderRow
                if row == 1 { order = 0 }
                for position in CentreAlternation.order(count: seats.count, viewpoint: settings.viewpoint, evenCentring: settings.evenCentring) {
                    guard next < leaders.count else { break }
                    let seat = seats[position]
                    guard !taken[seat] else { continue }
                    order += 1
                    place(leaders[next], at: seat, kind: kind, order: order)
                    next += 1
                }
            }
            dropSeated()
        }

        mutating func seatCallingOrder() {
            let called = SeatingAssigner.callingOrder(event, among: remaining)
            guard !called.isEmpty else { return }
            let rowCentre = rowCentres()
            let aisleSeats = layout.seats.indices.filter { layout.seats[$0].isAisle && !layout.seats[$0].isPresidium && !taken[$0] }.map { index in
                let seat = layout.seats[index]
                return (index: index, row: seat.rowFromStage, x: seat.xFromAudienceLeft, fromCentre: abs(2 * seat.xFromAudienceLeft - rowCentre[seat.rowFromStage]))
            }
            let sorted = aisleSeats.sorted { a, b in
                if a.row != b.row { return a.row < b.row }
                return a.fromCentre != b.fromCentre ? a.fromCentre < b.fromCentre : a.x < b.x
            }.map(\.index)
            for (offset, (delegate, seat)) in zip(called, sorted).enumerated() {
                place(delegate, at: seat, kind: .callingOrder, order: offset + 1)
            }
            dropSeated()
        }

        mutating func seatPress() {
            let pressGroups = Set(settings.pressGroups)
            let press = remaining.filter { pressGroups.contains($0.groupKey) || $0.flags.contains(.press) }
            guard !press.isEmpty else { return }
            let sections = layout.hall.sections.count
            // Nearest the press side's wall first, then nearest the stage, then along the row inwards.
            func wallDistance(_ seat: Seat) -> Int {
                let section = settings.pressSide == .left ? seat.sectionIndex : sections - 1 - seat.sectionIndex
                let count = layout.hall.sections[seat.sectionIndex].seatsPerRow
                let within = settings.pressSide == .left ? seat.number - 1 : count - seat.number
                return section * 100_000 + within
            }
            // Each seat's key computed once, not at every comparison of the sort.
            let free = layout.seats.indices.filter { !taken[$0] && !layout.seats[$0].isPresidium }.map { index in
                let seat = layout.seats[index]
                return (index: index, section: seat.sectionIndex, row: seat.rowFromStage, wall: wallDistance(seat))
            }
            let sorted = free.sorted { a, b in
                if a.section != b.section { return a.wall / 100_000 < b.wall / 100_000 }
                if a.row != b.row { return a.row < b.row }
                return a.wall < b.wall
            }.map(\.index)
            for (offset, (delegate, seat)) in zip(press, sorted).enumerated() {
                place(delegate, at: seat, kind: .press, order: offset + 1)
            }
            dropSeated()
        }

        mutating func seatBlocks() {
            guard !remaining.isEmpty else { return }
            let listed = Dictionary(settings.groupOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let ownOrder = Dictionary(event.groups.map { ($0.key, $0.order) }, uniquingKeysWith: { first, _ in first })
            func blockKey(_ key: String) -> (Int, Int) {
                if let position = listed[key] { return (0, position) }
                return (1, ownOrder[key] ?? Int.max)
            }
            // Stable: within a block the precedence order of `remaining` is kept.
            let keyed = remaining.enumerated().map { (key: blockKey($0.element.groupKey), offset: $0.offset) }
            let blocks = keyed.sorted { a, b in
                a.key != b.key ? a.key < b.key : a.offset < b.offset
            }.map { remaining[$0.offset] }
            var seatOrder: [Int] = []
            for row in layout.rows.indices.dropFirst() {
                let seats = layout.rows[row]
                for position in CentreAlternation.order(count: seats.count, viewpoint: settings.viewpoint, evenCentring: settings.evenCentring)
                where !taken[seats[position]] {
                    seatOrder.append(seats[position])
                }
            }
            var orderInBlock: [String: Int] = [:]
            for (delegate, seat) in zip(blocks, seatOrder) {
                orderInBlock[delegate.groupKey, default: 0] += 1
                place(delegate, at: seat, kind: .block, order: orderInBlock[delegate.groupKey] ?? 0)
            }
        }

        /// Twice the centre column of each row, so that even rows need no fractions.
        private func rowCentres() -> [Int] {
            layout.rows.map { $0.isEmpty ? 0 : layout.seats[$0[0]].xFromAudienceLeft + layout.seats[$0[$0.count - 1]].xFromAudienceLeft }
        }

        private mutating func place(_ delegate: Delegate, at seat: Int, kind: PlacementReason.Kind, order: Int) {
            taken[seat] = true
            assignments.append(SeatAssignment(
                delegateID: delegate.id, seat: layout.seats[seat].label,
                reason: PlacementReason(
                    kind: kind, order: order, precedence: precedence.position(of: delegate.id) ?? 0, groupKey: delegate.groupKey
                )
            ))
            seated.insert(delegate.id)
        }
    }
}
