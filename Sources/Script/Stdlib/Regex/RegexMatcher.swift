/// CPython's `_sre` matching, as a backtracking search over the string's code points.
///
/// Each instruction list is matched with a continuation: `run(ops, i, pos, k)` matches
/// `ops[i...]` at `pos` and then calls `k` with the end position, trying the next
/// alternative when `k` fails. Captures are set as a group closes and restored when the
/// continuation fails, so a failed path leaves none behind. Repeats follow `_sre`'s rules:
/// single-character bodies are counted in a loop (greedy, lazy, possessive), other bodies
/// iterate while each iteration moves on (an iteration that matched empty ends the loop).
/// Every step counts against the interpreter's step budget and time limit, so a
/// catastrophic pattern stops with the usual limit error.
final class RegexMatcher {
    let text: [UInt32]
    /// The end of the searched text (`endpos`).
    let end: Int
    let program: RegexProgram
    /// Start and end of each group (group 0 included), -1 when unset.
    var marks: [Int]
    var lastIndex = -1
    private let interp: Interpreter
    /// Where the current search started, and whether an empty match there is refused
    /// (after an empty match, as `finditer`, `sub` and `split` go on: `_sre`'s `must_advance`).
    private var searchStart = 0
    private var mustAdvance = false
    /// How deeply `run` is nested: a repeated group nests it once more per iteration, and past
    /// `maxDepth` the match stops with a RecursionError rather than overflowing the stack.
    private var depth = 0
    static let maxDepth = 150_000

    init(_ program: RegexProgram, text: [UInt32], end: Int, _ interp: Interpreter) {
        self.program = program
        self.text = text
        self.end = end
        self.interp = interp
        marks = Array(repeating: -1, count: 2 * (program.groupCount + 1))
    }

    @inline(__always)
    private func tick() throws {
        interp.steps &+= 1
        if interp.steps & 0xFFF == 0 { try interp.checkLimits() }
    }

    /// Matches at exactly `start` (`match`; `full` for `fullmatch`); true when it matched.
    func match(at start: Int, full: Bool = false, mustAdvance: Bool = false) throws -> Bool {
        searchStart = start
        self.mustAdvance = mustAdvance
        resetMarks()
        return try run(program.ops, 0, start) { e in
            if full && e != self.end { return false }
            if self.mustAdvance && e == self.searchStart { return false }
            self.marks[0] = start
            self.marks[1] = e
            return true
        }
    }

    /// Finds the first match at or after `start` (`search`).
    func search(from start: Int, mustAdvance: Bool = false) throws -> Bool {
        var s = start
        let first = program.firstCharacter
        while s <= end {
            if let first {
                // Skip positions where the first character cannot match.
                while s < end && !first.matches(text[s]) {
                    s += 1
                    try tick()
                }
                if s >= end { return false }
            }
            if try match(at: s, mustAdvance: mustAdvance && s == start) { return true }
            s += 1
        }
        return false
    }

    private func resetMarks() {
        for i in marks.indices { marks[i] = -1 }
        lastIndex = -1
    }

    // MARK: Instructions

    private func run(_ ops: [RegexOp], _ i: Int, _ pos: Int, _ k: (Int) throws -> Bool) throws -> Bool {
        try tick()
        depth += 1
        defer { depth -= 1 }
        if depth > RegexMatcher.maxDepth {
            throw PyError("RecursionError", "maximum recursion depth exceeded while matching a regular expression (a repeated group iterated too many times for Descent's matcher)")
        }
        if i == ops.count { return try k(pos) }
        let op = ops[i]
        switch op {
        case .char, .charIgnoringCase, .notChar, .any, .set:
            guard pos < end, op.matches(text[pos]) else { return false }
            return try run(ops, i + 1, pos + 1, k)
        case .at(let anchor, let multiline, let ascii):
            guard atAnchor(anchor, pos, multiline: multiline, ascii: ascii) else { return false }
            return try run(ops, i + 1, pos, k)
        case .group(let g, let body):
            return try run(body, 0, pos) { e in
                let (s0, e0, last) = (marks[2 * g], marks[2 * g + 1], lastIndex)
                marks[2 * g] = pos
                marks[2 * g + 1] = e
                lastIndex = g
                if try run(ops, i + 1, e, k) { return true }
                (marks[2 * g], marks[2 * g + 1], lastIndex) = (s0, e0, last)
                return false
            }
        case .branch(let alternatives):
            for alternative in alternatives {
                if try run(alternative, 0, pos, { e in try run(ops, i + 1, e, k) }) { return true }
            }
            return false
        case .repetition(let mn, let mx, let kind, let body):
            if body.count == 1 && body[0].isSingleCharacter {
                return try repeatCharacter(body[0], mn, mx, kind, pos) { e in try run(ops, i + 1, e, k) }
            }
            return try repeatBody(body, mn, mx, kind, pos) { e in try run(ops, i + 1, e, k) }
        case .groupReference(let g, let ignoreCase, let ascii):
            let s = marks[2 * g], e = marks[2 * g + 1]
            guard s >= 0, e >= s else { return false }
            let n = e - s
            guard pos + n <= end else { return false }
            for j in 0..<n {
                let a = text[s + j], b = text[pos + j]
                if a != b && !(ignoreCase && RegexCharacters.equalIgnoringCase(a, b, ascii: ascii)) { return false }
            }
            return try run(ops, i + 1, pos + n, k)
        case .groupExists(let g, let yes, let no):
            let matched = marks[2 * g] >= 0 && marks[2 * g + 1] >= 0
            return try run(matched ? yes : no, 0, pos) { e in try run(ops, i + 1, e, k) }
        case .assertion(let behind, let negated, let width, let body):
            let start = behind ? pos - width : pos
            let saved = (marks, lastIndex)
            var found = false
            if start >= 0 {
                found = try run(body, 0, start) { e in !behind || e == pos }
            }
            if negated {
                (marks, lastIndex) = saved
                return found ? false : try run(ops, i + 1, pos, k)
            }
            guard found else { return false }
            if try run(ops, i + 1, pos, k) { return true }
            (marks, lastIndex) = saved
            return false
        case .atomic(let body):
            let saved = (marks, lastIndex)
            var stop = -1
            guard try run(body, 0, pos, { e in stop = e; return true }) else { return false }
            if try run(ops, i + 1, stop, k) { return true }
            (marks, lastIndex) = saved
            return false
        }
    }

