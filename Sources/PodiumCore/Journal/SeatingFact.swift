/// The seating plan's facts ("seat.*", "seating.*", "hall.update"). Seats are named by their
/// label as the hall writes it, delegates by id.
public enum SeatingFact: Hashable, Sendable, FactArea {
    case assigned(delegateID: Int64, seat: String)
    /// Written before the journal named delegates by id: the command line kept the name as typed.
    /// Only read back, never written.
    case assignedByTypedName(query: String, seat: String)
    case swapped(String, String)
    case unassigned(seat: String)
    case locked(seat: String)
    case unlocked(seat: String)
    case cleared
    /// `before` is the plan it replaced, so the assignment can be undone.
    case autoAssigned(seated: Int, unseated: Int, locked: Int, before: [SeatAssignment])
    case autoUndone(undoes: Int64, seated: Int)
    case ranksChanged(rules: Int, unmatchedRank: Int)
    case settingsChanged(FieldChanges)
    /// The hall was replaced; `unseated` delegates lost a seat it no longer has.
    case hallChanged(sections: Int, presidium: Int, seats: Int, unseated: Int)

    var name: String {
        switch self {
        case .assigned, .assignedByTypedName: "seat.assign"
        case .swapped: "seat.swap"
        case .unassigned: "seat.unassign"
        case .locked: "seat.lock"
        case .unlocked: "seat.unlock"
        case .cleared: "seat.clear"
        case .autoAssigned: "seat.auto"
        case .autoUndone: "seat.undo-auto"
        case .ranksChanged: "seating.ranks"
        case .settingsChanged: "seating.settings"
        case .hallChanged: "hall.update"
        }
    }

    /// The facts that change who sits where: an auto-assignment is undoable only while it is the last of them.
    public var changesWhoSitsWhere: Bool {
        switch self {
        case .ranksChanged, .settingsChanged: false
        default: true
        }
    }

    var fields: [String: JSONValue] {
        var writer = FactFieldWriter()
        switch self {
        case .assigned(let id, let seat):
            writer.set("delegate", id)
            writer.set("seat", seat)
        case .assignedByTypedName(let query, let seat):
            writer.set("delegate", query)
            writer.set("seat", seat)
        case .swapped(let first, let second): writer.set("seats", strings: [first, second])
        case .unassigned(let seat), .locked(let seat), .unlocked(let seat): writer.set("seat", seat)
        case .cleared: break
        case .autoAssigned(let seated, let unseated, let locked, let before):
            writer.set("seated", seated)
            writer.set("unseated", unseated)
            writer.set("locked", locked)
            writer.set("before", .array(before.map(Self.fields)))
        case .autoUndone(let undoes, let seated):
            writer.set("undoes", undoes)
            writer.set("seated", seated)
        case .ranksChanged(let rules, let unmatched):
            writer.set("rules", rules)
            writer.set("unmatched_rank", unmatched)
        case .settingsChanged(let changes): return changes.fields
        case .hallChanged(let sections, let presidium, let seats, let unseated):
            writer.set("sections", sections)
            writer.set("presidium", presidium)
            writer.set("seats", seats)
            writer.set("unseated", unseated)
        }
        return writer.values
    }

    static func read(name: String, _ fields: FactFields) throws(FactFields.Unreadable) -> SeatingFact? {
        switch name {
        case "seat.assign":
            let seat = try fields.string("seat")
            if let id = fields["delegate"]?.intValue { return .assigned(delegateID: id, seat: seat) }
            return .assignedByTypedName(query: try fields.string("delegate"), seat: seat)
        case "seat.swap":
            let seats = fields.strings("seats")
            guard seats.count == 2 else { throw FactFields.Unreadable(field: "seats") }
            return .swapped(seats[0], seats[1])
        case "seat.unassign": return .unassigned(seat: try fields.string("seat"))
        case "seat.lock": return .locked(seat: try fields.string("seat"))
        case "seat.unlock": return .unlocked(seat: try fields.string("seat"))
        case "seat.clear": return .cleared
        case "seat.auto":
            return .autoAssigned(
                seated: fields.optionalCount("seated") ?? 0, unseated: fields.optionalCount("unseated") ?? 0,
                locked: fields.optionalCount("locked") ?? 0, before: try assignments(fields["before"])
            )
        case "seat.undo-auto": return .autoUndone(undoes: try fields.int("undoes"), seated: fields.optionalCount("seated") ?? 0)
        case "seating.ranks":
            return .ranksChanged(rules: fields.optionalCount("rules") ?? 0, unmatchedRank: fields.optionalCount("unmatched_rank") ?? 0)
        case "seating.settings": return .settingsChanged(FieldChanges(fields, hasID: false))
        case "hall.update":
            return .hallChanged(
                sections: fields.optionalCount("sections") ?? 0, presidium: fields.optionalCount("presidium") ?? 0,
                seats: fields.optionalCount("seats") ?? 0, unseated: fields.optionalCount("unseated") ?? 0
            )
        default: return nil
        }
    }

    private static func fields(_ assignment: SeatAssignment) -> JSONValue {
        let reason: [String: JSONValue] = [
            "kind": .string(assignment.reason.kind.rawValue), "order": .int(Int64(assignment.reason.order)),
            "precedence": .int(Int64(assignment.reason.precedence)), "group_key": .string(assignment.reason.groupKey),
        ]
        return .object([
            "delegate": .int(assignment.delegateID), "seat": .string(assignment.seat),
            "locked": .bool(assignment.locked), "reason": .object(reason),
        ])
    }

    /// The plan an auto-assignment replaced. Entries of schema 6 and before kept it as JSON text
    /// of `SeatAssignment`'s own fields (`delegateID`, `groupKey`).
    private static func assignments(_ value: JSONValue?) throws(FactFields.Unreadable) -> [SeatAssignment] {
        var value = value
        if let text = value?.stringValue { value = JSONValue(text: text) }
        guard let items = value?.arrayValue else { throw FactFields.Unreadable(field: "before") }
        var result: [SeatAssignment] = []
        for item in items {
            guard let object = item.objectValue else { throw FactFields.Unreadable(field: "before") }
            let fields = FactFields(object)
            let reason = FactFields(fields["reason"]?.objectValue ?? [:])
            guard let kind = PlacementReason.Kind(rawValue: reason.optionalString("kind") ?? "") else {
                throw FactFields.Unreadable(field: "before.reason.kind")
            }
            guard let id = fields["delegate"]?.intValue ?? fields.optionalInt("delegate_id") else {
                throw FactFields.Unreadable(field: "before.delegate")
            }
            result.append(SeatAssignment(
                delegateID: id, seat: try fields.string("seat"), locked: fields["locked"]?.boolValue ?? false,
                reason: PlacementReason(kind: kind, order: reason.optionalCount("order") ?? 0,
                                        precedence: reason.optionalCount("precedence") ?? 0,
                                        groupKey: reason.optionalString("group_key") ?? "")
            ))
        }
        return result
    }
}
