#ifndef PDASH_CBUILDINFO_H
#define PDASH_CBUILDINFO_H

/// The git commit pdash was built from ("" when unknown, e.g. built from a source archive). Package.swift
/// defines PDASH_COMMIT from the checkout; C is used because a Swift build setting cannot carry a value.
const char *pdash_build_commit(void);

#endif
