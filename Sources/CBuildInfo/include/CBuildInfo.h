#ifndef PDASH_CBUILDINFO_H
#define PDASH_CBUILDINFO_H

/// The git commit pdash was built from, "" when the build was not told. A release build passes it:
/// `swift build -c release ... -Xcc -DPDASH_COMMIT=\"$(git rev-parse --short=12 HEAD)\"` (C, because a Swift
/// build setting cannot carry a value; not from Package.swift, whose evaluation SwiftPM caches across commits).
const char *pdash_build_commit(void);

#endif
