import Foundation
import Testing

/// `funnel snapshot` and `.save` as a user runs them, and `--data` on the file they write.
@Suite struct SnapshotCommandTests {
    /// A generated dealer as JSON in a fresh folder.
    static func dealer(_ folder: TemporaryFolder) throws -> String {
        let json = folder.file("dealer.json")
        let run = try Funnel.run(["generate", "--cards", "300", "--seed", "5", "--out", json])
        #expect(run.status == 0, "\(run.stderr)")
        return json
    }

    static let statements = "count customers by grade; kpi overall_visit_rate for 2010-10; funnel for 2010-10 by consultant"

    @Test func aSnapshotAnswersAsItsJSONDoesAndWarnsWhenTheJSONChanges() throws {
        let folder = try TemporaryFolder()
        let json = try Self.dealer(folder)
        let snapshot = folder.file("dealer.funnel")
        let made = try Funnel.run(["snapshot", json, "--out", snapshot])
        #expect(made.status == 0)
        #expect(made.stdout == "")
        #expect(made.stderr.hasPrefix("wrote \(snapshot): 300 cards, "), "\(made.stderr)")
        #expect(made.stderr.hasSuffix(" bytes\n"))

        let fromJSON = try Funnel.run(["--data", json, "-c", Self.statements])
        let fromSnapshot = try Funnel.run(["--data", snapshot, "-c", Self.statements])
        #expect(fromSnapshot.status == 0)
        #expect(fromSnapshot.stderr == fromJSON.stderr)
        #expect(fromSnapshot.stdout == fromJSON.stdout)

        // A source that changed: a warning on stderr, the snapshot's data all the same.
        let attributes = [FileAttributeKey.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)]
        try FileManager.default.setAttributes(attributes, ofItemAtPath: json)
        let stale = try Funnel.run(["--data", snapshot, "-c", Self.statements])
        #expect(stale.status == 0)
        #expect(stale.stdout == fromJSON.stdout)
        #expect(stale.stderr.hasPrefix("warning: 1 of the sources of \(snapshot) changed or gone since it was made"))
        #expect(stale.stderr.contains("modified 2001-09-09 01:46:40 UTC now"), "\(stale.stderr)")
    }

    @Test func aDamagedSnapshotExitsTwoNamingTheFile() throws {
        let folder = try TemporaryFolder()
        let json = try Self.dealer(folder)
        let snapshot = folder.file("dealer.funnel")
        #expect(try Funnel.run(["snapshot", json, "--out", snapshot]).status == 0)
        let bytes = try #require(FileManager.default.contents(atPath: snapshot))
        let cut = folder.file("cut.funnel")
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: cut))
        let run = try Funnel.run(["--data", cut, "-c", "count customers"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: cannot load the data\n\(cut): cut short: the snapshot was written with "
                + "\(bytes.count) bytes and this file has \(bytes.count / 2) (copied or written only in part?); "
                + "make it again with funnel snapshot\n")
    }

    @Test func theSnapshotNeverGoesOverItsSource() throws {
        let folder = try TemporaryFolder()
        let json = try Self.dealer(folder)
        let before = try #require(FileManager.default.contents(atPath: json))
        let run = try Funnel.run(["snapshot", json, "--out", json])
        #expect(run.status == 2)
        #expect(run.stderr == "error: refusing to write the snapshot to '\(json)': the data was read from '\(json)'\n")
        #expect(FileManager.default.contents(atPath: json) == before)
        let usage = try Funnel.run(["snapshot", "--out", folder.file("x.funnel")])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("name the data to snapshot"))
    }

    @Test func saveWritesTheLoadedDataAndRefusesItsSource() throws {
        let folder = try TemporaryFolder()
        let json = try Self.dealer(folder)
        let saved = folder.file("saved.funnel")
        let run = try Funnel.run(["--data", json], stdin: ".save \(saved)\n.save \(json)\n")
        #expect(run.status == 1)
        #expect(run.stderr.contains("refusing to write the snapshot to '\(json)': the data was read from '\(json)'"),
                "\(run.stderr)")
        let fromJSON = try Funnel.run(["--data", json, "-c", Self.statements])
        let fromSaved = try Funnel.run(["--data", saved, "-c", Self.statements])
        #expect(fromSaved.status == 0)
        #expect(fromSaved.stdout == fromJSON.stdout)
        // The demo saves too, and a snapshot opened saves again byte for byte.
        let demo = folder.file("demo.funnel"), again = folder.file("again.funnel")
        #expect(try Funnel.run([], stdin: ".save \(demo)\n").status == 0)
        #expect(try Funnel.run(["--data", demo], stdin: ".save \(again)\n.save \(demo)\n").status == 1)
        #expect(FileManager.default.contents(atPath: demo) == FileManager.default.contents(atPath: again))
        let demoRun = try Funnel.run(["--data", demo, "-c", Self.statements])
        #expect(demoRun.stdout == (try Funnel.run(["-c", Self.statements])).stdout)
    }
}
