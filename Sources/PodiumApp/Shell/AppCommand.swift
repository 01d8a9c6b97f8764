import PodiumCore
import TermCore

/// What a key or click asks the app to do.
public enum AppCommand: Hashable, Sendable {
    case showPane(Pane)
    case nextPane, previousPane
    case moveSelection(by: Int)
    case page(by: Int)
    case selectFirst, selectLast
    case selectRow(Int)
    case toggleHelp
    case scrollHelp(by: Int)
    /// The journal overlay: open or close it, scroll it, undo the operator's own last change.
    case toggleJournal
    case scrollJournal(by: Int)
    case undoOwnLast
    case requestQuit, confirmQuit, cancelOverlay
    /// A question (c/k) answered with anything but yes: closed, saying that nothing was done.
    case declineQuestion
    case toggleLanguage
    case redraw
    // The live show (agenda pane).
    case show(ShowAction)
    case toggleHold, toggleBlank, undoShow, sendOneMinuteWarning, askStageMessage
    /// Rehearsals: ask for the start time of one, or ask before setting the one there is aside.
    case askRehearsal, askResetRehearsal
    /// The event's details in a form (organisers).
    case editEventDetails
    /// The role table in a form (organisers).
    case editRoleTable
    /// Shows the next page of an MC text too long for the live panel.
    case nextMCTextPage
    /// Asks before jumping to the selected segment; `confirmJump` carries it out.
    case requestJump, confirmJump(Int64)
    /// Shows a one-line message, e.g. why a key is disabled.
    case notice(String)
    /// A key typed into the open form.
    case formInput(Key)
    /// "Yes" to the open confirmation: queues its effects.
    case confirmYes
    case checklist(ChecklistAction)
    case agenda(AgendaAction)
    // Documents: the import dialog takes every key while it is open.
    case openImport
    case importKey(Key)
    /// A key or click of the seating pane.
    case seating(SeatingAction)
    case speakers(SpeakerAction)
    case awards(AwardsPaneAction)
    case index(IndexPaneAction)
    /// Opens a form that prepares the day: groups, ranks, seating settings, awards.
    case setup(SetupAction)
}

/// What the checklist pane's keys ask for; see `AppState+Checklist`.
public enum ChecklistAction: Hashable, Sendable {
    case toggleDone, setDoing, askBlock, add, edit, askDelete, filter, cycleGrouping, details
}

/// What the speakers pane's keys ask for; see `AppState+Speakers`.
public enum SpeakerAction: Hashable, Sendable {
    case withdraw, restore, moveUp, moveDown, add, editLines
}

/// What the awards pane's keys ask for; see `AppState+Awards`.
public enum AwardsPaneAction: Hashable, Sendable {
    case toggleTick, nextBatch, previousBatch
}

/// The forms that prepare the day, on the seating and awards panes; see `AppState+Setup`.
public enum SetupAction: Hashable, Sendable {
    case groups, rankTitle, rankOverride, seatingSettings
    case decision, awardSettings, addRecipient, editRecipient, removeRecipient, moveRecipient, splitBatch, mergeBatch, presenter
    case batchEarlier, batchLater
}