    /// A repeat of one single-character instruction, counted in a loop.
    private func repeatCharacter(_ unit: RegexOp, _ mn: Int, _ mx: Int, _ kind: RegexRepeatKind, _ pos: Int, _ k: (Int) throws -> Bool) throws -> Bool {
        let limit = min(mx, end - pos)
        guard limit >= mn else { return false }
        if kind == .lazy {
            var n = 0
            while n < mn {
                guard unit.matches(text[pos + n]) else { return false }
                n += 1
            }
            while true {
                if try k(pos + n) { return true }
                guard n < limit, unit.matches(text[pos + n]) else { return false }
                n += 1
                try tick()
            }
        }
        var n = 0
        while n < limit && unit.matches(text[pos + n]) {
            n += 1
            if n & 0xFF == 0 { try tick() }
        }
        if n < mn { return false }
        if kind == .possessive { return try k(pos + n) }
        while true {
            if try k(pos + n) { return true }
            if n == mn { return false }
            n -= 1
            try tick()
        }
    }

    /// A repeat of a longer body: `_sre`'s MAX_UNTIL / MIN_UNTIL / POSSESSIVE_REPEAT.
    private func repeatBody(_ body: [RegexOp], _ mn: Int, _ mx: Int, _ kind: RegexRepeatKind, _ pos: Int, _ k: (Int) throws -> Bool) throws -> Bool {
        switch kind {
        case .greedy:
            func iterate(_ count: Int, _ at: Int, _ lastStart: Int) throws -> Bool {
                try tick()
                if count < mn || (count < mx && at != lastStart) {
                    if try run(body, 0, at, { e in try iterate(count + 1, e, at) }) { return true }
                    if count < mn { return false }
                }
                return try k(at)
            }
            return try iterate(0, pos, -1)
        case .lazy:
            func iterate(_ count: Int, _ at: Int, _ lastStart: Int) throws -> Bool {
                try tick()
                if count >= mn {
                    if try k(at) { return true }
                    if count >= mx || at == lastStart { return false }
                }
                return try run(body, 0, at) { e in try iterate(count + 1, e, at) }
            }
            return try iterate(0, pos, -1)
        case .possessive:
            let saved = (marks, lastIndex)
            var count = 0, at = pos
            while count < mx {
                var stop = -1
                guard try run(body, 0, at, { e in stop = e; return true }) else { break }
                count += 1
                if stop == at { break }
                at = stop
            }
            if count >= mn, try k(at) { return true }
            (marks, lastIndex) = saved
            return false
        }
    }

    private func atAnchor(_ anchor: RegexAnchor, _ pos: Int, multiline: Bool, ascii: Bool) -> Bool {
        switch anchor {
        case .beginning: return pos == 0 || (multiline && text[pos - 1] == 10)
        case .beginningString: return pos == 0
        case .end:
            if multiline { return pos == end || text[pos] == 10 }
            return pos == end || (pos == end - 1 && text[pos] == 10)
        case .endString: return pos == end
        case .boundary, .nonBoundary:
            if end == 0 { return false }
            let before = pos > 0 && RegexCharacters.isWord(text[pos - 1], ascii: ascii)
            let after = pos < end && RegexCharacters.isWord(text[pos], ascii: ascii)
            return (before != after) == (anchor == .boundary)
        }
    }
}
