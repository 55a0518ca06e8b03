extension PprintModule {
    /// One layout by `PrettyPrinter`'s rules: `_format` and its `_pprint_*` methods, and
    /// `_safe_repr` (the repr with dict keys sorted, `...` past the depth).
    final class Printer {
        let o: Options
        let interp: Interpreter
        private var out = ""
        /// The containers being laid out, for CPython's recursion marker.
        private var context: Set<ObjectIdentifier> = []

        init(options: Options, interp: Interpreter) {
            self.o = options
            self.interp = interp
        }

        /// `pformat(object)`.
        func format(_ v: Value) throws -> String {
            out = ""
            context = []
            try format(v, indent: 0, allowance: 0, level: 0)
            return out
        }

        /// How a value is laid out when its repr does not fit (`PrettyPrinter._dispatch`, by
        /// the type's `__repr__`).
        enum Kind { case dict, ordered, defaultDict, counter, list, tuple, set, frozenset, str, deque, dataclass, other }

        func kind(_ v: Value) throws -> Kind {
            switch v {
            case .dict(let d):
                switch d.flavor?.kind {
                case nil: return .dict
                case .ordered: return .ordered
                case .defaultDict: return .defaultDict
                case .counter: return .counter
                }
            case .list: return .list
            case .tuple: return .tuple
            case .str: return .str
            case .object(let s as PySet): return s.frozen ? .frozenset : .set
            case .object(is PyDeque): return .deque
            case .object(let b as BuiltinSubclassInstance):
                // A subclass of a built-in type keeps its layout unless it has its own __repr__.
                if b.cls.mro.contains(where: { $0.isUserDefined && $0.attributes["__repr__"] != nil }) { return .other }
                return try kind(b.value)
            case .object(let i as PyInstance):
                return try isDataclass(i) ? .dataclass : .other
            default: return .other
            }
        }

        /// A dataclass whose `__repr__` is the one `@dataclass` wrote.
        private func isDataclass(_ i: PyInstance) throws -> Bool {
            guard i.cls.lookup("__dataclass_fields__") != nil, let params = i.cls.lookup("__dataclass_params__"),
                  try interp.truthy(try interp.getAttribute(params, "repr")),
                  let repr = i.cls.lookup("__repr__"),
                  let wrapped = try interp.getAttributeIfPresent(repr, "__wrapped__"),
                  case .str(let qualname)? = try interp.getAttributeIfPresent(wrapped, "__qualname__") else { return false }
            return qualname.contains("__create_fn__")
        }

        private func identity(_ v: Value) -> ObjectIdentifier? {
            switch v {
            case .list(let l): return ObjectIdentifier(l)
            case .dict(let d): return ObjectIdentifier(d)
            case .tuple(let t): return ObjectIdentifier(t)
            case .object(let o): return ObjectIdentifier(o)
            default: return nil
            }
        }

        private func length(_ s: String) -> Int { s.unicodeScalars.count }

        /// `_recursion(object)`.
        private func recursion(_ v: Value) -> String {
            var address = "0"
            if case .object(let o) = v { address = interp.address(of: o) }
            return "<Recursion on \(interp.classOf(v).name) with id=\(address)>"
        }

        // MARK: _format and the layouts

        private func format(_ v: Value, indent: Int, allowance: Int, level: Int) throws {
            let id = identity(v)
            if let id, context.contains(id) {
                out += recursion(v)
                return
            }
            let rep = try safeRepr(v, level: level).text
            if length(rep) > o.width - indent - allowance {
                let k = try kind(v)
                if k != .other, let id {
                    context.insert(id)
                    defer { context.remove(id) }
                    try layout(k, v, indent: indent, allowance: allowance, level: level + 1)
                    return
                }
                if k == .str {
                    try layout(k, v, indent: indent, allowance: allowance, level: level + 1)
                    return
                }
            }
            out += rep
        }

        private func layout(_ k: Kind, _ value: Value, indent: Int, allowance: Int, level: Int) throws {
            let v = value.unwrappingBuiltin
            let className = interp.classOf(value).name
            switch k {
            case .dict:
                guard case .dict(let d) = v else { return }
                out += "{"
                if o.indent > 1 { out += String(repeating: " ", count: o.indent - 1) }
                if d.count > 0 { try dictItems(try items(d), indent: indent, allowance: allowance + 1, level: level) }
                out += "}"
            case .ordered:
                guard case .dict(let d) = v else { return }
                if d.count == 0 { out += try interp.repr(value); return }
                out += className + "("
                try format(.list(PyList(d.pairs.map { .tuple(PyTuple.of([$0.0, $0.1])) })),
                           indent: indent + length(className) + 1, allowance: allowance + 1, level: level)
                out += ")"
            case .defaultDict:
                guard case .dict(let d) = v else { return }
                if d.count == 0 { out += try interp.repr(value); return }
                let factory = try safeRepr(try interp.getAttribute(value, "default_factory"), level: level).text
                let inner = indent + length(className) + 1
                out += "\(className)(\(factory),\n" + String(repeating: " ", count: inner)
                out += "{"
                if o.indent > 1 { out += String(repeating: " ", count: o.indent - 1) }
                try dictItems(try items(d), indent: inner, allowance: allowance + 2, level: level)
                out += "})"
            case .counter:
                guard case .dict(let d) = v else { return }
                if d.count == 0 { out += try interp.repr(value); return }
                out += className + "({"
                if o.indent > 1 { out += String(repeating: " ", count: o.indent - 1) }
                let common = try DictFlavor.mostCommon(d, interp)
                try dictItems(common.map { ($0.0, $0.1) }, indent: indent + length(className) + 1, allowance: allowance + 2, level: level)
                out += "})"
            case .list:
                out += "["
                try formatItems(try interp.collect(v), indent: indent, allowance: allowance + 1, level: level)
                out += "]"
            case .tuple:
                let items = try interp.collect(v)
                let end = items.count == 1 ? ",)" : ")"
                out += "("
                try formatItems(items, indent: indent, allowance: allowance + length(end), level: level)
                out += end
            case .set, .frozenset:
                let items = try interp.collect(v)
                if items.isEmpty { out += try interp.repr(value); return }
                var inner = indent
                let end: String
                if k == .set && className == "set" {
                    out += "{"
                    end = "}"
                } else {
                    out += className + "({"
                    end = "})"
                    inner += length(className) + 1
                }
                try formatItems(try sortedSafely(items), indent: inner, allowance: allowance + length(end), level: level)
                out += end
            case .str:
                try layoutString(v, indent: indent, allowance: allowance, level: level)
            case .deque:
                let items = try interp.collect(v)
                if items.isEmpty { out += try interp.repr(value); return }
                let inner = indent + length(className) + 1
                out += className + "(["
                let maxlen = try interp.getAttribute(value, "maxlen")
                if maxlen.isNone {
                    try formatItems(items, indent: inner, allowance: allowance + 2, level: level)
                    out += "])"
                } else {
                    try formatItems(items, indent: inner, allowance: 2, level: level)
                    out += "],\n" + String(repeating: " ", count: inner) + "maxlen=" + (try safeRepr(maxlen, level: level).text) + ")"
                }
            case .dataclass:
                let inner = indent + length(className) + 1
                var fields: [(String, Value)] = []
                guard case .dict(let declared)? = interp.classOf(value).lookup("__dataclass_fields__") else { return }
                // `dataclasses.fields(object)` (true fields, not ClassVar or InitVar) with `repr=True`.
                for (key, entry) in declared.pairs {
                    guard case .str(let name) = key, case .object(let field as DataclassField) = entry, field.kind == .field,
                          try interp.truthy(field.reprFlag) else { continue }
                    fields.append((name, try interp.getAttribute(value, name)))
                }
                out += className + "("
                let delimiter = ",\n" + String(repeating: " ", count: inner)
                for (i, (name, item)) in fields.enumerated() {
                    let last = i == fields.count - 1
                    out += name + "="
                    if let id = identity(item), context.contains(id) {
                        out += "..."
                    } else {
                        try format(item, indent: inner + length(name) + 1, allowance: last ? allowance : 1, level: level)
                    }
                    if !last { out += delimiter }
                }
                out += ")"
            case .other:
                out += try safeRepr(value, level: level).text
            }
        }

        /// A dict's items, sorted by key (CPython's `_safe_tuple`) unless `sort_dicts=False`.
        private func items(_ d: PyDict) throws -> [(Value, Value)] {
            let pairs = d.pairs.map { ($0.0, $0.1) }
            guard o.sortDicts else { return pairs }
            let keys = try sortedSafely(pairs.map(\.0))
            var byKey: [(Value, Value)] = []
            for k in keys { byKey.append((k, try d.get(k) ?? .none)) }
            return byKey
        }

        /// Sorted with `<`, or, between values that cannot be compared, by their type's name
        /// (CPython's `_safe_key`, whose last resort is the objects' ids).
        private func sortedSafely(_ values: [Value]) throws -> [Value] {
            func typeKey(_ v: Value) -> String { "<class '\(interp.classOf(v).qualifiedName)'>" }
            var firstError: Error?
            let sorted = values.enumerated().sorted { a, b in
                do {
                    if try interp.truthy(try interp.compare(.lt, a.element, b.element)) { return true }
                    if try interp.truthy(try interp.compare(.lt, b.element, a.element)) { return false }
                    return a.offset < b.offset
                } catch let e as PyError where e.type == "TypeError" {
                    let (ka, kb) = (typeKey(a.element), typeKey(b.element))
                    return ka != kb ? ka < kb : a.offset < b.offset
                } catch {
                    if firstError == nil { firstError = error }
                    return a.offset < b.offset
                }
            }
            if let firstError { throw firstError }
            return sorted.map(\.element)
        }

        /// `_format_dict_items`.
        private func dictItems(_ items: [(Value, Value)], indent given: Int, allowance: Int, level: Int) throws {
            let indent = given + o.indent
            let delimiter = ",\n" + String(repeating: " ", count: indent)
            for (i, (key, value)) in items.enumerated() {
                let last = i == items.count - 1
                let rep = try safeRepr(key, level: level).text
                out += rep + ": "
                try format(value, indent: indent + length(rep) + 2, allowance: last ? allowance : 1, level: level)
                if !last { out += delimiter }
            }
        }

        /// `_format_items`: one item per line, or (with `compact`) as many as fit.
        private func formatItems(_ items: [Value], indent given: Int, allowance: Int, level: Int) throws {
            let indent = given + o.indent
            if o.indent > 1 { out += String(repeating: " ", count: o.indent - 1) }
            let newline = ",\n" + String(repeating: " ", count: indent)
            var delimiter = ""
            var width = o.width - indent + 1
            var maxWidth = width
            for (i, item) in items.enumerated() {
                let last = i == items.count - 1
                if last {
                    maxWidth -= allowance
                    width -= allowance
                }
                if o.compact {
                    let rep = try safeRepr(item, level: level).text
                    let w = length(rep) + 2
                    if width < w {
                        width = maxWidth
                        if !delimiter.isEmpty { delimiter = newline }
                    }
                    if width >= w {
                        width -= w
                        out += delimiter
                        delimiter = ", "
                        out += rep
                        continue
                    }
                }
                out += delimiter
                delimiter = newline
                try format(item, indent: indent, allowance: last ? allowance : 1, level: level)
            }
        }

        /// `_pprint_str`: the text cut after spaces into literals that fit, one per line, in
        /// parentheses at the top level.
        private func layoutString(_ v: Value, indent given: Int, allowance given2: Int, level: Int) throws {
            guard case .str(let s) = v else { return }
            if s.isEmpty { out += try interp.repr(v); return }
            var indent = given, allowance = given2
            var chunks: [String] = []
            let lines = Interpreter.splitLines(s, keepEnds: true)
            if level == 1 {
                indent += 1
                allowance += 1
            }
            let maxWidth = o.width - indent
            var maxWidth1 = maxWidth
            var lastRep = ""
            for (i, line) in lines.enumerated() {
                let rep = try interp.repr(.str(line))
                lastRep = rep
                if i == lines.count - 1 { maxWidth1 -= allowance }
                if length(rep) <= maxWidth1 {
                    chunks.append(rep)
                    continue
                }
                // Alternating runs of non-spaces and spaces (`re.findall(r'\S*\s*', line)`).
                var parts: [String] = []
                var current = String.UnicodeScalarView()
                var inSpaces = false
                for c in line.unicodeScalars {
                    let space = RegexCharacters.isSpace(c.value, ascii: false)
                    if !space && inSpaces {
                        parts.append(String(current))
                        current = String.UnicodeScalarView()
                        inSpaces = false
                    }
                    if space { inSpaces = true }
                    current.append(c)
                }
                if !current.isEmpty { parts.append(String(current)) }
                var maxWidth2 = maxWidth
                var candidateLine = ""
                for (j, part) in parts.enumerated() {
                    let candidate = candidateLine + part
                    if j == parts.count - 1 && i == lines.count - 1 { maxWidth2 -= allowance }
                    if length(try interp.repr(.str(candidate))) > maxWidth2 {
                        if !candidateLine.isEmpty { chunks.append(try interp.repr(.str(candidateLine))) }
                        candidateLine = part
                    } else {
                        candidateLine = candidate
                    }
                }
                if !candidateLine.isEmpty { chunks.append(try interp.repr(.str(candidateLine))) }
            }
            if chunks.count == 1 {
                out += lastRep
                return
            }
            if level == 1 { out += "(" }
            for (i, rep) in chunks.enumerated() {
                if i > 0 { out += "\n" + String(repeating: " ", count: indent) }
                out += rep
            }
            if level == 1 { out += ")" }
        }

        // MARK: _safe_repr

        /// `_safe_repr`: the repr, with dicts' keys sorted and `...` past the depth, and
        /// whether it is readable (evaluates back) and recursive.
        func safeRepr(_ value: Value, level: Int) throws -> (text: String, readable: Bool, recursive: Bool) {
            var seen = context
            return try safeRepr(value, level: level, seen: &seen)
        }

        private func safeRepr(_ value: Value, level: Int, seen: inout Set<ObjectIdentifier>) throws -> (text: String, readable: Bool, recursive: Bool) {
            let v = value.unwrappingBuiltin
            var plainRepr = true
            if case .object(let b as BuiltinSubclassInstance) = value {
                plainRepr = !b.cls.mro.contains(where: { $0.isUserDefined && $0.attributes["__repr__"] != nil })
            }
            switch v {
            case .int(let i) where plainRepr && o.underscoreNumbers:
                return (try PyFormat.format(i, spec: "_d"), true, false)
            case .dict(let d) where plainRepr && d.flavor == nil:
                if d.count == 0 { return ("{}", true, false) }
                return try components(value, "{", "}", level: level, seen: &seen) { level, seen in
                    var parts: [String] = []
                    var readable = true, recursive = false
                    for (k, item) in try items(d) {
                        let kr = try safeRepr(k, level: level, seen: &seen)
                        let vr = try safeRepr(item, level: level, seen: &seen)
                        parts.append("\(kr.text): \(vr.text)")
                        readable = readable && kr.readable && vr.readable
                        recursive = recursive || kr.recursive || vr.recursive
                    }
                    return (parts, readable, recursive)
                }
            case .list(let l) where plainRepr:
                if l.items.isEmpty { return ("[]", true, false) }
                return try sequence(value, l.items, "[", "]", level: level, seen: &seen)
            case .tuple(let t) where plainRepr:
                let items = try interp.collect(.tuple(t))
                if items.isEmpty { return ("()", true, false) }
                return try sequence(value, items, "(", items.count == 1 ? ",)" : ")", level: level, seen: &seen)
            default:
                let rep = try interp.repr(value)
                return (rep, !rep.isEmpty && !rep.hasPrefix("<"), false)
            }
        }

        private func sequence(_ value: Value, _ items: [Value], _ open: String, _ close: String, level: Int,
                              seen: inout Set<ObjectIdentifier>) throws -> (text: String, readable: Bool, recursive: Bool) {
            try components(value, open, close, level: level, seen: &seen) { level, seen in
                var parts: [String] = []
                var readable = true, recursive = false
                for item in items {
                    let r = try safeRepr(item, level: level, seen: &seen)
                    parts.append(r.text)
                    readable = readable && r.readable
                    recursive = recursive || r.recursive
                }
                return (parts, readable, recursive)
            }
        }

        /// A container's repr from its parts, `...` past the depth and CPython's marker when
        /// it holds itself.
        private func components(_ value: Value, _ open: String, _ close: String, level: Int, seen: inout Set<ObjectIdentifier>,
                                _ parts: (Int, inout Set<ObjectIdentifier>) throws -> ([String], Bool, Bool)) throws
            -> (text: String, readable: Bool, recursive: Bool) {
            let id = identity(value)!
            if let depth = o.depth, level >= depth { return (open + "..." + close, false, seen.contains(id)) }
            if seen.contains(id) { return (recursion(value), false, true) }
            // Each nesting level is a `_safe_repr` frame of CPython's: deep nesting ends in
            // RecursionError at the interpreter's limit, as there.
            if interp.callDepth >= interp.recursionLimit { throw PyError("RecursionError", "maximum recursion depth exceeded") }
            interp.callDepth += 1
            defer { interp.callDepth -= 1 }
            seen.insert(id)
            let (texts, readable, recursive) = try parts(level + 1, &seen)
            seen.remove(id)
            return (open + texts.joined(separator: ", ") + close, readable, recursive)
        }
    }
}
