/// `textwrap.TextWrapper` as Lib/textwrap.py defines it: a class whose options are instance
/// attributes (`w.width = 40`), and whose `wrap` goes through the methods CPython's goes
/// through (`_split_chunks`, `_munge_whitespace`, `_split`, `_fix_sentence_endings`,
/// `_wrap_chunks` and its `_handle_long_word`, then `fill` through `wrap`), each looked up
/// on the instance, so a script class deriving from it may override any of them.
enum PyTextWrapper {
    /// The parameters of `__init__` that may be given by position, in order.
    static let parameterNames = ["width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
                                 "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize"]
    nonisolated(unsafe) static let defaults: [(String, Value)] = [
        ("width", .int(70)), ("initial_indent", .str("")), ("subsequent_indent", .str("")), ("expand_tabs", .bool(true)),
        ("replace_whitespace", .bool(true)), ("fix_sentence_endings", .bool(false)), ("break_long_words", .bool(true)),
        ("drop_whitespace", .bool(true)), ("break_on_hyphens", .bool(true)), ("tabsize", .int(8)), ("max_lines", .none),
        ("placeholder", .str(" [...]")),
    ]

    nonisolated(unsafe) static let wrapperClass: PyClass = {
        let cls = PyClass("TextWrapper", module: "textwrap")
        cls.instanceFactory = { cls, _, _ in PyInstance(cls: cls) }
        cls.construct = { interp, args in try interp.instantiate(cls, args) }
        func method(_ name: String, _ body: @escaping (Interpreter, Value, Value) throws -> Value) {
            cls.attributes[name] = .builtin(PyBuiltin.method(name, owner: "TextWrapper") { interp, receiver, args in
                let a = try ReModule.bind("TextWrapper.\(name)", [name == "_wrap_chunks" || name == "_fix_sentence_endings" ? "chunks" : "text"], required: 1, args)
                return try body(interp, receiver, a[0]!)
            })
        }
        cls.attributes["__init__"] = .builtin(PyBuiltin.method("__init__", owner: "TextWrapper") { interp, receiver, args in
            if args.positional.count > parameterNames.count {
                throw PyError("TypeError", "TextWrapper.__init__() takes from 1 to \(parameterNames.count + 1) positional arguments but \(args.positional.count + 1) were given")
            }
            var values = defaults
            var given: Set<String> = []
            for (k, v) in zip(parameterNames, args.positional).map({ ($0.0, $0.1) }) + args.keywords {
                guard let i = values.firstIndex(where: { $0.0 == k }) else {
                    throw PyError("TypeError", "TextWrapper.__init__() got an unexpected keyword argument '\(k)'")
                }
                guard given.insert(k).inserted else { throw PyError("TypeError", "TextWrapper.__init__() got multiple values for argument '\(k)'") }
                values[i].1 = v
            }
            for (k, v) in values { try interp.setAttribute(receiver, k, v) }
            return .none
        })
        method("wrap") { interp, receiver, text in
            let chunks = try interp.callMethod(receiver, "_split_chunks", Arguments([text]))
            if try interp.truthy(try interp.getAttribute(receiver, "fix_sentence_endings")) {
                _ = try interp.callMethod(receiver, "_fix_sentence_endings", Arguments([chunks]))
            }
            return try interp.callMethod(receiver, "_wrap_chunks", Arguments([chunks]))
        }
        method("fill") { interp, receiver, text in
            let lines = try interp.callMethod(receiver, "wrap", Arguments([text]))
            return try interp.call(try interp.getAttribute(.str("\n"), "join"), Arguments([lines]))
        }
        method("_split_chunks") { interp, receiver, text in
            let munged = try interp.callMethod(receiver, "_munge_whitespace", Arguments([text]))
            return try interp.callMethod(receiver, "_split", Arguments([munged]))
        }
        method("_munge_whitespace") { interp, receiver, text in
            .str(try TextwrapModule.munge(text, try options(receiver, interp), interp))
        }
        method("_split") { interp, receiver, text in
            guard case .str(let s) = text else { throw PyError("TypeError", "expected string or bytes-like object, got '\(text.typeName)'") }
            return .list(PyList(try TextwrapModule.split(s, try options(receiver, interp), interp).map { .str($0) }))
        }
        method("_fix_sentence_endings") { interp, _, chunks in
            guard case .list(let list) = chunks else { throw PyError("TypeError", "'\(chunks.typeName)' object does not support item assignment") }
            var strings = try strings(chunks, interp)
            try TextwrapModule.fixSentenceEndings(&strings, interp)
            list.items = strings.map { .str($0) }
            return .none
        }
        method("_wrap_chunks") { interp, receiver, chunks in
            // A script class's own `_handle_long_word` gets the reversed chunks and the line
            // as lists it changes in place, as CPython's `_wrap_chunks` passes them.
            var handleLong: TextwrapModule.LongWordHandler?
            if case .object(let i as PyInstance) = receiver, case .function? = i.cls.lookup("_handle_long_word") {
                handleLong = { chunks, line, length, width in
                    let chunkList = PyList(chunks.map { .str($0) }), lineList = PyList(line.map { .str($0) })
                    _ = try interp.callMethod(receiver, "_handle_long_word", Arguments([.list(chunkList), .list(lineList), .int(length), .int(width)]))
                    chunks = try strings(.list(chunkList), interp)
                    line = try strings(.list(lineList), interp)
                }
            }
            return .list(PyList(try TextwrapModule.wrapChunks(try strings(chunks, interp), try options(receiver, interp), handleLong: handleLong).map { .str($0) }))
        }
        cls.attributes["_handle_long_word"] = .builtin(PyBuiltin.method("_handle_long_word", owner: "TextWrapper") { interp, receiver, args in
            let a = try ReModule.bind("TextWrapper._handle_long_word", ["reversed_chunks", "cur_line", "cur_len", "width"], required: 4, args)
            guard case .list(let chunkList) = a[0]!, case .list(let lineList) = a[1]! else {
                throw PyError("TypeError", "TextWrapper._handle_long_word() takes the chunks and the line as lists in Descent")
            }
            var chunks = try strings(a[0]!, interp), line = try strings(a[1]!, interp)
            TextwrapModule.handleLongWord(&chunks, &line, try interp.toInt(a[2]!, "cur_len"), try interp.toInt(a[3]!, "width"), try options(receiver, interp))
            chunkList.items = chunks.map { .str($0) }
            lineList.items = line.map { .str($0) }
            return .none
        })
        return cls
    }()

