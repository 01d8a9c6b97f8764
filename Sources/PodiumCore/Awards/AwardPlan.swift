/// How the award ceremony runs: its settings and its batches (đợt), kept in the event file.
/// Batches are numbered by their place in `batches`, starting at 1.
public struct AwardPlan: Hashable, Sendable, Codable {
    public var settings: AwardSettings
    public var batches: [AwardBatch]

    public init(settings: AwardSettings = AwardSettings(), batches: [AwardBatch] = []) {
        self.settings = settings
        self.batches = batches
    }

    /// The index of the batch that holds `recipientID`.
    public func batchIndex(of recipientID: Int64) -> Int? {
        batches.firstIndex { $0.recipientIDs.contains(recipientID) }
    }
}

/// The ceremony's configurable numbers and the order of award forms (DOMAIN.md §3).
public struct AwardSettings: Hashable, Sendable, Codable {
    /// Award forms, highest first: the ceremony calls the highest form first. A form not listed
    /// comes after the listed ones, in the order the decisions name it.
    public var forms: [String]
    /// How many recipients go up at once; 8–12 is common (the width of the stage).
    public var batchSize: Int
    public var secondsPerRecipient: Int
    /// Inviting the presenter, the photo and the walk back, per batch.
    public var secondsPerBatch: Int
    /// Reading the decision aloud before the first batch.
    public var decisionReadingSeconds: Int
    /// Who reads the decision ("Lãnh đạo Sở Nội vụ"); empty takes the awards segment's presenter.
    public var reader: String

    public static let defaultForms = [
        "Huân chương Lao động hạng Nhất", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Ba",
        "Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh",
        "Giấy khen",
    ]

    public init(
        forms: [String] = AwardSettings.defaultForms, batchSize: Int = 10, secondsPerRecipient: Int = 40,
        secondsPerBatch: Int = 90, decisionReadingSeconds: Int = 120, reader: String = ""
    ) {
        self.forms = forms
        self.batchSize = batchSize
        self.secondsPerRecipient = secondsPerRecipient
        self.secondsPerBatch = secondsPerBatch
        self.decisionReadingSeconds = decisionReadingSeconds
        self.reader = reader
    }
}

/// One batch: the recipients invited up together, the leader who presents, and the MC's
/// words for it when someone rewrote them.
public struct AwardBatch: Hashable, Sendable, Codable {
    /// In calling order.
    public var recipientIDs: [Int64]
    /// A delegate chosen by hand; nil takes the default (the leaders in roster order, in turn).
    public var presenterID: Int64?
    /// True once someone moved, reordered, split or merged this batch: a rebuild keeps it.
    public var isManual: Bool
    /// The MC's lines for this batch as edited by hand; nil means generated.
    public var script: String?

    public init(recipientIDs: [Int64], presenterID: Int64? = nil, isManual: Bool = false, script: String? = nil) {
        self.recipientIDs = recipientIDs
        self.presenterID = presenterID
        self.isManual = isManual
        self.script = script
    }
}
