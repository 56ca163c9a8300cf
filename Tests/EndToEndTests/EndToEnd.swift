import Testing

/// Every suite that drives the built binary (tmux, child processes) runs one test at a time: they wait on
/// processes and terminals with blocking calls, and running several at once would starve the other suites'
/// timers on a 2-core machine.
@Suite(.serialized)
enum EndToEnd {}
