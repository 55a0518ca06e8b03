/// `os` as far as a lesson can use it: no file system and no environment. `os.path` is
/// CPython's `posixpath` string functions (`join`, `split`, `basename`, `dirname`,
/// `splitext`, `normpath`, `isabs`), computed as Lib/posixpath.py computes them;
/// `os.environ` is a dict that starts empty (a lesson's output must not depend on the machine
/// that builds it), `os.getenv(key, default=None)` reads it; `os.sep`, `os.curdir`,
/// `os.pardir`, `os.extsep`, `os.linesep` and `os.name` are POSIX's. Functions that reach
/// the file system (`os.listdir`, `os.path.exists`…) are not provided.
enum OsModule {
    static func install(in m: PyModule, _ interp: Interpreter) {
        let environ = PyDict()
        m.attributes["environ"] = .dict(environ)
        m.attributes["name"] = .str("posix")
        m.attributes["sep"] = .str("/")
        m.attributes["altsep"] = .none
        m.attributes["curdir"] = .str(".")
        m.attributes["pardir"] = .str("..")
        m.attributes["extsep"] = .str(".")
        m.attributes["pathsep"] = .str(":")
        m.attributes["linesep"] = .str("\n")
        m.def("getenv") { interp, args in
            let a = try ReModule.bind("getenv", ["key", "default"], required: 1, args)
            guard case .str = a[0]! else { throw PyError("TypeError", "str expected, not \(a[0]!.typeName)") }
            return try environ.get(a[0]!) ?? a[1] ?? .none
        }
        if let path = try? interp.importModule("os.path") { m.attributes["path"] = path }
    }
}

/// `posixpath` (`os.path`): the path string functions of Lib/posixpath.py.
enum PosixPathModule {
    static func install(in m: PyModule) {
        m.attributes["sep"] = .str("/")
        m.attributes["curdir"] = .str(".")
        m.attributes["pardir"] = .str("..")
        m.attributes["extsep"] = .str(".")
        m.def("join") { _, args in
            if !args.keywords.isEmpty { throw PyError("TypeError", "join() takes no keyword arguments") }
            guard let first = args.positional.first else {
                throw PyError("TypeError", "join() missing 1 required positional argument: 'a'")
            }
            var path = try text(first)
            for part in args.positional.dropFirst() {
                guard case .str(let b) = part else {
                    throw PyError("TypeError", "join() argument must be str, bytes, or os.PathLike object, not '\(part.typeName)'")
                }
                if b.hasPrefix("/") { path = b } else if path.isEmpty || path.hasSuffix("/") { path += b } else { path += "/" + b }
            }
            return .str(path)
        }
        m.def("split") { _, args in
            let p = try text(try args.positionalOnly("split", 1...1)[0])
            let (head, tail) = split(p)
            return .tuple(PyTuple.of([.str(head), .str(tail)]))
        }
        m.def("basename") { _, args in .str(split(try text(try args.positionalOnly("basename", 1...1)[0]), trimHead: false).1) }
        m.def("dirname") { _, args in .str(split(try text(try args.positionalOnly("dirname", 1...1)[0])).0) }
        m.def("splitext") { _, args in
            let p = Array(try text(try args.positionalOnly("splitext", 1...1)[0]).unicodeScalars)
            let (root, ext) = splitext(p)
            return .tuple(PyTuple.of([.str(String(String.UnicodeScalarView(root))), .str(String(String.UnicodeScalarView(ext)))]))
        }
        m.def("isabs") { _, args in .bool(try text(try args.positionalOnly("isabs", 1...1)[0]).hasPrefix("/")) }
        m.def("normpath") { _, args in .str(normpath(try text(try args.positionalOnly("normpath", 1...1)[0]))) }
    }

    /// A path argument: a str, else the `TypeError` of CPython's `os.fspath`.
    private static func text(_ v: Value) throws -> String {
        guard case .str(let s) = v else {
            throw PyError("TypeError", "expected str, bytes or os.PathLike object, not \(v.typeName)")
        }
        return s
    }

    /// `posixpath.split`: everything up to the last `/` (trailing slashes removed unless it is
    /// all slashes) and the rest.
    static func split(_ p: String, trimHead: Bool = true) -> (String, String) {
        let scalars = Array(p.unicodeScalars)
        let i = (scalars.lastIndex(of: "/") ?? -1) + 1
        var head = Array(scalars[..<i])
        let tail = Array(scalars[i...])
        if trimHead, !head.isEmpty, head.contains(where: { $0 != "/" }) {
            while head.last == "/" { head.removeLast() }
        }
        return (String(String.UnicodeScalarView(head)), String(String.UnicodeScalarView(tail)))
    }

    /// `genericpath._splitext`: the extension is the last dot's part of the last component,
    /// unless the dots lead the component (`.bashrc`).
    static func splitext(_ p: [Unicode.Scalar]) -> ([Unicode.Scalar], [Unicode.Scalar]) {
        let sepIndex = p.lastIndex(of: "/") ?? -1
        guard let dotIndex = p.lastIndex(of: "."), dotIndex > sepIndex else { return (p, []) }
        var filenameIndex = sepIndex + 1
        while filenameIndex < dotIndex {
            if p[filenameIndex] != "." { return (Array(p[..<dotIndex]), Array(p[dotIndex...])) }
            filenameIndex += 1
        }
        return (p, [])
    }

    /// `posixpath.normpath`: `.` and empty components dropped, `..` folded into its parent.
    static func normpath(_ path: String) -> String {
        if path.isEmpty { return "." }
        var initialSlashes = path.hasPrefix("/") ? 1 : 0
        if path.hasPrefix("//") && !path.hasPrefix("///") { initialSlashes = 2 }
        var comps: [Substring] = []
        for comp in path.split(separator: "/", omittingEmptySubsequences: false) {
            if comp.isEmpty || comp == "." { continue }
            if comp != ".." || (initialSlashes == 0 && comps.isEmpty) || comps.last == ".." {
                comps.append(comp)
            } else if !comps.isEmpty {
                comps.removeLast()
            }
        }
        let joined = String(repeating: "/", count: initialSlashes) + comps.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }
}
