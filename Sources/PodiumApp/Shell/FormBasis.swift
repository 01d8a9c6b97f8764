import PodiumCore

/// What an edit form was opened on: the record as the screen showed it and the newest journal
/// entry the screen had read. Submitting compares the typed record with this one, so only the
/// fields the operator changed are written, and only if nobody changed them meanwhile.
public struct FormBasis: Hashable, Sendable {
    public enum Original: Hashable, Sendable {
        case checklistItem(ChecklistItem)
        case segment(Segment)
        case contribution(Contribution)
        case awardRecipient(AwardRecipient)
        case eventInfo(EventInfo)
        /// A group and the block it sat in.
        case group(ParticipantGroup, GroupEdit.Block)
        /// A record saved with only a version (the rank table, the seating settings, the hall, an
        /// award decision, the award batches, a delegate's own rank): the form comes back as
        /// typed over whatever the screen shows now.
        case whole(EditConflict.Record)
    }

    public var version: Int64
    public var original: Original

    public init(version: Int64, original: Original) {
        self.version = version
        self.original = original
    }
}

extension AppState {
    /// The newest journal entry this screen has read: the version an edit opened now is based on.
    public var journalVersion: Int64 { journal.last?.id ?? 0 }

    /// Puts back the edit form whose save was refused because another operator changed the
    /// record: what was typed stays, the message says who and when, and the form is now based
    /// on the record as the screen shows it, so Enter saves over it knowingly.
    public mutating func reopenRefusedEdit(_ message: String) -> Bool {
        guard var form = submittedEdit else { return false }
        submittedEdit = nil
        guard let now = form.basis?.original.current(in: event) else { return false }
        form.basis = FormBasis(version: journalVersion, original: now)
        form.error = message
        // What the save said before the store refused it ("Đoàn chủ tịch không đổi.") no longer holds.
        notice = nil
        overlay = .form(form)
        return true
    }
}

extension FormBasis.Original {
    /// The same record as `event` holds it now; nil once it was removed.
    func current(in event: EventData) -> Self? {
        switch self {
        case .checklistItem(let item): event.checklist.first { $0.id == item.id }.map(Self.checklistItem)
        case .segment(let segment): event.segments.first { $0.id == segment.id }.map(Self.segment)
        case .contribution(let contribution): event.contributions.first { $0.id == contribution.id }.map(Self.contribution)
        case .awardRecipient(let recipient): event.recipients.first { $0.id == recipient.id }.map(Self.awardRecipient)
        case .eventInfo: .eventInfo(event.info)
        case .whole: self
        case .group(let group, _): event.groups.first { $0.id == group.id }.map { Self.group($0, GroupEdit.block(of: $0.key, event.seating.settings)) }
        }
    }
}
