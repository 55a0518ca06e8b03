import Foundation
import Engine

/// The `torch` module of the script language, on the Engine: creation functions, math,
/// tensor methods and attributes, `nn` losses, `optim` optimizers and schedulers.
enum TorchLibrary {
    static let lossClasses: [String: PyClass] = [
        "MSELoss": PyClass("MSELoss", module: "torch.nn.modules.loss"),
        "L1Loss": PyClass("L1Loss", module: "torch.nn.modules.loss"),
    ]

    /// Creates the torch modules in the interpreter's module table: copies of the ones built
    /// once per process (see `ModulePrototype`).
    static func install(_ interp: Interpreter) {
        if interp.modules["torch"] != nil { return }
        TensorFormat.options = TensorFormat.Options()
        prototype.install(into: &interp.modules)
    }

    /// The torch modules as `build` makes them, made on first import.
    static let prototype = ModulePrototype(build)

    /// Makes the torch modules in the interpreter's module table.
    private static func build(_ interp: Interpreter) {
        let torch = PyModule("torch", file: Interpreter.torchFile)
        let nn = PyModule("torch.nn", file: interp.moduleFile("torch.nn"))
        let functional = PyModule("torch.nn.functional", file: "/opt/torchenv/lib/python3.11/site-packages/torch/nn/functional.py")
        let optim = PyModule("torch.optim", file: interp.moduleFile("torch.optim"))
        let lrScheduler = PyModule("torch.optim.lr_scheduler", file: "/opt/torchenv/lib/python3.11/site-packages/torch/optim/lr_scheduler.py")
        let autograd = PyModule("torch.autograd", file: interp.moduleFile("torch.autograd"))
        torch.hasModuleGetattr = true
        optim.hasModuleGetattr = true
        torch.attributes["nn"] = .object(nn)
        torch.attributes["optim"] = .object(optim)
        torch.attributes["autograd"] = .object(autograd)
        autograd.attributes["grad"] = .builtin(PyBuiltin("grad") { interp, args in
            let a = try args.bind("grad", ["outputs", "inputs", "grad_outputs", "retain_graph", "create_graph", "only_inputs", "allow_unused"], required: 2)
            func list(_ v: Value) throws -> [Tensor] {
                if case .object(let t as TensorObject) = v { return [t.tensor] }
                return try tensors(v, interp, "grad")
            }
            try refuseCreateGraph(a[4], interp)
            let outputs = try list(a[0]!), inputs = try list(a[1]!)
            var gradOutputs: [Tensor?]?
            if let g = a[2], !g.isNone {
                if case .object(let t as TensorObject) = g { gradOutputs = [t.tensor] } else {
                    gradOutputs = try interp.collect(g).map { v in v.isNone ? nil : try tensor(v, "grad_outputs") }
                }
            }
            let grads = try Tensor.gradients(of: outputs, with: inputs, gradOutputs: gradOutputs, retainGraph: try bool(a[3], interp))
            let allowUnused = try bool(a[6], interp)
            return .tuple(PyTuple.of(try grads.enumerated().map { i, g in
                guard let g else {
                    if allowUnused { return .none }
                    throw PyError("RuntimeError", "One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.")
                }
                _ = i
                return wrap(g)
            }))
        })
        autograd.attributes["no_grad"] = .type(GradModeObject.noGradClass)
        autograd.attributes["enable_grad"] = .type(GradModeObject.enableGradClass)
        nn.attributes["functional"] = .object(functional)
        optim.attributes["lr_scheduler"] = .object(lrScheduler)
        installTorchFunctions(torch)
        installTypeInfo(torch)
        installLinalg(torch)
        installRandom(torch)
        installSerialization(torch)
        _ = constructors
        for (name, cls) in lossClasses { nn.attributes[name] = .type(cls) }
        for (pyName, lossName) in [("mse_loss", "MSELoss"), ("l1_loss", "L1Loss")] {
            functional.attributes[pyName] = .builtin(PyBuiltin(pyName) { interp, args in
                let a = try args.bind(pyName, ["input", "target", "size_average", "reduce", "reduction"], required: 2)
                var reduction = "mean"
                if let r = a[4], case .str(let s) = r { reduction = s }
                return try loss(lossName, a[0]!, a[1]!, reduction: reduction, interp)
            })
        }
        NNLibrary.install(nn: nn, functional: functional, torch: torch, interp: interp)
        DataLibrary.install(torch: torch, interp: interp)
        OptimLibrary.install(optim: optim, lrScheduler: lrScheduler)
        interp.modules["torch"] = .object(torch)
        interp.modules["torch.nn"] = .object(nn)
        interp.modules["torch.nn.functional"] = .object(functional)
        interp.modules["torch.optim"] = .object(optim)
        interp.modules["torch.optim.lr_scheduler"] = .object(lrScheduler)
        interp.modules["torch.autograd"] = .object(autograd)
    }

