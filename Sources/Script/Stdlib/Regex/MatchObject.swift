/// `re.Match`: one match's groups and where they are, printed as CPython prints it
/// (`<re.Match object; span=(0, 3), match='abc'>`).
final class PyRegexMatch: PyObject, PySubscriptableObject {
    static let matchClass = PyClass("Match", module: "re", base: CoreClasses.object) { _, _ in
        throw PyError("TypeError", "cannot create 're.Match' instances")
    }

    let pattern: PyRegexPattern
    let string: String
    let text: [UInt32]
    /// Start and end of each group (group 0 first), -1 when the group did not take part.
    let marks: [Int]
    let lastIndex: Int
    let pos: Int
    let endpos: Int

    init(_ pattern: PyRegexPattern, _ matcher: RegexMatcher, string: String, text: [UInt32], pos: Int, endpos: Int) {
        self.pattern = pattern
        self.string = string
        self.text = text
        self.marks = matcher.marks
        self.lastIndex = matcher.lastIndex
        self.pos = pos
        self.endpos = endpos
    }

    var pyClass: PyClass { PyRegexMatch.matchClass }

    func repr(_ interp: Interpreter) throws -> String {
        let shown = String(PyFormat.reprString(groupText(0) ?? "").unicodeScalars.prefix(50))
        return "<re.Match object; span=(\(marks[0]), \(marks[1])), match=\(shown)>"
    }

    /// The text of group `g`, nil when it did not take part in the match.
    func groupText(_ g: Int) -> String? {
        let s = marks[2 * g], e = marks[2 * g + 1]
        guard s >= 0, e >= s else { return nil }
        return PyRegexPattern.text(text, s, e)
    }

    private func groupValue(_ g: Int, _ default: Value = .none) -> Value {
        groupText(g).map { .str($0) } ?? `default`
    }

    /// A group's number from an int or a group name, or CPython's IndexError.
    private func index(_ v: Value) throws -> Int {
        switch v.boolAsInt {
        case .int(let i):
            guard i >= 0, i <= pattern.program.groupCount else { throw PyError("IndexError", "no such group") }
            return i
        case .str(let name):
            guard let g = pattern.program.groupIndex.first(where: { $0.0 == name })?.1 else { throw PyError("IndexError", "no such group") }
            return g
        default:
            throw PyError("IndexError", "no such group")
        }
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value { groupValue(try self.index(index)) }
    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool { false }
    func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool { false }

    static let methods: Set<String> = ["group", "groups", "groupdict", "start", "end", "span", "expand"]

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "string": return .str(string)
        case "re": return .object(pattern)
        case "pos": return .int(pos)
        case "endpos": return .int(endpos)
        case "lastindex": return lastIndex > 0 ? .int(lastIndex) : Value.none
        case "lastgroup":
            guard lastIndex > 0, let n = pattern.program.groupIndex.first(where: { $0.1 == lastIndex }) else { return Value.none }
            return .str(n.0)
        case "regs":
            return .tuple(PyTuple.of((0...pattern.program.groupCount).map { g in
                .tuple(PyTuple.of([.int(marks[2 * g]), .int(marks[2 * g + 1])]))
            }))
        default:
            guard PyRegexMatch.methods.contains(name) else { return nil }
            return .builtin(PyBuiltin(name, boundSelf: .object(self)) { interp, args in
                try self.call(name, args, interp)
            })
        }
    }

    private func call(_ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        switch name {
        case "group":
            if !args.keywords.isEmpty { throw PyError("TypeError", "group() takes no keyword arguments") }
            if args.positional.isEmpty { return groupValue(0) }
            if args.positional.count == 1 { return groupValue(try index(args.positional[0])) }
            return .tuple(PyTuple.of(try args.positional.map { groupValue(try index($0)) }))
        case "groups":
            let a = try args.bind("groups", ["default"], builtin: true)
            let d = a[0] ?? .none
            let n = pattern.program.groupCount
            return .tuple(PyTuple.of(n == 0 ? [] : (1...n).map { groupValue($0, d) }))
        case "groupdict":
            let a = try args.bind("groupdict", ["default"], builtin: true)
            let d = PyDict()
            for (n, g) in pattern.program.groupIndex { try d.set(.str(n), groupValue(g, a[0] ?? .none)) }
            return .dict(d)
        case "start", "end", "span":
            let a = try args.positionalOnly(name, 0...1)
            let g = try a.first.map(index) ?? 0
            switch name {
            case "start": return .int(marks[2 * g])
            case "end": return .int(marks[2 * g + 1])
            default: return .tuple(PyTuple.of([.int(marks[2 * g]), .int(marks[2 * g + 1])]))
            }
        case "expand":
            let a = try args.positionalOnly("expand", 1...1)
            guard case .str(let t) = a[0] else {
                throw PyError("TypeError", "expected str instance, \(a[0].typeName) found")
            }
            do {
                return .str(try RegexTemplate.parse(t, groupCount: pattern.program.groupCount, groupIndex: pattern.program.groupIndex).expand(self))
            } catch let e as RegexSyntaxError {
                throw ReModule.error(e, pattern: t)
            }
        default:
            return .none
        }
    }
}
