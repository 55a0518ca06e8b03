/// `sys`: what course code reads of CPython 3.11's interpreter module.
///
/// The version (Descent answers as the CPython 3.11.7 its output matches), `maxsize`,
/// `float_info`, `int_info`, `platform`, `byteorder`, `argv` (the script's or lesson's file
/// as it was named to Descent), the recursion limit (tied to the interpreter's, within the
/// depth its stack holds safely), `stdout`/`stderr` (`StandardStreamObject`), `exit` (raises
/// `SystemExit`, which ends the run with CPython's exit status) and `getsizeof` where the
/// size is exact (`Interpreter.exactSize(of:)`).
enum SysModule {
    /// CPython 3.11.7's `sys.version` as the reference interpreter has it.
    static let version = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"

    /// The deepest recursion limit Descent honours: its worker thread's stack (512 MB) holds
    /// this many nested Python calls of the heaviest kind measured (a chain of `yield from`
    /// generators, which overflowed a debug build at 16,000) with room to spare. A larger
    /// `setrecursionlimit` is remembered (`getrecursionlimit` answers it) but calls stop here.
    static let safeRecursionCap = 10_000

    static func install(in m: PyModule, _ interp: Interpreter) {
        m.attributes["version"] = .str(version)
        m.attributes["version_info"] = structSequence("version_info",
            ["major", "minor", "micro", "releaselevel", "serial"],
            [.int(3), .int(11), .int(7), .str("final"), .int(0)])
        m.attributes["hexversion"] = .int(0x030B07F0)
        m.attributes["float_info"] = structSequence("float_info",
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
            [.float(Double.greatestFiniteMagnitude), .int(1024), .int(308), .float(Double.leastNormalMagnitude), .int(-1021), .int(-307),
             .int(15), .int(53), .float(Double.ulpOfOne), .int(2), .int(1)])
        m.attributes["int_info"] = structSequence("int_info",
            ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
            [.int(30), .int(4), .int(IntStringLimit.maxDigits), .int(640)])
        m.attributes["maxsize"] = .int(Int.max)
        m.attributes["maxunicode"] = .int(0x10FFFF)
        m.attributes["platform"] = .str("linux")
        m.attributes["byteorder"] = .str("little")
        m.attributes["argv"] = .list(PyList(interp.argv.map { .str($0) }))
        let stdout = Value.object(StandardStreamObject(.output)), stderr = Value.object(StandardStreamObject(.error))
        m.attributes["stdout"] = stdout
        m.attributes["stderr"] = stderr
        m.attributes["__stdout__"] = stdout
        m.attributes["__stderr__"] = stderr
        m.def("getrecursionlimit") { interp, args in
            _ = try args.positionalOnly("sys.getrecursionlimit", 0...0)
            return .int(interp.requestedRecursionLimit ?? interp.recursionLimit)
        }
        m.def("setrecursionlimit") { interp, args in
            let a = try args.positionalOnly("sys.setrecursionlimit", 1...1)
            let limit = try cInt(a[0])
            if limit < 1 { throw PyError("ValueError", "recursion limit must be greater or equal than 1") }
            // CPython counts the call of setrecursionlimit itself (`callDepth` counts the
            // module's frame and the Python calls).
            let depth = interp.callDepth + 1
            if limit <= depth {
                throw PyError("RecursionError", "cannot set the recursion limit to \(limit) at the recursion depth \(depth): the limit is too low")
            }
            interp.requestedRecursionLimit = limit
            interp.recursionLimit = min(limit, safeRecursionCap)
            return .none
        }
        m.def("get_int_max_str_digits") { _, args in
            _ = try args.positionalOnly("sys.get_int_max_str_digits", 0...0)
            return .int(IntStringLimit.maxDigits)
        }
        m.def("exit") { interp, args in
            if !args.keywords.isEmpty { throw PyError("TypeError", "sys.exit() takes no keyword arguments") }
            let a = try args.positionalOnly("exit", 0...1)
            let cls = interp.exceptionClass(named: "SystemExit")
            let e = PyExceptionObject(cls: cls, args: a)
            var error = PyError("SystemExit", try e.message(interp))
            error.instance = .object(e)
            throw error
        }
        m.def("getsizeof") { interp, args in
            let a = try args.positionalOnly("getsizeof", 1...2)
            guard let size = interp.exactSize(of: a[0]) else {
                if a.count == 2 { return a[1] }
                throw PyError("NotImplementedError", "sys.getsizeof() of a '\(a[0].typeName)' object: Descent knows CPython's size only of None, bool, int, float, str, tuple, range, object() and plain class instances")
            }
            // Objects the cycle collector tracks carry its 16-byte header too.
            switch a[0] {
            // An instance whose attributes live in a dict has CPython 3.11's managed-dict
            // pointers before it as well.
            case .object(let i as PyInstance): return .int(size + (i.cls.slotLayout.noDict ? 16 : 32))
            case .tuple: return .int(size + 16)
            default: return .int(size)
            }
        }
    }

    /// A structure sequence (`sys.version_info`): a tuple whose items are also attributes,
    /// shown as `sys.NAME(field=value, …)`.
    static func structSequence(_ name: String, _ fields: [String], _ values: [Value]) -> Value {
        let type = NamedTupleType(name: name, module: "sys", fields: fields, defaults: [])
        type.reprPrefix = "sys."
        return .object(PyNamedTuple(type, PyTuple.of(values)))
    }

    /// `value` as a C `int`, with CPython's errors.
    private static func cInt(_ value: Value) throws -> Int {
        switch value.boolAsInt {
        case .int(let i):
            if i > Int(Int32.max) || i < Int(Int32.min) { throw PyError("OverflowError", "Python int too large to convert to C int") }
            return i
        case .object(is PyBigInt):
            throw PyError("OverflowError", "Python int too large to convert to C int")
        default:
            throw PyError("TypeError", "'\(value.typeName)' object cannot be interpreted as an integer")
        }
    }
}
