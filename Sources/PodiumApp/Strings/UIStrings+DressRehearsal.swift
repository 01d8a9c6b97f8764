/// Strings for what a dress rehearsal of the day found missing: where an award recipient sits.
public struct DressRehearsalStrings: Sendable {
    /// The seat of the delegate who goes up for a recipient, in the awards pane's notes.
    public var awardsSeat: @Sendable (_ seat: String) -> String
    public var awardsNoSeat: String

    public static let vietnamese = DressRehearsalStrings(
        awardsSeat: { "ghế \($0)" },
        awardsNoSeat: "chưa có ghế"
    )

    public static let english = DressRehearsalStrings(
        awardsSeat: { "seat \($0)" },
        awardsNoSeat: "no seat yet"
    )
}
