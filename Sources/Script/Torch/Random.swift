import Engine

/// `torch.Generator`: a handle on an engine generator (`torch._C.Generator`).
final class GeneratorObject: PyObject {
    let generator: Generator
    init(_ generator: Generator) { self.generator = generator }

    static let generatorClass = PyClass("Generator", module: "torch._C")
    var pyClass: PyClass { GeneratorObject.generatorClass }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "manual_seed":
            return .builtin(PyBuiltin(name, boundSelf: .object(self)) { interp, args in
                let a = try args.bind("manual_seed", ["seed"], required: 1)
                self.generator.manualSeed(try TorchLibrary.seedValue(a[0]!, interp))
                return .object(self)
            })
        case "initial_seed":
            return .builtin(PyBuiltin(name, boundSelf: .object(self)) { _, args in
                _ = try args.positionalOnly("initial_seed", 0...0)
                return TorchLibrary.unsigned(self.generator.initialSeed)
            })
        case "device": return .str("cpu")
        default: return nil
        }
    }
}

/// torch's random functions (`rand`, `randn`, `randint`, `randperm`, `manual_seed`, …) and the
/// random in-place tensor methods, drawing from the interpreter's default generator unless a
/// `generator=` is given.
extension TorchLibrary {
    static let randomTensorMethodNames = ["normal_", "uniform_", "bernoulli_", "random_", "exponential_", "multinomial"]

    /// `torch.multinomial(input, num_samples, replacement=False, *, generator=None)` and the
    /// tensor method.
    static func multinomial(_ input: Tensor, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        let a = try args.bind("multinomial", ["num_samples", "replacement", "generator"], required: 1)
        let g = try generator(a[2], "multinomial", interp)
        let replacement = try a[1].map { try interp.truthy($0) } ?? false
        return wrap(try input.detach().multinomial(numSamples: try interp.toInt(a[0]!, "multinomial"), replacement: replacement, generator: g))
    }

    static func isGenerator(_ v: Value) -> Bool {
        if case .object(is GeneratorObject) = v { return true }
        return false
    }

    /// A Python int for an unsigned 64-bit value.
    static func unsigned(_ v: UInt64) -> Value {
        if let i = Int(exactly: v) { return .int(i) }
        return .object(PyBigInt(BigInt(negative: false, limbs: [UInt32(truncatingIfNeeded: v), UInt32(truncatingIfNeeded: v >> 32)])))
    }

