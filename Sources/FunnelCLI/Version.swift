/// The version shown by `--version` and on the prompt's welcome line.
enum FunnelVersion {
    static let current = "0.1"
}
