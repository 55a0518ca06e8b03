/// `re.RegexFlag`, the `IntFlag` that `re.I`, `re.M`, … are members of: an int subclass
/// whose values print as CPython 3.11 prints them (`re.IGNORECASE`,
/// `re.IGNORECASE|re.MULTILINE`, `re.NOFLAG`, `re.IGNORECASE|0x400`,
/// `re.RegexFlag(1024)`), whose `|`, `&`, `^` with ints and flags and `~` give flags again
/// (`~` within the nine flags' bits, as the `KEEP` boundary computes it), and which are
/// ints everywhere else (`re.I + 0` is `2`, `Pattern.flags` is a plain int as in CPython).
/// One class per interpreter's `re` module; its members are the module's `re.I`, ….
enum RegexFlagClass {
    /// The members in CPython's definition order, the order a combination's name lists them.
    static let members: [(String, Int)] = [
        ("ASCII", RegexFlags.ascii), ("IGNORECASE", RegexFlags.ignoreCase), ("LOCALE", RegexFlags.locale),
        ("UNICODE", RegexFlags.unicode), ("MULTILINE", RegexFlags.multiline), ("DOTALL", RegexFlags.dotAll),
        ("VERBOSE", RegexFlags.verbose), ("TEMPLATE", RegexFlags.template), ("DEBUG", RegexFlags.debug),
    ]
    /// Every member's bit (CPython's `_flag_mask_`, here also `_all_bits_`).
    static let allBits = 511

    /// `flag.name`: `NOFLAG` for 0, the members' names joined by `|` (unknown bits as hex),
    /// nil for a value that holds no member's bit.
    static func name(_ value: Int) -> String? {
        if value == 0 { return "NOFLAG" }
        let names = members.filter { value & $0.1 != 0 }.map(\.0)
        if names.isEmpty { return nil }
        let extra = value & ~allBits
        return (names + (extra != 0 ? ["0x" + String(extra, radix: 16)] : [])).joined(separator: "|")
    }

    /// `repr(flag)` and `str(flag)` (`global_flag_repr`).
    static func repr(_ value: Int) -> String {
        guard let name = name(value) else { return "re.RegexFlag(\(value))" }
        return name.split(separator: "|").map { $0.first!.isNumber ? String($0) : "re." + $0 }.joined(separator: "|")
    }

    /// `~flag` as `Flag.__invert__` with the `KEEP` boundary: the complement within the flags'
    /// bits (`~re.I` holds the eight others).
    static func invert(_ value: Int) -> Int {
        let v = ~value
        guard v < 0 else { return v }
        if v < ~allBits { return max(allBits + 1, 1 << (Int.bitWidth - v.magnitude.leadingZeroBitCount)) + v }
        return allBits + 1 + v
    }

    /// The class, with a member for each name of `ReModule.flagNames` set on it and on `module`.
    static func install(in module: PyModule) {
        let cls = PyClass("RegexFlag", module: "re", base: CoreClasses.int)
        var instances: [Int: Value] = [:]
        func flag(_ value: Int) -> Value {
            if let member = instances[value] { return member }
            return .object(BuiltinSubclassInstance(cls: cls, value: .int(value)))
        }
        for (_, bit) in ReModule.flagNames where instances[bit] == nil {
            instances[bit] = .object(BuiltinSubclassInstance(cls: cls, value: .int(bit)))
        }
        func bits(_ v: Value) -> Int? {
            switch v.unwrappingBuiltin {
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            default: return nil
            }
        }
        func receiverBits(_ receiver: Value) throws -> Int {
            guard let b = bits(receiver) else { throw PyError("TypeError", "descriptor requires a 'RegexFlag' object but received a '\(receiver.typeName)'") }
            return b
        }
        cls.construct = { interp, args in
            let a = try args.positionalOnly("RegexFlag", 1...1)
            guard let value = bits(a[0]) else { throw PyError("ValueError", "\(try interp.repr(a[0])) is not a valid RegexFlag") }
            return flag(value)
        }
        for (name, op) in [("__or__", { (a: Int, b: Int) in a | b }), ("__and__", { $0 & $1 }), ("__xor__", { $0 ^ $1 })] {
            for method in [name, "__r" + name.dropFirst(2)] {
                cls.attributes[method] = .builtin(PyBuiltin.method(method, owner: "RegexFlag") { _, receiver, args in
                    let a = try args.positionalOnly(method, 1...1)
                    guard let other = bits(a[0]) else { return .object(PyNotImplemented.shared) }
                    return flag(op(try receiverBits(receiver), other))
                })
            }
        }
        cls.attributes["__invert__"] = .builtin(PyBuiltin.method("__invert__", owner: "RegexFlag") { _, receiver, _ in
            flag(invert(try receiverBits(receiver)))
        })
        cls.attributes["__contains__"] = .builtin(PyBuiltin.method("__contains__", owner: "RegexFlag") { _, receiver, args in
            let a = try args.positionalOnly("__contains__", 1...1)
            guard case .object(let o as BuiltinSubclassInstance) = a[0], o.cls === cls, let other = bits(a[0]) else {
                throw PyError("TypeError", "unsupported operand type(s) for 'in': '\(a[0].typeName)' and 'RegexFlag'")
            }
            return .bool(try receiverBits(receiver) & other == other)
        })
        for method in ["__repr__", "__str__"] {
            cls.attributes[method] = .builtin(PyBuiltin.method(method, owner: "RegexFlag") { _, receiver, _ in
                .str(repr(try receiverBits(receiver)))
            })
        }
        cls.attributes["__format__"] = .builtin(PyBuiltin.method("__format__", owner: "RegexFlag") { interp, receiver, args in
            let a = try args.positionalOnly("__format__", 1...1)
            guard case .str(let spec) = a[0] else { throw PyError("TypeError", "format spec must be str") }
            let value = try receiverBits(receiver)
            return .str(spec.isEmpty ? repr(value) : try interp.format(.int(value), spec: spec))
        })
        cls.attributes["name"] = .object(PyProperty(getter: .builtin(PyBuiltin("name") { _, args in
            guard let receiver = args.positional.first else { return .none }
            return name(try receiverBits(receiver)).map { .str($0) } ?? .none
        }), setter: nil, deleter: nil))
        cls.attributes["value"] = .object(PyProperty(getter: .builtin(PyBuiltin("value") { _, args in
            guard let receiver = args.positional.first else { return .none }
            return .int(try receiverBits(receiver))
        }), setter: nil, deleter: nil))
        for (name, bit) in ReModule.flagNames {
            cls.attributes[name] = instances[bit]!
            module.attributes[name] = instances[bit]!
        }
        module.attributes["RegexFlag"] = .type(cls)
    }
}
