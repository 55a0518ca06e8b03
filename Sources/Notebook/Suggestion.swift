/// "Did you mean" suggestions for misspelled names.
public enum Suggestion {
    /// The candidate closest to `name` by edit distance, if it is close enough to be a likely typo.
    ///
    /// Close enough follows CPython's rule for its `Did you mean` hints: at most a third of the
    /// longer name's length in edits (at least one), ignoring case for the comparison of equal names.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        var best: (String, Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(name.lowercased(), candidate.lowercased())
            let limit = max(1, max(name.count, candidate.count) / 3)
            if distance <= limit, best == nil || distance < best!.1 {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// `"; did you mean 'X'?"` to append to a message when a close candidate exists, else
    /// an empty string; `quote` wraps the name as it is written (`{descent}`).
    public static func hint(for name: String, in candidates: some Sequence<String>, quote: (String) -> String = { $0 }) -> String {
        closest(to: name, in: candidates).map { "; did you mean '\(quote($0))'?" } ?? ""
    }

    /// Damerau-Levenshtein distance (optimal string alignment): transpositions count as one edit.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