    /// The chunks a method was given, as strs.
    private static func strings(_ chunks: Value, _ interp: Interpreter) throws -> [String] {
        try interp.collect(chunks).map { v in
            guard case .str(let s) = v else { throw PyError("TypeError", "can only concatenate str (not \"\(v.typeName)\") to str") }
            return s
        }
    }

    /// The options an instance's attributes hold now.
    static func options(_ wrapper: Value, _ interp: Interpreter) throws -> TextwrapModule.Options {
        func value(_ name: String) throws -> Value { try interp.getAttribute(wrapper, name) }
        func string(_ name: String) throws -> String {
            let v = try value(name)
            guard case .str(let s) = v else { throw PyError("TypeError", "TextWrapper.\(name) must be a str in Descent, not \(v.typeName)") }
            return s
        }
        var o = TextwrapModule.Options()
        o.width = try interp.toInt(try value("width"), "width")
        o.initialIndent = try string("initial_indent")
        o.subsequentIndent = try string("subsequent_indent")
        o.expandTabs = try interp.truthy(try value("expand_tabs"))
        o.replaceWhitespace = try interp.truthy(try value("replace_whitespace"))
        o.fixSentenceEndings = try interp.truthy(try value("fix_sentence_endings"))
        o.breakLongWords = try interp.truthy(try value("break_long_words"))
        o.dropWhitespace = try interp.truthy(try value("drop_whitespace"))
        o.breakOnHyphens = try interp.truthy(try value("break_on_hyphens"))
        o.tabsize = try interp.toInt(try value("tabsize"), "tabsize")
        let maxLines = try value("max_lines")
        o.maxLines = maxLines.isNone ? nil : try interp.toInt(maxLines, "max_lines")
        o.placeholder = try string("placeholder")
        return o
    }
}