    /// Sets the library classes' constructors once per process.
    static let constructors: Void = {
        for (name, cls) in lossClasses {
            cls.construct = { interp, args in
                let a = try args.bind(name, ["size_average", "reduce", "reduction"])
                var reduction = "mean"
                if let r = a[2] {
                    guard case .str(let s) = r else { throw PyError("TypeError", "reduction must be a string") }
                    guard ["mean", "sum", "none"].contains(s) else { throw PyError("ValueError", "\(s) is not a valid value for reduction") }
                    reduction = s
                }
                return .object(LossModule(name: name, reduction: reduction))
            }
        }
    }()

    // MARK: Conversions

    static func tensor(_ v: Value, _ what: String = "input") throws -> Tensor {
        if case .object(let t as TensorObject) = v { return t.tensor }
        throw PyError("TypeError", "\(what) must be Tensor, not \(v.typeName)")
    }

    static func wrap(_ t: Tensor) -> Value { .object(TensorObject(t)) }

    static func operand(_ v: Value) -> TensorOperand? {
        switch v {
        case .int(let i): return .scalar(.int(i))
        case .float(let d): return .scalar(.double(d))
        case .bool(let b): return .scalar(.bool(b))
        case .object(let t as TensorObject): return .tensor(t.tensor)
        default: return nil
        }
    }

    static func dtype(_ v: Value?) throws -> DType? {
        guard let v, !v.isNone else { return nil }
        guard case .object(let d as DTypeObject) = v else {
            throw PyError("TypeError", "dtype must be torch.dtype, not \(v.typeName)")
        }
        return d.dtype
    }

    // MARK: Operators

    static func engineOp(_ op: BinaryOp) -> BinaryOperator? {
        switch op {
        case .add: return .add
        case .sub: return .sub
        case .mul: return .mul
        case .div: return .div
        case .pow: return .pow
        default: return nil
        }
    }

    static func binary(_ op: BinaryOp, _ a: Value, _ b: Value, _ interp: Interpreter) throws -> Value {
        try checked(try tensorBinary(op, a, b, interp))
    }

    private static func tensorBinary(_ op: BinaryOp, _ a: Value, _ b: Value, _ interp: Interpreter) throws -> Value {
        if op == .floorDiv || op == .mod, let ea = operand(a), let eb = operand(b) {
            return wrap(try Tensor.floorDivide(ea, eb, remainder: op == .mod))
        }
        if op == .matMul {
            guard case .object(let x as TensorObject) = a, case .object(let y as TensorObject) = b else {
                throw PyError("TypeError", "unsupported operand type(s) for @: '\(a.typeName)' and '\(b.typeName)'")
            }
            return wrap(try x.tensor.matmul(y.tensor))
        }
        let bitwiseName: String?
        switch op {
        case .bitAnd: bitwiseName = "and"
        case .bitOr: bitwiseName = "or"
        case .bitXor: bitwiseName = "xor"
        case .lshift: bitwiseName = "lshift"
        case .rshift: bitwiseName = "rshift"
        default: bitwiseName = nil
        }
        if let name = bitwiseName, let ea = operand(a), let eb = operand(b) {
            return wrap(try Tensor.bitwise(name, ea, eb))
        }
        guard let ea = operand(a), let eb = operand(b), let eop = engineOp(op) else {
            let name = { (v: Value) -> String in v.typeName }
            throw PyError("TypeError", "unsupported operand type(s) for \(op == .pow ? "** or pow()" : op.rawValue): '\(name(a))' and '\(name(b))'")
        }
        return wrap(try Tensor.binary(eop, ea, eb))
    }

