import Foundation
@testable import funnel
import Testing

/// Where the history lives and when it is (not) written.
@Suite struct HistoryTests {
    @Test func pathComesFromTheEnvironment() {
        func path(_ environment: [String: String]) -> String? {
            HistoryFile.path { environment[$0] }
        }
        #expect(path(["HOME": "/home/li"]) == "/home/li/.funnel_history")
        #expect(path(["HOME": "/home/li/"]) == "/home/li/.funnel_history")
        #expect(path(["HOME": "/home/li", "FUNNEL_HISTORY": "/tmp/h"]) == "/tmp/h")
        #expect(path(["HOME": "/home/li", "FUNNEL_HISTORY": "~/funnel/h"]) == "/home/li/funnel/h")
        #expect(path(["HOME": "/home/li", "FUNNEL_HISTORY": ""]) == nil)
        #expect(path([:]) == nil)
    }

    @Test func boundedUniqueAndOldestFirst() throws {
        let history = try #require(EditHistory(size: 3))
        for entry in ["a", "b", "b", "c", "d", ""] { history.add(entry) }
        #expect(history.entries == ["b", "c", "d"])
    }

    @Test func refusesToOverwriteAFileItCannotRead() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("history", "select 1\nsomething from readline\n")
        let history = try #require(EditHistory())
        var file = HistoryFile(path: path)
        let warning = file.load(into: history)
        #expect(warning?.contains("is not a funnel history file") == true)
        history.add("count customers")
        #expect(file.save(history) == nil)
        #expect(folder.read("history") == "select 1\nsomething from readline\n")
    }

    @Test func anEmptyOrMissingFileIsFine() throws {
        let folder = try TemporaryFolder()
        try folder.write("empty", "")
        let history = try #require(EditHistory())
        var empty = HistoryFile(path: folder.file("empty"))
        var missing = HistoryFile(path: folder.file("missing"))
        #expect(empty.load(into: history) == nil)
        #expect(missing.load(into: history) == nil)
        history.add("count traffic")
        #expect(missing.save(history) == nil)
        #expect(folder.read("missing") == "_HiStOrY_V2_\ncount\\040traffic\n")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.file("missing"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func anUnwritableFileWarnsOnce() throws {
        let history = try #require(EditHistory())
        history.add("count traffic")
        var file = HistoryFile(path: "/nonexistent/folder/history")
        let first = file.save(history)
        #expect(first?.hasPrefix("warning: cannot save the history to /nonexistent/folder/history") == true)
        #expect(file.save(history) == nil)
        #expect(file.save(history) == nil)
    }

    @Test func multiLineStatementsBecomeOneLineWhereThatKeepsTheirMeaning() {
        #expect(HistoryEntry.joining(["count customers where", "   grade = H"]) == "count customers where grade = H")
        #expect(HistoryEntry.joining(["select customers where -- hot ones", "grade = H"])
                    == "select customers where -- hot ones\ngrade = H")
        #expect(HistoryEntry.joining(["select customers where name = \"a", "b\""])
                    == "select customers where name = \"a\nb\"")
        #expect(HistoryEntry.joining(["count traffic"]) == "count traffic")
    }
}
