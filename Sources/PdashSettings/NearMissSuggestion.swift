/// Finds the known name a mistyped one was probably meant to be, for "did you mean ...?" hints.
enum NearMissSuggestion {
    /// The closest of `candidates` within `maximumDistance` edits of `name` (ties go to the alphabetically first), or nil.
    static func closest(to name: String, among candidates: [String], maximumDistance: Int = 2) -> String? {
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(name.lowercased(), candidate.lowercased())
            if distance <= maximumDistance, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// The Levenshtein distance: how many single-character insertions, deletions or substitutions turn `a` into `b`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let left = Array(a), right = Array(b)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    /// "unknown NOUN (known: a, b); did you mean 'a'?" — the hint only for a near miss.
    static func unknownMessage(_ noun: String, name: String, known: [String]) -> String {
        let list = known.isEmpty ? "none" : known.sorted().joined(separator: ", ")
        var message = "unknown \(noun) (known: \(list))"
        if let guess = closest(to: name, among: known) { message += "; did you mean '\(guess)'?" }
        return message
    }
}