    /// A seed as `manual_seed` takes it: `int(seed)`, negative values wrapping to unsigned 64 bits.
    static func seedValue(_ v: Value, _ interp: Interpreter) throws -> UInt64 {
        switch v {
        case .int(let i): return UInt64(bitPattern: Int64(i))
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return UInt64(bitPattern: Int64(try interp.floatToInt(d)))
        case .object(let big as PyBigInt):
            guard !big.value.negative, let u = UInt64(big.value.description) else {
                throw PyError("ValueError", "Overflow when unpacking long long")
            }
            return u
        case .object(is TensorObject): return UInt64(bitPattern: Int64(try interp.floatToInt(try interp.toDouble(v))))
        case .str(let s):
            guard let i = Int(s.trimmingCharacters(in: .whitespaces)) else {
                throw PyError("ValueError", "invalid literal for int() with base 10: \(try interp.repr(v))")
            }
            return UInt64(bitPattern: Int64(i))
        default:
            throw PyError("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
        }
    }

    /// The generator a `generator=` argument names, or the interpreter's default one.
    static func generator(_ v: Value?, _ function: String, _ interp: Interpreter) throws -> Generator {
        guard let v, !v.isNone else { return interp.defaultGenerator.generator }
        guard case .object(let g as GeneratorObject) = v else {
            throw PyError("TypeError", "\(function)(): argument 'generator' must be torch.Generator, not \(v.typeName)")
        }
        return g.generator
    }

    /// Sizes given as `f(2, 3)`, `f((2, 3))`, `f([2, 3])`, `f(torch.Size(...))` or `size=`.
    static func sizes(_ positional: [Value], keyword: Value?, _ function: String, _ interp: Interpreter) throws -> [Int] {
        if let keyword {
            guard positional.isEmpty else {
                throw PyError("TypeError", "\(function)() got multiple values for argument 'size'")
            }
            return try shape(keyword, interp)
        }
        if positional.count == 1, !positional[0].isNumber { return try shape(positional[0], interp) }
        return try positional.map { try interp.toInt($0, function) }
    }

    /// torch's overload-resolution error for `rand`/`randn` called with arguments of wrong types.
    static func invalidCombination(_ name: String, _ args: Arguments, _ interp: Interpreter) -> PyError {
        let got = args.positional.map { $0.typeName } + args.keywords.map { "\($0.0)=\($0.1.typeName)" }
        let rest = "Tensor out = None, torch.dtype dtype = None, torch.layout layout = None, torch.device device = None, bool pin_memory = False, bool requires_grad = False"
        return PyError("TypeError", """
            \(name)() received an invalid combination of arguments - got (\(got.joined(separator: ", "))), but expected one of:
             * (tuple of ints size, *, torch.Generator generator, \(rest))
             * (tuple of ints size, *, \(rest))

            """)
    }

    static func installRandom(_ torch: PyModule) {
        func fn(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
            torch.attributes[name] = .builtin(PyBuiltin(name, body))
        }
        torch.attributes["Generator"] = .type(GeneratorObject.generatorClass)
        torch.dynamicAttributes["default_generator"] = { interp in .object(interp.defaultGenerator) }
        GeneratorObject.generatorClass.construct = { interp, args in
            _ = try args.bind("Generator", ["device"])
            return .object(GeneratorObject(Generator()))
        }
        fn("manual_seed") { interp, args in
            let a = try args.bind("manual_seed", ["seed"], required: 1)
            interp.defaultGenerator.generator.manualSeed(try seedValue(a[0]!, interp))
            return .object(interp.defaultGenerator)
        }
        fn("initial_seed") { interp, args in
            _ = try args.positionalOnly("initial_seed", 0...0)
            return unsigned(interp.defaultGenerator.generator.initialSeed)
        }
        for name in ["rand", "randn"] {
            fn(name) { interp, args in
                let a = try Arguments([], keywords: args.keywords)
                    .bind(name, ["size", "generator", "dtype", "device", "requires_grad", "layout", "pin_memory", "out"])
                if let v = a[1], !v.isNone, !Self.isGenerator(v) {
                    throw invalidCombination(name, args, interp)
                }
                let g = try generator(a[1], name, interp)
                let shape = try sizes(args.positional, keyword: a[0], name, interp)
                let dt = try dtype(a[2]) ?? .float32
                let t = name == "rand" ? try Tensor.rand(shape, dtype: dt, generator: g) : try Tensor.randn(shape, dtype: dt, generator: g)
                if let rg = a[4], try interp.truthy(rg) { try t.setRequiresGrad(true) }
                return wrap(t)
            }
        }
        for name in ["rand_like", "randn_like"] {
            fn(name) { interp, args in
                let a = try args.bind(name, ["input", "dtype", "device", "requires_grad", "layout", "memory_format", "generator"], required: 1)
                let like = try tensor(a[0]!)
                let g = try generator(a[6], name, interp)
                let dt = try dtype(a[1]) ?? like.dtype
                let t = name == "rand_like" ? try Tensor.rand(like.shape, dtype: dt, generator: g) : try Tensor.randn(like.shape, dtype: dt, generator: g)
                if let rg = a[3], try interp.truthy(rg) { try t.setRequiresGrad(true) }
                return wrap(t)
            }
        }
        fn("randint") { interp, args in
            let a = try Arguments([], keywords: args.keywords)
                .bind("randint", ["low", "high", "size", "generator", "dtype", "device", "requires_grad", "layout", "pin_memory", "out"])
            var low = 0, high: Int, sizeValue: Value
            let p = args.positional
            switch p.count {
            case 3: (low, high, sizeValue) = (try interp.toInt(p[0], "randint"), try interp.toInt(p[1], "randint"), p[2])
            case 2 where a[2] != nil: (low, high, sizeValue) = (try interp.toInt(p[0], "randint"), try interp.toInt(p[1], "randint"), a[2]!)
            case 2: (high, sizeValue) = (try interp.toInt(p[0], "randint"), p[1])
            case 1 where a[2] != nil: (high, sizeValue) = (try interp.toInt(p[0], "randint"), a[2]!)
            case 0 where a[1] != nil && a[2] != nil:
                if let l = a[0] { low = try interp.toInt(l, "randint") }
                (high, sizeValue) = (try interp.toInt(a[1]!, "randint"), a[2]!)
            default:
                throw PyError("TypeError", "randint() missing required argument 'size'")
            }
            if sizeValue.isNumber {
                throw PyError("TypeError", "randint(): argument 'size' must be tuple of ints, not \(sizeValue.typeName)")
            }
            let g = try generator(a[3], "randint", interp)
            let t = try Tensor.randint(low: low, high: high, try shape(sizeValue, interp), dtype: try dtype(a[4]) ?? .int64, generator: g)
            if let rg = a[6], try interp.truthy(rg) { try t.setRequiresGrad(true) }
            return wrap(t)
        }
        fn("randperm") { interp, args in
            let a = try args.bind("randperm", ["n", "generator", "dtype", "device", "requires_grad", "layout", "pin_memory", "out"], required: 1)
            let g = try generator(a[1], "randperm", interp)
            let t = try Tensor.randperm(try interp.toInt(a[0]!, "randperm"), dtype: try dtype(a[2]) ?? .int64, generator: g)
            if let rg = a[4], try interp.truthy(rg) { try t.setRequiresGrad(true) }
            return wrap(t)
        }
        fn("normal") { interp, args in
            let a = try args.bind("normal", ["mean", "std", "size", "generator", "dtype", "requires_grad"], required: 1)
            let g = try generator(a[3], "normal", interp)
            if case .object(let meanTensor as TensorObject) = a[0]! {
                // ATen: normal_(0, std) into a tensor shaped like `mean`, then `mean` added.
                let noise = Tensor.zeros(meanTensor.tensor.shape, dtype: meanTensor.tensor.dtype)
                try noise.normal(mean: 0, std: try a[1].map { try interp.toDouble($0) } ?? 1, generator: g)
                return wrap(try Tensor.binary(.add, .tensor(noise), .tensor(meanTensor.tensor.detach())))
            }
            guard let sizeValue = a[2] else {
                throw PyError("TypeError", "normal() missing required argument 'size'")
            }
            let t = Tensor.zeros(try shape(sizeValue, interp), dtype: try dtype(a[4]) ?? .float32)
            try t.normal(mean: try interp.toDouble(a[0]!), std: try a[1].map { try interp.toDouble($0) } ?? 1, generator: g)
            if let rg = a[5], try interp.truthy(rg) { try t.setRequiresGrad(true) }
            return wrap(t)
        }
        fn("multinomial") { interp, args in try writingOut("multinomial", args, interp) { args in
            var rest = args
            guard let input = rest.removeInput() else {
                throw PyError("TypeError", "multinomial() missing required argument 'input' (pos 1)")
            }
            return try multinomial(try tensor(input, "input"), rest, interp)
        } }
        fn("bernoulli") { interp, args in
            let a = try args.bind("bernoulli", ["input", "p", "generator"], required: 1)
            let g = try generator(a[2], "bernoulli", interp)
            let input = try tensor(a[0]!)
            if let p = a[1], !p.isNone {
                let t = input.detach()
                try t.bernoulli(p: try interp.toDouble(p), generator: g)
                return wrap(t)
            }
            return wrap(try input.bernoulliSample(generator: g))
        }
    }

    /// `t.normal_(…)`, `t.uniform_(…)`, `t.bernoulli_(…)`, `t.random_(…)`.
    static func callRandomTensorMethod(_ t: TensorObject, _ name: String, _ args: Arguments, _ interp: Interpreter) throws -> Value {
        switch name {
        case "normal_":
            let a = try args.bind(name, ["mean", "std", "generator"])
            let g = try generator(a[2], name, interp)
            try t.mutate { try $0.normal(mean: try a[0].map { try interp.toDouble($0) } ?? 0,
                                         std: try a[1].map { try interp.toDouble($0) } ?? 1, generator: g) }
        case "uniform_":
            let a = try args.bind(name, ["from", "to", "generator"])
            let g = try generator(a[2], name, interp)
            try t.mutate { try $0.uniform(from: try a[0].map { try interp.toDouble($0) } ?? 0,
                                          to: try a[1].map { try interp.toDouble($0) } ?? 1, generator: g) }
        case "multinomial":
            return try multinomial(t.tensor, args, interp)
        case "exponential_":
            let a = try args.bind(name, ["lambd", "generator"])
            let g = try generator(a[1], name, interp)
            try t.mutate { try $0.exponential(lambda: try a[0].map { try interp.toDouble($0) } ?? 1, generator: g) }
        case "bernoulli_":
            let a = try args.bind(name, ["p", "generator"])
            let g = try generator(a[1], name, interp)
            try t.mutate { try $0.bernoulli(p: try a[0].map { try interp.toDouble($0) } ?? 0.5, generator: g) }
        default: // random_
            let a = try args.bind(name, ["from", "to", "generator"])
            let g = try generator(a[2], name, interp)
            let shape = t.tensor.shape
            let dtype = t.tensor.dtype
            let values: Tensor
            if let to = a[1], !to.isNone {
                values = try Tensor.randint(low: try interp.toInt(a[0] ?? .int(0), name), high: try interp.toInt(to, name), shape, dtype: dtype, generator: g)
            } else if let from = a[0], !from.isNone {
                values = try Tensor.randint(low: 0, high: try interp.toInt(from, name), shape, dtype: dtype, generator: g)
            } else {
                // Unbounded random_: a draw modulo 2^24+1 (float32), 2^53+1 (float64), 2^63 (int64) or 2^31 (int32).
                let count = shape.reduce(1, *)
                let drawn: [Double] = (0..<count).map { _ in
                    switch dtype {
                    case .float32: return Double(UInt64(g.random()) % (1 << 24 + 1))
                    case .float64: return Double(g.random64() % (1 << 53 + 1))
                    case .float16: return Double(UInt64(g.random()) % (1 << 11 + 1))
                    case .bool: return Double(g.random() & 1)
                    case .int64: return Double(g.nonNegativeInt64())
                    case .int32: return Double(UInt64(g.random()) % (1 << 31))
                    }
                }
                values = try Tensor(drawn, shape: shape, dtype: dtype)
            }
            try t.mutate { try $0.copy(from: values) }
        }
        return .object(t)
    }
}
