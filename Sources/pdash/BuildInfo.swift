import CBuildInfo

/// What `pdash --version` prints.
enum BuildInfo {
    /// pdash's version: the one place it is written. A release is tagged `v` + this (`v0.8.0`); a test checks
    /// the tag of a tagged checkout against it.
    static let version = "0.8.0"

    /// The commit built from, when the build was given it (see CBuildInfo.h; the README's release build does).
    static var commit: String? {
        let commit = String(cString: pdash_build_commit())
        return commit.isEmpty ? nil : commit
    }

    /// `pdash 0.8.0 (commit 846c163a1b2c)`, or without the commit when unknown.
    static var versionLine: String {
        "pdash \(version)" + (commit.map { " (commit \($0))" } ?? "")
    }
}
