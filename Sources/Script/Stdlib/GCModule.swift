/// `gc`: the cycle collector's interface, as CPython 3.11's module has it: `collect`,
/// `enable`, `disable`, `isenabled`, `get_threshold`, `set_threshold`, `get_count`.
///
/// The collector is `GCRegistry`'s; the settings are the interpreter's (`gcSettings`), so a
/// session's `gc.disable()` does not reach another session on the same thread. `collect`
/// returns the number of unreachable objects found, which can differ from CPython's for the
/// same garbage: objects are laid out differently (a CPython closure's cells are objects, a
/// Descent closure holds its defining call's frame; an instance's attributes live in its own
/// storage until `__dict__` is asked for).
enum GCModule {
    static func install(in m: PyModule) {
        m.def("collect") { interp, args in
            if let k = args.keywords.first, k.0 != "generation" {
                throw PyError("TypeError", "'\(k.0)' is an invalid keyword argument for collect()")
            }
            let given = args.positional + args.keywords.map(\.1)
            if given.count > 1 { throw PyError("TypeError", "collect() takes at most 1 argument (\(given.count) given)") }
            let generation = try given.first.map { try cInt($0, overflow: "Python int too large to convert to C int") } ?? 2
            guard (0...2).contains(generation) else { throw PyError("ValueError", "invalid generation") }
            guard let active = GCRegistry.active else { return .int(0) }
            return .int(Unmanaged<GCRegistry>.fromOpaque(active).takeUnretainedValue().collect(generation: generation))
        }
        m.def("enable") { interp, args in
            _ = try args.positionalOnly("gc.enable", 0...0)
            interp.setGCEnabled(true)
            return .none
        }
        m.def("disable") { interp, args in
            _ = try args.positionalOnly("gc.disable", 0...0)
            interp.setGCEnabled(false)
            return .none
        }
        m.def("isenabled") { interp, args in
            _ = try args.positionalOnly("gc.isenabled", 0...0)
            return .bool(interp.gcSettings.enabled)
        }
        m.def("get_threshold") { interp, args in
            _ = try args.positionalOnly("gc.get_threshold", 0...0)
            return .tuple(PyTuple.of(interp.gcSettings.thresholds.map { .int($0) }))
        }
        m.def("set_threshold") { interp, args in
            if !args.keywords.isEmpty { throw PyError("TypeError", "set_threshold() takes no keyword arguments") }
            let n = args.positional.count
            if n < 1 { throw PyError("TypeError", "set_threshold() takes at least 1 argument (0 given)") }
            if n > 3 { throw PyError("TypeError", "set_threshold() takes at most 3 arguments (\(n) given)") }
            // Set one by one, as CPython parses them: a bad third leaves the first two set.
            for (i, v) in args.positional.enumerated() {
                interp.gcSettings.thresholds[i] = try cInt(v, overflow: "signed integer is greater than maximum", underflow: "signed integer is less than minimum")
                interp.activeGCRegistry?.thresholds = interp.gcSettings.thresholds
            }
            return .none
        }
        m.def("get_count") { interp, args in
            _ = try args.positionalOnly("gc.get_count", 0...0)
            let counts = interp.activeGCRegistry?.counts ?? [0, 0, 0]
            return .tuple(PyTuple.of(counts.map { .int($0) }))
        }
    }

    /// `value` as a C `int`, with CPython's errors.
    private static func cInt(_ value: Value, overflow: String, underflow: String? = nil) throws -> Int {
        switch value.boolAsInt {
        case .int(let i):
            if i > Int(Int32.max) { throw PyError("OverflowError", overflow) }
            if i < Int(Int32.min) { throw PyError("OverflowError", underflow ?? overflow) }
            return i
        case .object(let b as PyBigInt):
            throw PyError("OverflowError", b.value.negative ? underflow ?? overflow : overflow)
        default:
            throw PyError("TypeError", "'\(value.typeName)' object cannot be interpreted as an integer")
        }
    }
}

extension Interpreter {
    /// The registry of the run in progress on this thread, if any.
    var activeGCRegistry: GCRegistry? {
        GCRegistry.active.map { Unmanaged<GCRegistry>.fromOpaque($0).takeUnretainedValue() }
    }

    /// `gc.enable()` / `gc.disable()`: this interpreter's setting and the running registry's.
    func setGCEnabled(_ enabled: Bool) {
        gcSettings.enabled = enabled
        activeGCRegistry?.enabled = enabled
    }
}
