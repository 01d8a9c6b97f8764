import PodiumCore
import PodiumStore
import TermCore

extension ErrorStrings {
    public static let english: ErrorStrings = ErrorStrings(
        store: { error, i in
            switch error {
            case .fileExists(let path): "\(path) already exists; choose another file name or open the existing event."
            case .notFound(let path): "\(path) does not exist; check the path or create the event first."
            case .notAPodiumEvent(let path, let reason):
                "\(path) is not a Podium event (\(reason)); it was left untouched — open a file created by Podium."
            case .newerSchema(let path, let found, let supported):
                "\(path) was written by a newer Podium (schema \(found), this one reads up to \(supported)); update Podium to open it."
            case .readOnly(let path): "\(path) is open read-only, so the change was not saved; open a writable copy to edit."
            case .corrupt(let path, let detail): "\(path) is damaged (\(detail)); restore it from a backup or re-create the event."
            case .sqlite(let path, let detail):
                "\(path): the database reported \"\(detail)\"; retry, and if it persists copy the file and report it."
            case .refused(let refusal): ErrorStrings.english.refusal(refusal, i)
            case .noSuchRecord(let kind, let id, let path):
                "There is no \(kind.rawValue) with id \(id) in \(path); "
                    + i.advice(key: "another terminal has just changed the event, choose again.", flag: "see the ids with \(listCommand(kind)).")
            case .standInNeedsName:
                "The stand-in needs a name; " + i.advice(key: "type it and press Enter.", flag: "give the stand-in's full name.")
            case .noAutoAssignmentToUndo:
                "There is no auto-assignment to undo: none was made, or seats changed after it; change the seats by hand."
            case .autoAssignmentNotKept(let id):
                "The auto-assignment in journal entry \(id) did not keep the plan it replaced, so it cannot be undone; change the seats by hand."
            case .replaced(let path):
                "\(path) was replaced by another file since it was opened; nothing more is written — reopen the event to continue."
            case .vanished(let path): "\(path) was deleted since it was opened; nothing more is written — restore the file and reopen it."
            case .movedWhileSaving(let path):
                "\(path) was moved or replaced while a change was being saved: the change is in the file that was opened, which is no longer at this path; nothing more is written — find the moved file and reopen it."
            case .writeFailed(let path, let detail):
                "\(path): the change could not be written (\(detail)); nothing was saved — free disk space or raise the file-size limit, then retry."
            case .unwritableFact(let name):
                "The journal entry \"\(name)\" is one this version of Podium only reads, never writes; nothing was written. This is a fault in Podium: please report it."
            case .nothingToRecord(let action):
                "The action \(action) produced no step to record; nothing was written. This is a fault in Podium: please report it."
            case .busy(let path):
                "\(path) is busy with another terminal's change (a large import, say); nothing was written — try again in a moment."
            }
        },
        show: { error, i in
            switch error {
            case .alreadyStarted:
                "The show has already started; "
                    + i.advice(key: "press n to move on.", flag: "use `podium show next` to move on or `podium show status` to see where it is.")
            case .notStarted: "The show has not started; " + i.advice(key: "press s on pane 1 to start it.", flag: "start it with `podium show start`.")
            case .finished:
                "The show has ended; " + i.advice(key: "press u to undo the end and continue.", flag: "undo the end with `podium show undo` to continue.")
            case .noProgramme:
                "The programme has no segments; "
                    + i.advice(key: "add segments on pane 1 (key a) before starting.", flag: "import the programme (`podium import programme FILE`) before starting.")
            case .atLastSegment:
                "This is the last segment; there is no next one" + i.advice(key: ".", flag: " (close the show with `podium show end`).")
            case .atFirstSegment: "This is the first segment; there is no previous one."
            case .alreadyHeld: "The clock is already on hold; " + i.advice(key: "press h to resume it.", flag: "resume it with `podium show resume`.")
            case .notHeld: "The clock is not on hold."
            case .badExtension(let minutes): "Cannot extend by \(minutes) minutes; give a whole number of minutes from 1 to 120."
            case .unknownSegment(let id):
                "There is no segment with id \(id); "
                    + i.advice(key: "choose a segment on pane 1.", flag: "see the ids with `podium show status --json`.")
            case .nothingToUndo: "There is no live action to undo."
            case .emptyMessage: "The message is empty; write the words to show on stage."
            case .notInContributions:
                "The contributions block is not running; "
                    + i.advice(key: "move the show to it first (Enter on pane 1, or n).",
                               flag: "move the show to it first (`podium show jump ID` or `podium show next`).")
            case .speakerAlreadySpoke(let id):
                "Contribution \(id) has already been presented" + i.advice(key: ".", flag: "; see `podium speakers list`.")
            case .unknownSpeaker(let id):
                "There is no contribution with id \(id)" + i.advice(key: ".", flag: "; see the ids with `podium speakers list`.")
            case .speakerWithdrawn(let id):
                "Contribution \(id) is withdrawn; "
                    + i.advice(key: "restore it first (key r on pane 3).", flag: "restore it first with `podium speakers restore \(id)`.")
            case .noSpeakerLeft:
                "No speaker is left in the queue; "
                    + i.advice(key: "press n to leave the contributions block.", flag: "use `podium show next` to leave the contributions block.")
            case .rehearsalFinished:
                "The rehearsal has ended; "
                    + i.advice(key: "press R on pane 1 to set it aside and start afresh.", flag: "set it aside with `podium show reset --yes` to start afresh.")
            case .notARehearsal:
                "The show running is the real one, not a rehearsal, so its journal cannot be set aside"
                    + i.advice(key: " (undo with u).", flag: " (undo with `podium show undo`).")
            case .nothingToReset: "There is no rehearsal to set aside; the show has not started."
            }
        },
        speakers: { error, i in
            switch error {
            case .unknown(let id):
                "There is no contribution with id \(id)"
                    + i.advice(key: "; the list has just changed, choose again.", flag: "; see the ids with `podium speakers list`.")
            case .emptyTopic: "The topic is empty; " + i.advice(key: "type the title of the contribution.", flag: "give the title of the contribution with --topic.")
            case .emptyUnit: "The presenting unit is empty; " + i.advice(key: "type the unit.", flag: "give it with --unit.")
            case .badMinutes(let minutes):
                "Cannot allot \(minutes) minutes; give a whole number of minutes from 1 to \(SpeakerQueueError.maximumMinutes)."
            case .positionOutOfRange(let position, let count):
                "There is no position \(position) in a queue of \(count); give a position from 1 to \(count)."
            case .alreadyWithdrawn(let id):
                "Contribution \(id) is already withdrawn; " + i.advice(key: "press r to restore it.", flag: "restore it with `podium speakers restore \(id)`.")
            case .notWithdrawn(let id): "Contribution \(id) is not withdrawn; there is nothing to restore."
            case .alreadySpoke(let id): "Contribution \(id) has already been presented and cannot be withdrawn."
            case .speakingNow(let id, let name):
                "\(name.isEmpty ? "Contribution \(id)" : name) is speaking now; "
                    + i.advice(key: "press w and confirm to withdraw and end the contribution.", flag: "add --force to withdraw and end the contribution.")
            case .speakerNotInRoster(let name):
                "“\(name)” is not in the delegate roster; "
                    + i.advice(key: "check the spelling.", flag: "add --add-delegate --group KEY to add the person, or check the spelling.")
            case .unknownGroup(let key):
                "There is no participant group “\(key)”" + i.advice(key: ".", flag: "; see the group keys with `podium info`.")
            }
        },
        awards: { error, i in
            switch error {
            case .badBatchSize(let size): "A batch size of \(size) cannot work; give a whole number from 1 to 50 (8–12 fits most stages)."
            case .noSuchBatch(let number, let count):
                count == 0
                    ? "There is no batch \(number): there are no batches yet; build them with `podium awards batches --rebuild`."
                    : "There is no batch \(number); the batches are numbered 1 to \(count)."
            case .noSuchRecipient(let text): "No recipient matches “\(text)”; give an id or a name as `podium awards batches` lists them."
            case .ambiguousRecipient(let text, let candidates):
                "“\(text)” matches several recipients: \(candidates.joined(separator: "; ")); give the id instead."
            case .presenterNotInRoster(let text):
                "“\(text)” is not in the delegate roster; a presenter must be a delegate (give an id or a name from the roster)."
            case .ambiguousPresenter(let text, let candidates):
                "“\(text)” matches several delegates: \(candidates.joined(separator: "; ")); give the delegate id instead."
            case .badSplit(let batch, let at, let size):
                "Batch \(batch) has \(size) recipients, so it cannot be split before position \(at); give a position from 2 to \(size)."
            case .lastBatchCannotMerge(let batch): "Batch \(batch) is the last batch, so there is no following batch to merge into it."
            case .batchWouldBeEmpty(let batch):
                "Moving this recipient would leave batch \(batch) empty; " + i.advice(key: "merge the batches instead (key M).", flag: "merge the batches instead (`podium awards merge`).")
            case .cannotRemoveTicked(let name):
                "\(name) has already received the award in this show; " + i.advice(key: "untick first (Space) to remove them.", flag: "untick first (`podium awards untick`) to remove them.")
            case .alreadyTicked(let name):
                "\(name) has already received the award; "
                    + i.advice(key: "press Space to untick if that was a mistake.", flag: "untick with `podium awards untick` if that was a mistake.")
            case .notTicked(let name): "\(name) is not ticked, so there is nothing to untick."
            case .notInCurrentBatch(let name, let batch, let current):
                "\(name) is in batch \(batch), but batch \(current) is on stage; move to that batch first or move the recipient."
            case .atLastBatch:
                "This is the last batch; there is no next batch "
                    + i.advice(key: "(press n on pane 1 to end the awards segment).", flag: "(end the awards segment with `podium show next`).")
            case .atFirstBatch: "This is the first batch; there is no batch before it."
            case .noBatches: "There are no batches yet; build them with `podium awards batches --rebuild`."
            case .badSeconds(let timing, let value):
                "\(value) is not a usable number of seconds for \(timingName(timing)); give a whole number from 0 to 3600."
            }
        },
        seating: { error, i in
            switch error {
            case .noSuchSeat(let seat):
                "There is no seat “\(seat)” in this hall" + i.advice(key: ".", flag: "; use a label such as P1 or B2-05 (see `podium seat list`).")
            case .unusableSeat(let seat): "Seat \(seat) is marked unusable; choose another seat."
            case .emptySeat(let seat): "Seat \(seat) is empty; seat someone there first."
            case .lockedSeat(let seat, let occupant):
                "Seat \(seat) is locked for \(occupant); " + i.advice(key: "unlock it first (key l).", flag: "unlock it first (`podium seat unlock \(seat)`).")
            case .seatTaken(let seat, let occupant):
                "Seat \(seat) is taken by \(occupant); "
                    + i.advice(key: "pick the person and drop them on this seat (Enter) to swap.", flag: "swap the two seats instead (`podium seat swap`).")
            case .noSuchDelegate(let query): "No delegate's name matches “\(query)”; check the spelling (accents may be left out)."
            case .ambiguousDelegate(let query, let count, let candidates):
                "“\(query)” matches \(count) delegates: \(candidates.joined(separator: "; "))\(count > candidates.count ? "; …" : ""); give the full name, or the number of the one you mean (for example \(candidates.first?.prefix { $0 != " " } ?? "#1"))."
            case .notSeated(let name): "\(name) has no seat yet; seat them first."
            case .hallTooSmall(let delegates, let seats):
                "The hall has \(seats) usable seats for \(delegates) delegates; \(delegates - seats) were left unseated — add seats or rows to the hall."
            }
        },
        hall: { error, i in
            switch error {
            case .presidiumOutOfRange(let count): "A presidium of \(count) seats is not possible; give 1 to \(HallEdit.maxPresidiumSeats) seats."
            case .emptySectionName: "The section needs a name, such as A or B."
            case .duplicateSectionName(let name): "There is already a section “\(name)”; choose another name."
            case .noRows(let name): "Section “\(name)” needs at least one row."
            case .noSeats(let name): "Section “\(name)” needs at least one seat per row."
            case .innerAisleOutside(let name, let aisle, let seats):
                "An aisle after seat \(aisle) does not cut section “\(name)” of \(seats) seats; give seat numbers from 1 to \(seats - 1)."
            case .noSuchSection(let index): "There is no section number \(index + 1) in this hall; reload the event."
            case .lastRow(let name): "Section “\(name)” has only one row left; remove the whole section" + i.advice(key: " (key D).", flag: ".")
            case .lastSeat(let name):
                "The rows of section “\(name)” have only one seat left; remove the whole section" + i.advice(key: " (key D).", flag: ".")
            case .notAHallSeat:
                "Only seats in the sections can be marked unusable; " + i.advice(key: "move the cursor into a section.", flag: "choose a seat in a section.")
            }
        },
        checklist: { error, _ in
            switch error {
            case .blockNeedsReason(let id): "Checklist item \(id) was not blocked: give a reason saying what is missing."
            }
        },
        index: { error, i in
            switch error {
            case .noResults:
                "The event holds no index results; " + i.advice(key: "import them with I.", flag: "import them with `podium import index FILE`.")
            case .allRevealed:
                "Everything has been revealed; " + i.advice(key: "press p to step back.", flag: "step back with `podium index reveal back`.")
            case .nothingRevealed: "Nothing has been revealed yet."
            case .overtaken(let revealed):
                "Another terminal has just moved the reveal to step \(revealed); this step was not taken a second time. "
                    + i.advice(key: "Look at the screen and press again if still needed.", flag: "Check `podium index reveal status` and run it again if still needed.")
            }
        },
        liveShow: { error, i in
            switch error {
            case .notAllowed(let role):
                "The \(role.rawValue) role cannot drive the show; "
                    + i.advice(key: "open Podium as the MC or an organiser.", flag: "run again with --role mc or --role organizer.")
            case .gated(let segment, let items):
                "“\(segment.title)” waits for checklist items not done: "
                    + items.map { "#\($0.id) \($0.title) (\($0.agency))" }.joined(separator: "; ")
                    + "; " + i.advice(key: "finish them, or confirm the override when asked.", flag: "finish them or add --override.")
            case .show(let error): ErrorStrings.english.show(error, i)
            case .overtaken(let name, let role, let time, let action):
                "\(name) (\(role.rawValue)) acted first, at \(time): "
                    + JournalStrings.english.sentence(.show(action), JournalNames()).lowercasedFirst
                    + "; " + i.advice(key: "the screen now shows it; look again and press again if still needed.", flag: "check `podium show status` and run again if still needed.")
            }
        },
        conflict: { conflict, i in
            let record = switch conflict.record {
            case .checklistItem: "checklist item"
            case .delegate: "delegate"
            case .segment: "segment"
            case .contribution: "contribution"
            case .awardRecipient: "award recipient"
            case .eventInfo: "event details"
            case .group: "list of participant groups"
            case .rankTable: "rank table"
            case .seatingSettings: "seating set-up"
            case .hall: "hall plan"
            case .awardDecision: "award decision"
            case .awardPlan: "award batch plan"
            }
            let what = conflict.title.isEmpty ? "this \(record)" : "the \(record) “\(conflict.title)”"
            return "\(conflict.operatorName) (\(conflict.role.rawValue)) changed \(what) at \(conflict.time), after it was opened for editing; "
                + "your change was not saved. "
                + i.advice(
                    key: "The screen now shows their version and the form keeps what you typed: look again, then press Enter to save or Esc to drop it.",
                    flag: "Look at it as it is now and run the command again if still needed."
                )
        },
        theme: { error in
            switch error {
            case .notFound(let name, let available):
                "Theme “\(name)” not found; available themes: \(available.isEmpty ? "none found" : available.joined(separator: ", ")) (pass one of these names or a path to a .yaml file)."
            case .unreadable(let file, let reason): "\(file): cannot read the theme file (\(reason)); check that the file exists and is readable."
            case .syntax(let file, let line, let message):
                "\(place(file, line)): invalid theme YAML (\(message)); fix the file or choose another theme."
            case .invalidValue(let file, let line, let key, let value, let expected):
                "\(place(file, line)): bad value “\(value)” for “\(key)”: expected \(expected)."
            case .inheritanceCycle(let chain): "Theme inheritance cycle: \(chain.joined(separator: " -> ")); remove one of the 'inherits:' lines."
            }
        },
        group: SetupStrings.english.groupProblem,
        awardProblem: { problem, i in
            switch problem {
            case .duplicate(let name, let ids):
                "\(name) appears \(ids.count) times (ids \(ids.map(String.init).joined(separator: ", "))); remove the extra row in the decision's list or tell them apart."
            case .missingUnit(let id, let name): "#\(id) \(name) has no unit; the certificate needs one — fill it in before printing."
            case .presenterMissing(let batch):
                "The presenter chosen for batch \(batch) is no longer in the roster; "
                    + i.advice(key: "choose another.", flag: "choose another with `podium awards presenter \(batch) NAME`.")
            case .unbatched(let ids):
                "\(ids.count) recipient(s) are in no batch (ids \(ids.map(String.init).joined(separator: ", "))); rebuild with `podium awards batches --rebuild`."
            }
        },
        access: .english,
        notAllowed: { role, capability, i in
            let allowed = RoleTable.roles(for: capability).sorted { $0.rawValue < $1.rawValue }
            return "The \(role.rawValue) role cannot do this; "
                + i.advice(
                    key: "open Podium as " + allowed.map(\.rawValue).joined(separator: " or ") + ".",
                    flag: "run again with " + allowed.map { "--role \($0.rawValue)" }.joined(separator: " or ") + "."
                )
        }
    )

    private static func timingName(_ timing: AwardTiming) -> String {
        switch timing {
        case .perRecipient: "a recipient"
        case .perBatch: "a batch"
        case .decisionReading: "reading the decision"
        }
    }
}
