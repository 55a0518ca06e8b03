/// `textwrap`: `wrap`, `fill`, `shorten`, `dedent` and `indent` as CPython 3.11's
/// Lib/textwrap.py computes them: the same chunking (its `wordsep_re`, run by Descent's
/// `re`), line filling, long-word breaking, `max_lines` placeholder and margins.
enum TextwrapModule {
    /// CPython's `_whitespace`.
    static let whitespace = "\t\n\u{0B}\u{0C}\r "

    /// `TextWrapper`'s options.
    struct Options {
        var width = 70
        var initialIndent = ""
        var subsequentIndent = ""
        var expandTabs = true
        var replaceWhitespace = true
        var fixSentenceEndings = false
        var breakLongWords = true
        var dropWhitespace = true
        var breakOnHyphens = true
        var tabsize = 8
        var maxLines: Int?
        var placeholder = " [...]"
    }

    static func install(in m: PyModule) {
        m.attributes["TextWrapper"] = .type(PyTextWrapper.wrapperClass)
        for name in ["wrap", "fill"] {
            m.def(name) { interp, args in
                let (text, options) = try parse(name, args, widthRequired: false, interp)
                let lines = try wrap(text, options, interp)
                if name == "wrap" { return .list(PyList(lines.map { .str($0) })) }
                return .str(lines.joined(separator: "\n"))
            }
        }
        m.def("shorten") { interp, args in
            var (text, options) = try parse("shorten", args, widthRequired: true, interp)
            options.maxLines = 1
            let words = try interp.call(try interp.getAttribute(try interp.call(try interp.getAttribute(text, "strip"), Arguments()), "split"), Arguments())
            let collapsed = try interp.call(try interp.getAttribute(.str(" "), "join"), Arguments([words]))
            return .str(try wrap(collapsed, options, interp).joined(separator: "\n"))
        }
        m.def("dedent") { interp, args in
            let a = try ReModule.bind("dedent", ["text"], required: 1, args)
            return try dedent(a[0]!, interp)
        }
        m.def("indent") { interp, args in
            let a = try ReModule.bind("indent", ["text", "prefix", "predicate"], required: 2, args)
            let lines = try interp.collect(try interp.call(try interp.getAttribute(a[0]!, "splitlines"), Arguments([.bool(true)])))
            var out: [Value] = []
            for line in lines {
                let keep: Bool
                if let predicate = a[2], !predicate.isNone {
                    keep = try interp.truthy(try interp.call(predicate, Arguments([line])))
                } else {
                    keep = try interp.truthy(try interp.call(try interp.getAttribute(line, "strip"), Arguments()))
                }
                out.append(keep ? try interp.binary(.add, a[1]!, line) : line)
            }
            return try interp.call(try interp.getAttribute(.str(""), "join"), Arguments([.list(PyList(out))]))
        }
    }

    /// The text and the `TextWrapper` keywords of `wrap(text, width=70, **kwargs)`.
    private static func parse(_ function: String, _ args: Arguments, widthRequired: Bool, _ interp: Interpreter) throws -> (Value, Options) {
        var positional = args.positional
        var keywords = args.keywords
        if let t = keywords.firstIndex(where: { $0.0 == "text" }), positional.isEmpty { positional.append(keywords.remove(at: t).1) }
        if positional.count > 2 {
            throw PyError("TypeError", "\(function)() takes from 1 to 2 positional arguments but \(positional.count) were given")
        }
        guard let text = positional.first else {
            throw PyError("TypeError", "\(function)() missing \(widthRequired ? "2 required positional arguments: 'text' and 'width'" : "1 required positional argument: 'text'")")
        }
        if positional.count == 2 { keywords.insert(("width", positional[1]), at: 0) }
        if widthRequired && !keywords.contains(where: { $0.0 == "width" }) {
            throw PyError("TypeError", "\(function)() missing 1 required positional argument: 'width'")
        }
        var o = Options()
        func string(_ v: Value) throws -> String {
            guard case .str(let s) = v else { throw PyError("TypeError", "can only concatenate str (not \"\(v.typeName)\") to str") }
            return s
        }
        for (k, v) in keywords {
            switch k {
            case "width": o.width = try interp.toInt(v, "width")
            case "initial_indent": o.initialIndent = try string(v)
            case "subsequent_indent": o.subsequentIndent = try string(v)
            case "expand_tabs": o.expandTabs = try interp.truthy(v)
            case "replace_whitespace": o.replaceWhitespace = try interp.truthy(v)
            case "fix_sentence_endings": o.fixSentenceEndings = try interp.truthy(v)
            case "break_long_words": o.breakLongWords = try interp.truthy(v)
            case "drop_whitespace": o.dropWhitespace = try interp.truthy(v)
            case "break_on_hyphens": o.breakOnHyphens = try interp.truthy(v)
            case "tabsize": o.tabsize = try interp.toInt(v, "tabsize")
            case "max_lines": o.maxLines = v.isNone ? nil : try interp.toInt(v, "max_lines")
            case "placeholder": o.placeholder = try string(v)
            default: throw PyError("TypeError", "TextWrapper.__init__() got an unexpected keyword argument '\(k)'")
            }
        }
        return (text, o)
    }