    static func compare(_ op: CompareOp, _ a: Value, _ b: Value, _ interp: Interpreter) throws -> Value {
        let engineCompare: BinaryOperator?
        switch op {
        case .eq: engineCompare = .eq
        case .ne: engineCompare = .ne
        case .lt: engineCompare = .lt
        case .le: engineCompare = .le
        case .gt: engineCompare = .gt
        case .ge: engineCompare = .ge
        default: engineCompare = nil
        }
        guard let ea = operand(a), let eb = operand(b), let eop = engineCompare else {
            if op == .eq { return .bool(false) }
            if op == .ne { return .bool(true) }
            throw PyError("TypeError", "'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
        return try checked(wrap(try Tensor.binary(eop, ea, eb)))
    }

    static func logicalNot(_ v: Value, _ interp: Interpreter) throws -> Value {
        let t = try tensor(v)
        return wrap(try Tensor.binary(.eq, .tensor(t), .scalar(.bool(false))))
    }

    static func unary(_ op: UnaryOp, _ t: TensorObject, _ interp: Interpreter) throws -> Value {
        switch op {
        case .neg: return try checked(wrap(t.tensor.neg()))
        case .pos: return .object(t)
        case .not: return .bool(!(try t.truth()))
        case .invert: return wrap(try t.tensor.bitwiseNot())
        }
    }

    static func inPlace(_ op: BinaryOp, _ t: TensorObject, _ b: Value, _ interp: Interpreter) throws -> Value {
        if engineOp(op) == nil, op != .matMul, operand(b) != nil {
            // `//=`, `%=`, `&=`, `|=`, `^=`, `<<=`, `>>=`: torch's `floor_divide_`, `remainder_`,
            // `bitwise_and_`… write the operator's result back into the tensor.
            try t.mutate { x in try x.adopt { current in try tensor(try binary(op, wrap(current), b, interp)) } }
            return try checked(.object(t))
        }
        guard let eb = operand(b), let eop = engineOp(op) else {
            throw PyError("TypeError", "unsupported operand type(s) for \(op.rawValue)=: 'Tensor' and '\(b.typeName)'")
        }
        try t.mutate { try $0.applyInPlace(eop, eb) }
        return try checked(.object(t))
    }

    /// The sub-tensors along the first dimension, as iterating a tensor gives them: views
    /// from `unbind(0)`, so writes through them reach the tensor.
    static func rows(_ t: TensorObject, _ interp: Interpreter) throws -> [Value] {
        let tensor = t.tensor
        guard !tensor.shape.isEmpty else { throw PyError("TypeError", "iteration over a 0-d tensor") }
        return try viewingParts(tensor) { try $0.unbind(dim: 0) }.map(wrap)
    }

    /// `format(t, spec)`: a 0-d tensor formats its item; anything else only with an empty spec.
    static func formatTensor(_ t: TensorObject, spec: String, _ interp: Interpreter) throws -> String {
        guard t.tensor.rank == 0 else {
            throw PyError("TypeError", "unsupported format string passed to Tensor.__format__")
        }
        let v = try t.tensor.item()
        switch t.tensor.dtype {
        case .int64, .int32: return try PyFormat.format(Int(exactly: v) ?? Int.max, spec: spec)
        case .bool: return try interp.format(.bool(v != 0), spec: spec)
        default: return try PyFormat.format(v, spec: spec)
        }
    }

    // MARK: Losses

    static func loss(_ name: String, _ input: Value, _ target: Value, reduction: String, _ interp: Interpreter) throws -> Value {
        let a = try tensor(input, "input")
        let b = try tensor(target, "target")
        if name == "MSELoss" { return wrap(try Tensor.mseLoss(a, b, reduction: reduction)) }
        return wrap(try Tensor.l1Loss(a, b, reduction: reduction))
    }
}
