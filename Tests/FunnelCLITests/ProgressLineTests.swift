@testable import funnel
@testable import FunnelStore
import Testing

/// What the progress line of a long load says, and how it fits the screen: the
/// numbers are what it is for, so a long path gives way before they do.
@Suite struct ProgressLineTests {
    let reading = LoadProgress.Snapshot(bytes: 612_300_000, totalBytes: 1_202_000_000, records: 3_412_345,
                                        phase: .reading)

    @Test func readingSaysHowFarOfHowMuchAndHowFast() {
        #expect(ProgressLine.text(reading, name: "big.json", seconds: 6, preparing: false)
                == "loading big.json: 612.3 MB of 1,202.0 MB (50%), 3,412,345 records, 102.1 MB/s")
        var building = reading
        building.phase = .building
        #expect(ProgressLine.text(building, name: "big.json", seconds: 6, preparing: false)
                == "loading big.json: 612.3 MB read, 3,412,345 records; building the tables")
        #expect(ProgressLine.text(building, name: "big.json", seconds: 6, preparing: true)
                == "loading big.json: 612.3 MB read, 3,412,345 records; preparing the session")
    }

    @Test func aLongPathGivesWayToTheNumbers() {
        let path = "/tmp/funnel-prompt-test-F7D8F09F-8574-4686-9E27-ED3353DDA63E/dealer.json"
        let fitted = ProgressLine.fitted(reading, name: path, seconds: 6, preparing: false, width: 80)
        #expect(fitted == "loading dealer.json: 612.3 MB of 1,202.0 MB (50%), 3,412,345 records, 102.1 MB/s")
        // Narrower still: the start of the file's name goes, then the end of the line.
        let narrow = ProgressLine.fitted(reading, name: path, seconds: 6, preparing: false, width: 76)
        #expect(narrow == "loading …r.json: 612.3 MB of 1,202.0 MB (50%), 3,412,345 records, 102.1 MB/s")
        let tiny = ProgressLine.fitted(reading, name: path, seconds: 6, preparing: false, width: 29)
        #expect(tiny == "loading dealer.json: 612.3 MB")
        // A short path is shown as given.
        #expect(ProgressLine.fitted(reading, name: "data/big.json", seconds: 6, preparing: false, width: 100)
                == "loading data/big.json: 612.3 MB of 1,202.0 MB (50%), 3,412,345 records, 102.1 MB/s")
        for width in 10...100 {
            let line = ProgressLine.fitted(reading, name: path, seconds: 6, preparing: false, width: width)
            #expect(line.count <= width, "\(width): \(line)")
        }
    }
}
