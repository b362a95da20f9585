import Foundation
@testable import funnel
import Testing

/// `.output` never harms the data and never fails silently.
@Suite struct OutputSafetyTests {
    /// Every spelling of a loaded file, and a file inside a loaded folder, is refused.
    @Test(arguments: ["same path", "symbolic link", "hard link", "inside a loaded folder"])
    func refusesToOverwriteLoadedData(spelling: String) throws {
        let folder = try TemporaryFolder()
        let data = try folder.write("dealer.json", PromptFixture.json)
        try FileManager.default.createDirectory(atPath: folder.file("october"), withIntermediateDirectories: true)
        let tables = try folder.write("october/customers.jsonl", #"{"id": "C1", "created": "2010-10-01"}"#)
        let target: String
        switch spelling {
        case "symbolic link":
            target = folder.file("link.json")
            try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: data)
        case "hard link":
            target = folder.file("hard.json")
            try FileManager.default.linkItem(atPath: data, toPath: target)
        case "inside a loaded folder":
            target = tables
        default:
            target = data
        }
        let run = try CapturedInterpreter(loadedPaths: [data, folder.file("october")])
        let outcome = run.interpreter.run(".output \(target)\ncount customers\n", name: nil)
        #expect(!outcome.succeeded)
        #expect(run.stderr.hasPrefix("error: refusing to write to '\(target)': the data was loaded from '"))
        #expect(folder.read("dealer.json") == PromptFixture.json)
        #expect(folder.read("october/customers.jsonl") == #"{"id": "C1", "created": "2010-10-01"}"#)
    }

    @Test(arguments: [
        ("/nonexistent/folder/out.csv", "No such file or directory"),
        ("/", "Is a directory"),
    ])
    func anUnwritablePathIsAnError(path: String, reason: String) throws {
        let run = try CapturedInterpreter()
        let outcome = run.interpreter.run(".output \(path)\ncount customers\n", name: nil)
        #expect(!outcome.succeeded)
        #expect(run.stderr == "error: cannot write to '\(path)': \(reason)\n")
    }

    /// A file that takes nothing more (a full disk): the statement's results are lost,
    /// so the run says so and fails instead of finishing as if all was written.
    @Test func aFullDiskIsAnError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let run = try CapturedInterpreter(bail: false)
        // In a table, which holds several results (csv output holds one).
        let outcome = run.interpreter.run(".format table\n.output /dev/full\ncount customers\ncount traffic\n.output\n"
                                          + "count customers\n", name: nil)
        #expect(!outcome.succeeded)
        // Said once: the stream drops what follows until the next .output.
        #expect(run.stderr == "error: cannot write to '/dev/full': No space left on device: the results are not all there\n")
        #expect(run.stdout == "count\n-----\n    5\n")
    }
}
