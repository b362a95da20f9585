import Synchronization

/// How far a load has got, for a front end that wants to show it. The loader's
/// readers count into it (from the two threads a large file is read on); the front
/// end reads a `Snapshot` whenever it likes, from any thread, and draws it. Nothing
/// here prints: the store stays free of terminal code.
public final class LoadProgress: Sendable {
    /// What the load is doing.
    public enum Phase: Int, Sendable {
        /// Reading the inputs' records.
        case reading
        /// Every input read: the columns and the dataset are being put together.
        case building
    }

    /// The numbers at one moment.
    public struct Snapshot: Sendable, Equatable {
        /// Input bytes read so far, and in all (0 until the inputs are found).
        public var bytes: Int
        public var totalBytes: Int
        /// Records read so far, in every table.
        public var records: Int
        public var phase: Phase
    }

    private let totalBytes = Atomic<Int>(0)
    private let phase = Atomic<Int>(Phase.reading.rawValue)
    /// The inputs finished so far.
    private let doneBytes = Atomic<Int>(0)
    private let doneRecords = Atomic<Int>(0)
    /// The file being read: each reader's bytes and records from where it started
    /// (slot 0 the reader from the file's start, slot 1 the second half's).
    private let firstBytes = Atomic<Int>(0), secondBytes = Atomic<Int>(0)
    private let firstRecords = Atomic<Int>(0), secondRecords = Atomic<Int>(0)

    public init() {}

    public var snapshot: Snapshot {
        Snapshot(bytes: doneBytes.load(ordering: .relaxed) + firstBytes.load(ordering: .relaxed)
                    + secondBytes.load(ordering: .relaxed),
                 totalBytes: totalBytes.load(ordering: .relaxed),
                 records: doneRecords.load(ordering: .relaxed) + firstRecords.load(ordering: .relaxed)
                    + secondRecords.load(ordering: .relaxed),
                 phase: Phase(rawValue: phase.load(ordering: .relaxed)) ?? .reading)
    }

    func start(totalBytes: Int) {
        self.totalBytes.store(totalBytes, ordering: .relaxed)
    }

    /// A reader's place in the current file.
    func update(slot: Int, bytes: Int, records: Int) {
        if slot == 0 {
            firstBytes.store(bytes, ordering: .relaxed)
            firstRecords.store(records, ordering: .relaxed)
        } else {
            secondBytes.store(bytes, ordering: .relaxed)
            secondRecords.store(records, ordering: .relaxed)
        }
    }

    /// The second half's reading was not kept: the first reader reads it again.
    func dropSecondHalf() {
        update(slot: 1, bytes: 0, records: 0)
    }

    /// A file read to its end: `bytes` long, holding `records` records.
    func finishFile(bytes: Int, records: Int) {
        doneBytes.add(bytes, ordering: .relaxed)
        doneRecords.add(records, ordering: .relaxed)
        update(slot: 0, bytes: 0, records: 0)
        dropSecondHalf()
    }

    func startBuilding() {
        phase.store(Phase.building.rawValue, ordering: .relaxed)
    }

    /// A reader's way of counting into a `LoadProgress`: where in the file it started,
    /// and how many records it has read.
    struct Counter {
        let progress: LoadProgress
        let slot: Int
        let origin: Int
        private(set) var records = 0

        init(_ progress: LoadProgress, slot: Int, origin: Int) {
            self.progress = progress
            self.slot = slot
            self.origin = origin
        }

        /// One more record, the read now at `position`: told every few thousand
        /// records, so counting costs the reading nothing to speak of.
        mutating func count(at position: Int) {
            records += 1
            if records & 4095 == 0 { progress.update(slot: slot, bytes: position - origin, records: records) }
        }
    }
}
