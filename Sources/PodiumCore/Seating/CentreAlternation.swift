/// The centre-and-alternation rule (DOMAIN.md §2): number 1 in the centre, number 2 on number
/// 1's right, number 3 on the left, alternating, nearer before farther.
public enum CentreAlternation {
    /// For a row of `count` seats indexed from the audience's left, the index each precedence
    /// takes: element 0 is number 1's seat, element 1 number 2's, and so on.
    public static func order(
        count: Int, viewpoint: SeatingSettings.Viewpoint, evenCentring: SeatingSettings.EvenCentring
    ) -> [Int] {
        guard count > 0 else { return [] }
        // Seen from the stage, one's right is the audience's left: smaller indexes.
        let right = viewpoint == .stage ? -1 : 1
        let centre: Int
        if count % 2 == 1 {
            centre = count / 2
        } else {
            // The middle pair is (count/2 - 1, count/2); number 2 sits at centre + right.
            let pairedWithTwo = right < 0 ? count / 2 : count / 2 - 1
            centre = evenCentring == .withNumberTwo ? pairedWithTwo : (count - 1) - pairedWithTwo
        }
        var result = [centre]
        result.reserveCapacity(count)
        var distance = 1
        while result.count < count {
            for side in [right, -right] {
                let index = centre + side * distance
                if index >= 0 && index < count { result.append(index) }
            }
            distance += 1
        }
        return result
    }
}
