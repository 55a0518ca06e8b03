/// `textwrap.TextWrapper`: the options as attributes a script reads and sets
/// (`w.width = 40`), and `wrap`/`fill` computed as the module's functions compute them.
final class PyTextWrapper: PyObject {
    static let parameterNames = ["width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
                                 "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize"]

    static let wrapperClass = PyClass("TextWrapper", module: "textwrap", base: CoreClasses.object) { interp, args in
        if args.positional.count > parameterNames.count {
            throw PyError("TypeError", "TextWrapper.__init__() takes from 1 to \(parameterNames.count + 1) positional arguments but \(args.positional.count + 1) were given")
        }
        let keywords = zip(parameterNames, args.positional).map { ($0.0, $0.1) } + args.keywords
        for (i, (k, _)) in keywords.enumerated() where keywords[..<i].contains(where: { $0.0 == k }) {
            throw PyError("TypeError", "TextWrapper.__init__() got multiple values for argument '\(k)'")
        }
        let w = PyTextWrapper()
        for (k, v) in keywords {
            guard try w.set(k, v, interp) else { throw PyError("TypeError", "TextWrapper.__init__() got an unexpected keyword argument '\(k)'") }
        }
        return .object(w)
    }

    var options = TextwrapModule.Options()

    var pyClass: PyClass { PyTextWrapper.wrapperClass }

    /// Sets one option; false for a name that is none.
    private func set(_ name: String, _ v: Value, _ interp: Interpreter) throws -> Bool {
        func string() throws -> String {
            guard case .str(let s) = v else { throw PyError("TypeError", "TextWrapper.\(name) must be a str in Descent, not \(v.typeName)") }
            return s
        }
        switch name {
        case "width": options.width = try interp.toInt(v, "width")
        case "initial_indent": options.initialIndent = try string()
        case "subsequent_indent": options.subsequentIndent = try string()
        case "expand_tabs": options.expandTabs = try interp.truthy(v)
        case "replace_whitespace": options.replaceWhitespace = try interp.truthy(v)
        case "fix_sentence_endings": options.fixSentenceEndings = try interp.truthy(v)
        case "break_long_words": options.breakLongWords = try interp.truthy(v)
        case "drop_whitespace": options.dropWhitespace = try interp.truthy(v)
        case "break_on_hyphens": options.breakOnHyphens = try interp.truthy(v)
        case "tabsize": options.tabsize = try interp.toInt(v, "tabsize")
        case "max_lines": options.maxLines = v.isNone ? nil : try interp.toInt(v, "max_lines")
        case "placeholder": options.placeholder = try string()
        default: return false
        }
        return true
    }

    func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        try set(name, value, interp)
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        let o = options
        switch name {
        case "width": return .int(o.width)
        case "initial_indent": return .str(o.initialIndent)
        case "subsequent_indent": return .str(o.subsequentIndent)
        case "expand_tabs": return .bool(o.expandTabs)
        case "replace_whitespace": return .bool(o.replaceWhitespace)
        case "fix_sentence_endings": return .bool(o.fixSentenceEndings)
        case "break_long_words": return .bool(o.breakLongWords)
        case "drop_whitespace": return .bool(o.dropWhitespace)
        case "break_on_hyphens": return .bool(o.breakOnHyphens)
        case "tabsize": return .int(o.tabsize)
        case "max_lines": return o.maxLines.map { .int($0) } ?? Value.none
        case "placeholder": return .str(o.placeholder)
        case "wrap", "fill":
            return .builtin(PyBuiltin(name, boundSelf: .object(self)) { [self] interp, args in
                let a = try ReModule.bind(name, ["text"], required: 1, args)
                let lines = try TextwrapModule.wrap(a[0]!, options, interp)
                return name == "wrap" ? .list(PyList(lines.map { .str($0) })) : .str(lines.joined(separator: "\n"))
            })
        default: return nil
        }
    }
}