    private static func length(_ s: String) -> Int { s.unicodeScalars.count }
    /// `s.strip() == ''`.
    private static func isBlank(_ s: String) -> Bool { s.unicodeScalars.allSatisfy { RegexCharacters.isSpace($0.value, ascii: false) } }
    private static func dropping(_ s: String, fromStart: Bool) -> String {
        var scalars = Array(s.unicodeScalars)
        if fromStart {
            while let c = scalars.first, RegexCharacters.isSpace(c.value, ascii: false) { scalars.removeFirst() }
        } else {
            while let c = scalars.last, RegexCharacters.isSpace(c.value, ascii: false) { scalars.removeLast() }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// CPython's `wordsep_re` (breaking after hyphens of compound words and around em-dashes).
    static let wordSeparators: String = {
        let ws = "[" + whitespace.unicodeScalars.map { "\\" + String($0) }.joined() + "]"
        let nws = "[^" + ws.dropFirst()
        let wp = #"[\w!"\'&.,?]"#
        let lt = #"[^\d\W]"#
        return """
            ( # any whitespace
              \(ws)+
            | # em-dash between words
              (?<=\(wp)) -{2,} (?=\\w)
            | # word, possibly hyphenated
              \(nws)+? (?:
                # hyphenated word
                  -(?: (?<=\(lt){2}-) | (?<=\(lt)-\(lt)-))
                  (?= \(lt) -? \(lt))
                | # end of word
                  (?=\(ws)|\\Z)
                | # em-dash
                  (?<=\(wp)) (?=-{2,}\\w)
                )
            )
            """
    }()

    /// The munged text's chunks: words, whitespace runs, hyphenated parts.
    private static func chunks(_ text: Value, _ o: Options, _ interp: Interpreter) throws -> [String] {
        var out = try split(try munge(text, o, interp), o, interp)
        if o.fixSentenceEndings { try fixSentenceEndings(&out, interp) }
        return out
    }

    /// `_munge_whitespace`: tabs expanded, each whitespace character a space.
    static func munge(_ text: Value, _ o: Options, _ interp: Interpreter) throws -> String {
        var t = text
        if o.expandTabs { t = try interp.call(try interp.getAttribute(t, "expandtabs"), Arguments([.int(o.tabsize)])) }
        guard case .str(var s) = t else { throw PyError("AttributeError", "'\(t.typeName)' object has no attribute 'expandtabs'") }
        if o.replaceWhitespace {
            s = String(String.UnicodeScalarView(s.unicodeScalars.map { whitespace.unicodeScalars.contains($0) ? " " : $0 }))
        }
        return s
    }

    /// `_split`: the text cut by `wordsep_re` (or at whitespace only without `break_on_hyphens`).
    static func split(_ s: String, _ o: Options, _ interp: Interpreter) throws -> [String] {
        let pattern = o.breakOnHyphens
            ? try ReModule.compile(.str(wordSeparators), flags: .int(RegexFlags.verbose), interp)
            : try ReModule.compile(.str("(" + "[" + whitespace.unicodeScalars.map { "\\" + String($0) }.joined() + "]" + "+)"), flags: nil, interp)
        let parts = try interp.collect(try interp.call(try interp.getAttribute(.object(pattern), "split"), Arguments([.str(s)])))
        var out: [String] = []
        for case .str(let p) in parts where !p.isEmpty { out.append(p) }
        return out
    }

    /// `_fix_sentence_endings`: two spaces after a sentence's end.
    static func fixSentenceEndings(_ chunks: inout [String], _ interp: Interpreter) throws {
        let end = try ReModule.compile(.str(#"[a-z][\.\!\?][\"\']?\Z"#), flags: nil, interp)
        var i = 0
        while i < chunks.count - 1 {
            if chunks[i + 1] == " ", !(try interp.call(try interp.getAttribute(.object(end), "search"), Arguments([.str(chunks[i])]))).isNone {
                chunks[i + 1] = "  "
                i += 2
            } else {
                i += 1
            }
        }
    }

    /// `TextWrapper.wrap`: CPython's `_wrap_chunks` over the chunks.
    static func wrap(_ text: Value, _ o: Options, _ interp: Interpreter) throws -> [String] {
        try wrapChunks(try chunks(text, o, interp), o)
    }

    /// A `_handle_long_word` of a script class: the reversed chunks, the line so far, its
    /// length and the width.
    typealias LongWordHandler = (inout [String], inout [String], Int, Int) throws -> Void

    /// `_wrap_chunks`: the chunks filled into lines (a long word through `handleLong` when
    /// given, else CPython's `_handle_long_word`).
    static func wrapChunks(_ given: [String], _ o: Options, handleLong: LongWordHandler? = nil) throws -> [String] {
        var chunks = given
        var lines: [String] = []
        if o.width <= 0 { throw PyError("ValueError", "invalid width \(o.width) (must be > 0)") }
        if let maxLines = o.maxLines {
            let indent = maxLines > 1 ? o.subsequentIndent : o.initialIndent
            if length(indent) + length(dropping(o.placeholder, fromStart: true)) > o.width {
                throw PyError("ValueError", "placeholder too large for max width")
            }
        }
        chunks.reverse()
        while !chunks.isEmpty {
            var line: [String] = []
            var lineLength = 0
            let indent = lines.isEmpty ? o.initialIndent : o.subsequentIndent
            let width = o.width - length(indent)
            if o.dropWhitespace, isBlank(chunks.last!), !lines.isEmpty { chunks.removeLast() }
            while let last = chunks.last {
                let l = length(last)
                guard lineLength + l <= width else { break }
                line.append(chunks.removeLast())
                lineLength += l
            }
            if let last = chunks.last, length(last) > width {
                if let handleLong { try handleLong(&chunks, &line, lineLength, width) } else { handleLongWord(&chunks, &line, lineLength, width, o) }
                lineLength = line.reduce(0) { $0 + length($1) }
            }
            if o.dropWhitespace, let last = line.last, isBlank(last) {
                lineLength -= length(last)
                line.removeLast()
            }
            guard !line.isEmpty else { continue }
            let fits = o.maxLines == nil || lines.count + 1 < o.maxLines!
                || ((chunks.isEmpty || (o.dropWhitespace && chunks.count == 1 && isBlank(chunks[0]))) && lineLength <= width)
            if fits {
                lines.append(indent + line.joined())
                continue
            }
            var placed = false
            while let last = line.last {
                if !isBlank(last) && lineLength + length(o.placeholder) <= width {
                    line.append(o.placeholder)
                    lines.append(indent + line.joined())
                    placed = true
                    break
                }
                lineLength -= length(last)
                line.removeLast()
            }
            if !placed {
                if let previous = lines.last {
                    let trimmed = dropping(previous, fromStart: false)
                    if length(trimmed) + length(o.placeholder) <= o.width {
                        lines[lines.count - 1] = trimmed + o.placeholder
                        break
                    }
                }
                lines.append(indent + dropping(o.placeholder, fromStart: true))
            }
            break
        }
        return lines
    }

    /// CPython's `_handle_long_word`: a word longer than the line is cut (after a hyphen
    /// when it can be), or left whole on a line of its own without `break_long_words`.
    static func handleLongWord(_ chunks: inout [String], _ line: inout [String], _ lineLength: Int, _ width: Int, _ o: Options) {
        let spaceLeft = width < 1 ? 1 : width - lineLength
        if o.breakLongWords {
            var end = spaceLeft
            let chunk = Array(chunks[chunks.count - 1].unicodeScalars)
            if o.breakOnHyphens && chunk.count > spaceLeft {
                if let hyphen = chunk[..<min(max(spaceLeft, 0), chunk.count)].lastIndex(of: "-"), hyphen > 0,
                   chunk[..<hyphen].contains(where: { $0 != "-" }) {
                    end = hyphen + 1
                }
            }
            let cut = min(max(end, 0), chunk.count)
            line.append(String(String.UnicodeScalarView(chunk[..<cut])))
            chunks[chunks.count - 1] = String(String.UnicodeScalarView(chunk[cut...]))
        } else if line.isEmpty {
            line.append(chunks.removeLast())
        }
    }

    /// `dedent`: blank lines emptied, then the longest common leading run of spaces and tabs removed.
    private static func dedent(_ text: Value, _ interp: Interpreter) throws -> Value {
        func call(_ pattern: String, _ method: String, _ args: [Value]) throws -> Value {
            let p = try ReModule.compile(.str(pattern), flags: .int(RegexFlags.multiline), interp)
            return try interp.call(try interp.getAttribute(.object(p), method), Arguments(args))
        }
        let cleaned = try call("^[ \t]+$", "sub", [.str(""), text])
        var margin: [Unicode.Scalar]?
        for case .str(let s) in try interp.collect(try call("(^[ \t]*)(?:[^ \t\n])", "findall", [cleaned])) {
            let indent = Array(s.unicodeScalars)
            guard let m = margin else { margin = indent; continue }
            if indent.starts(with: m) { continue }
            if m.starts(with: indent) { margin = indent; continue }
            for (i, (x, y)) in zip(m, indent).enumerated() where x != y {
                margin = Array(m[..<i])
                break
            }
        }
        guard let m = margin, !m.isEmpty else { return cleaned }
        return try call("^" + String(String.UnicodeScalarView(m)), "sub", [.str(""), cleaned])
    }
}
