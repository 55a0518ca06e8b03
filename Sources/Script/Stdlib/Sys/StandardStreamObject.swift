/// `sys.stdout` and `sys.stderr`: CPython's text streams as a script uses them.
///
/// `write(s)` takes a str and returns how many characters it wrote, `flush()` returns None,
/// as `io.TextIOWrapper`'s do. Standard output is the run's output (what `print` writes);
/// standard error is the run's error stream, where warnings and "Exception ignored" reports
/// go (a lesson page shows it as a notebook shows a cell's stderr).
final class StandardStreamObject: PyObject {
    /// Which stream this is.
    enum Stream { case output, error }

    let stream: Stream

    init(_ stream: Stream) { self.stream = stream }

    static let textIOWrapper = PyClass("TextIOWrapper", module: "_io", base: CoreClasses.object)

    var pyClass: PyClass { StandardStreamObject.textIOWrapper }

    /// `<stdout>` or `<stderr>`, as `name` reads.
    var name: String { stream == .output ? "<stdout>" : "<stderr>" }

    func repr(_ interp: Interpreter) throws -> String {
        "<_io.TextIOWrapper name='\(name)' mode='w' encoding='utf-8'>"
    }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        let me = Value.object(self)
        switch attribute {
        case "name": return .str(name)
        case "mode": return .str("w")
        case "encoding": return .str("utf-8")
        case "closed": return .bool(false)
        case "write":
            return .builtin(PyBuiltin("write", boundSelf: me) { [stream] interp, args in
                let a = try args.positionalOnly("TextIOWrapper.write", 1...1)
                guard case .str(let text) = a[0] else {
                    throw PyError("TypeError", "write() argument must be str, not \(a[0].isNone ? "None" : a[0].typeName)")
                }
                if stream == .output { interp.write(text) } else { interp.writeError(text) }
                return .int(text.unicodeScalars.count)
            })
        case "flush":
            return .builtin(PyBuiltin("flush", boundSelf: me) { [stream] interp, args in
                _ = try args.positionalOnly("TextIOWrapper.flush", 0...0)
                if stream == .output { interp.streams?.flushOutput() }
                return .none
            })
        case "writable", "isatty", "readable", "seekable":
            return .builtin(PyBuiltin(attribute, boundSelf: me) { _, args in
                _ = try args.positionalOnly("TextIOWrapper." + attribute, 0...0)
                return .bool(attribute == "writable")
            })
        default: return nil
        }
    }
}
