#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines with plain `read(2)`: the fallback when libedit cannot run (a dumb
/// terminal, standard output not a terminal). The terminal's own line editing
/// applies; a Ctrl-C interrupts the read (`EINTR`) and abandons the line.
final class PlainLineReader: LineReader {
    private let input: Int32
    /// Where prompts go: standard output, or standard error when the output is
    /// piped somewhere, so the prompt is seen and the piped results stay clean.
    private let promptDescriptor: Int32
    private var buffer: [UInt8] = []
    private var ended = false

    init(input: Int32 = 0, promptDescriptor: Int32) {
        self.input = input
        self.promptDescriptor = promptDescriptor
    }

    func read(prompt: String) -> LineInput {
        write(prompt)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return .line(String(decoding: line, as: UTF8.self))
            }
            if ended {
                guard !buffer.isEmpty else { return .end }
                defer { buffer.removeAll() }
                return .line(String(decoding: buffer, as: UTF8.self))
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
            } else if n == 0 {
                ended = true
            } else if errno == EINTR {
                buffer.removeAll()
                write("\n")
                return .interrupted
            } else {
                ended = true
            }
        }
    }

    private func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            while offset < buffer.count {
                let n = Glibc.write(promptDescriptor, base + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
