import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a pass over rows on two threads, each over half of the rows, cut at a multiple
/// of 64 so that each half owns whole bitmap words: kernels that build bitmaps 64 rows
/// to a word can write their halves into one shared buffer without touching the same
/// word. Below `minimumRows`, or on one core, the body runs once over every row.
public enum RowHalves {
    /// Rows from which a pass is split: below it the second thread costs more than it saves.
    public static let defaultMinimum = 1 << 16

    static let processorCount: Int = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))

    /// Calls `body` with `0..<count` split in two (or whole), possibly at the same time
    /// on two threads; returns when both halves are done. `body` must only write what
    /// belongs to its own range of rows (and of words).
    public static func run(count: Int, minimumRows: Int = defaultMinimum, _ body: (Range<Int>) -> Void) {
        guard count >= minimumRows, processorCount > 1 else {
            body(0..<count)
            return
        }
        let cut = ((count / 2) + 63) & ~63
        withoutActuallyEscaping(body) { body in
            let box = Box(body)
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                box.body(index == 0 ? 0..<cut : cut..<count)
            }
        }
    }

    /// The body shared with the two threads; each half touches only its own rows.
    private final class Box: @unchecked Sendable {
        let body: (Range<Int>) -> Void
        init(_ body: @escaping (Range<Int>) -> Void) { self.body = body }
    }
}
