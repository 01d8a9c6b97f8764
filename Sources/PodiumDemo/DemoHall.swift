import PodiumCore

/// The provincial conference centre as the demo assumes it: a presidium of seven and three
/// sections of fourteen rows; the back corners hold the camera platforms.
enum DemoHall {
    static func hall() -> Hall {
        let cameraCorners: Set<SeatPosition> = [
            SeatPosition(row: 14, seat: 1), SeatPosition(row: 14, seat: 2), SeatPosition(row: 14, seat: 3),
            SeatPosition(row: 14, seat: 4), SeatPosition(row: 14, seat: 5),
        ]
        return Hall(
            name: "Trung tâm Hội nghị tỉnh Lào Cai",
            presidiumSeats: 7,
            sections: [
                HallSection(name: "A", rows: 14, seatsPerRow: 7, unusable: cameraCorners),
                HallSection(name: "B", rows: 14, seatsPerRow: 12),
                HallSection(name: "C", rows: 14, seatsPerRow: 7, unusable: cameraCorners),
            ]
        )
    }
}
