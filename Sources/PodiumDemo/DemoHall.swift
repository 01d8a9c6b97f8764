import PodiumCore

/// The provincial conference centre as the demo assumes it: a presidium of seven on the stage,
/// three sections of fourteen rows with two aisles between them and walkways along the walls
/// (356 seats in the hall); the back corners hold the camera platforms.
enum DemoHall {
    static func hall() -> Hall {
        let leftCameras: Set<SeatPosition> = Set((1...4).map { SeatPosition(row: 14, seat: $0) })
        let rightCameras: Set<SeatPosition> = Set((4...7).map { SeatPosition(row: 14, seat: $0) })
        return Hall(
            name: "Trung tâm Hội nghị tỉnh Lào Cai",
            presidiumSeats: 7,
            sections: [
                HallSection(name: "A", rows: 14, seatsPerRow: 7, unusable: leftCameras),
                HallSection(name: "B", rows: 14, seatsPerRow: 12),
                HallSection(name: "C", rows: 14, seatsPerRow: 7, unusable: rightCameras),
            ]
        )
    }
}
