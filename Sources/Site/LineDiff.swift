/// A line diff of expected and actual output, for `{output}` mismatches.
enum LineDiff {
    /// `-` lines expected but missing, `+` lines printed but not expected, two lines of
    /// context around each change; whitespace at line ends is made visible.
    static func unified(expected: String, actual: String) -> String {
        let a = lines(expected), b = lines(actual)
        // Longest common subsequence table (outputs are short: a few hundred lines at most).
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var ops: [(Character, String)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                ops.append((" ", a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || lcs[i][j + 1] > lcs[i + 1][j] {
                ops.append(("+", b[j])); j += 1
            } else {
                ops.append(("-", a[i])); i += 1
            }
        }
        let changed = ops.indices.filter { ops[$0].0 != " " }
        var keep = Set<Int>()
        for index in changed { for k in max(0, index - 2)...min(ops.count - 1, index + 2) { keep.insert(k) } }
        var out = "--- expected\n+++ printed\n"
        var last = -1
        for index in keep.sorted() {
            if last >= 0, index > last + 1 { out += "  …\n" }
            out += "\(ops[index].0) \(visible(ops[index].1))\n"
            last = index
        }
        return out.trimmingTrailingNewlines()
    }

    private static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { result.removeLast() } else if !text.isEmpty { result[result.count - 1] += "⏎̸" }
        return result
    }

    private static func visible(_ line: String) -> String {
        var trailing = 0
        for c in line.reversed() { if c == " " || c == "\t" { trailing += 1 } else { break } }
        guard trailing > 0 else { return line }
        return String(line.dropLast(trailing)) + String(repeating: "·", count: trailing)
    }
}
