extension Tensor {
    /// Evaluates `lhs op rhs` as Python would with torch tensors, recording autograd.
    ///
    /// Mirrors PyTorch's dispatch: `1 - x` is `rsub` (`RsubBackward1`), `2 / x` is
    /// `reciprocal(x) * 2`, `x ** 2` is `pow(x, 2)` computed as `x * x`, `2 ** x` is
    /// `PowBackward2`, comparisons give bool tensors. At least one side must be a tensor.
    /// - Throws: `RuntimeError` for shapes that do not broadcast; `TypeError` for two numbers.
    public static func binary(_ op: BinaryOperator, _ lhs: TensorOperand, _ rhs: TensorOperand) throws -> Tensor {
        switch (lhs, rhs) {
        case (.tensor(let a), .tensor(let b)):
            return try tensorTensor(op, a, b)
        case (.tensor(let a), .scalar(let s)):
            return try tensorScalar(op, a, s)
        case (.scalar(let s), .tensor(let b)):
            return try scalarTensor(op, s, b)
        case (.scalar, .scalar):
            throw EngineError.type("unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
        }
    }

    static var recording: Bool { GradMode.enabled }

    static func tensorTensor(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let out = try kernel(op.kernelOp, .tensor(a), .tensor(b))
        guard recording, a.requiresGrad || b.requiresGrad, out.dtype.isFloatingPoint else { return out }
        switch op {
        case .add:
            out.gradFn = FunctionNode("AddBackward0", a, b, savesTensors: false) { g in [g, g] }
        case .sub:
            out.gradFn = FunctionNode("SubBackward0", a, b, savesTensors: false) { g in
                [g, b.requiresGrad ? g.negated() : nil]
            }
        case .mul:
            let sa = SavedTensor(a), sb = SavedTensor(b)
            let needA = a.requiresGrad, needB = b.requiresGrad
            out.gradFn = FunctionNode("MulBackward0", a, b) { g in
                [needA ? try kernel(.mul, .tensor(g), .tensor(sb.unpack())) : nil,
                 needB ? try kernel(.mul, .tensor(g), .tensor(sa.unpack())) : nil]
            }
        case .div:
            let savedA = SavedTensor(a), savedB = SavedTensor(b)
            let needB = b.requiresGrad
            out.gradFn = FunctionNode("DivBackward0", a, b) { g in
                let sa = try savedA.unpack(), sb = try savedB.unpack()
                let ga = try kernel(.div, .tensor(g), .tensor(sb))
                guard needB else { return [ga, nil] }
                // -grad * ((self / other) / other)
                let q = try kernel(.div, .tensor(try kernel(.div, .tensor(sa), .tensor(sb))), .tensor(sb))
                return [ga, try kernel(.mul, .tensor(g.negated()), .tensor(q))]
            }
        case .pow:
            let savedA = SavedTensor(a), savedB = SavedTensor(b), result = out.detach()
            out.gradFn = FunctionNode("PowBackward1", a, b) { g in
                let sa = try savedA.unpack(), sb = try savedB.unpack()
                // self: where(exponent == 0, 0, grad * (exponent * pow(self, exponent - 1)))
                let em1 = try kernel(.sub, .tensor(sb), .scalar(.int(1)))
                let p = try kernel(.pow, .tensor(sa), .tensor(em1))
                let ga0 = try kernel(.mul, .tensor(g), .tensor(try kernel(.mul, .tensor(sb), .tensor(p))))
                let ga = try whereZero(try kernel(.eq, .tensor(sb), .scalar(.double(0))), ga0)
                // exponent: grad * where(self == 0 & exponent >= 0, 0, result * log(self))
                let rl = try kernel(.mul, .tensor(result), .tensor(sa.elementary(.log)))
                let cond = try kernel(.mul, .tensor(try kernel(.eq, .tensor(sa), .scalar(.double(0)))),
                                      .tensor(try kernel(.ge, .tensor(sb), .scalar(.double(0)))))
                let gb = try kernel(.mul, .tensor(g), .tensor(try whereZero(cond, rl)))
                return [ga, gb]
            }
        case .eq, .ne, .lt, .le, .gt, .ge:
            break
        }
        return out
    }

    /// Zeros where `condition` is true, `value` elsewhere (broadcast).
    static func whereZero(_ condition: Tensor, _ value: Tensor) throws -> Tensor {
        let shape = try broadcastShape(condition.shape, value.shape)
        let c = condition.expand(to: shape).doubles, v = value.expand(to: shape)
        if v.dtype == .float32 {
            return Tensor(dtype: .float32, shape: shape, floats: zip(c, v.floats).map { $0 != 0 ? 0 : $1 })
        }
        return Tensor(dtype: v.dtype, shape: shape, doubles: zip(c, v.doubles).map { $0 != 0 ? 0 : $1 })
    }

    static func tensorScalar(_ op: BinaryOperator, _ a: Tensor, _ s: Scalar) throws -> Tensor {
        if op == .pow { return try a.pow(s) }
        let out = try kernel(op.kernelOp, .tensor(a), .scalar(s))
        guard recording, a.requiresGrad, out.dtype.isFloatingPoint else { return out }
        switch op {
        case .add:
            out.gradFn = FunctionNode("AddBackward0", a, savesTensors: false) { g in [g] }
        case .sub:
            out.gradFn = FunctionNode("SubBackward0", a, savesTensors: false) { g in [g] }
        case .mul:
            out.gradFn = FunctionNode("MulBackward0", a) { g in [try kernel(.mul, .tensor(g), .scalar(s))] }
        case .div:
            out.gradFn = FunctionNode("DivBackward0", a) { g in [try kernel(.div, .tensor(g), .scalar(s))] }
        default:
            break
        }
        return out
    }

    static func scalarTensor(_ op: BinaryOperator, _ s: Scalar, _ b: Tensor) throws -> Tensor {
        switch op {
        case .add, .mul:
            // Python's __radd__/__rmul__ call add/mul with the tensor first.
            return try tensorScalar(op, b, s)
        case .sub:
            let out = try kernel(.sub, .scalar(s), .tensor(b))
            if recording && b.requiresGrad && out.dtype.isFloatingPoint {
                out.gradFn = FunctionNode("RsubBackward1", b, savesTensors: false) { g in [g.negated()] }
            }
            return out
        case .div:
            // Tensor.__rdiv__: self.reciprocal() * other
            return try tensorScalar(.mul, b.reciprocal(), s)
        case .pow:
            let base = s.doubleValue
            if base == 1 {
                return Tensor.full(b.shape, 1, dtype: resultType([.scalar(s), .tensor(b)]))
            }
            let out = try kernel(.pow, .scalar(s), .tensor(b))
            if recording && b.requiresGrad && out.dtype.isFloatingPoint {
                let result = out.detach(), savedB = SavedTensor(b)
                out.gradFn = FunctionNode("PowBackward2", b) { g in
                    let sb = try savedB.unpack()
                    // grad * where(base == 0 & exponent >= 0, 0, result * log(base))
                    let rl = try kernel(.mul, .tensor(result), .scalar(.double(cLog(base))))
                    let masked = base == 0 ? try whereZero(try kernel(.ge, .tensor(sb), .scalar(.double(0))), rl) : rl
                    return [try kernel(.mul, .tensor(g), .tensor(masked))]
                }
            }
            return out
        case .eq, .ne, .lt, .le, .gt, .ge:
            // Python reflects comparisons: 1 < x is x > 1.
            let reflected: BinaryOperator = [.lt: .gt, .le: .ge, .gt: .lt, .ge: .le][op] ?? op
            return try kernel(reflected.kernelOp, .tensor(b), .scalar(s))
        }
    }

    /// `self ** exponent` for a Python-number exponent (`PowBackward0`).
    ///
    /// PyTorch computes exponent 2 as `x * x`, 3 as `x * x * x`, 0.5 as `sqrt`, -0.5 as
    /// `rsqrt`, -1 as `1 / x`, -2 as `1 / (x * x)`, and otherwise float32 `pow` through double.
    /// The gradient is `grad * (exponent * self.pow(exponent - 1))`.
    public func pow(_ exponent: Scalar) throws -> Tensor {
        let out = powKernel(exponent)
        guard Tensor.recording, requiresGrad, out.dtype.isFloatingPoint else { return out }
        let savedSelf = SavedTensor(self)
        out.gradFn = FunctionNode("PowBackward0", self) { g in
            let saved = try savedSelf.unpack()
            let e = exponent.doubleValue
            if e == 0 { return [Tensor.full(saved.shape, 0, dtype: saved.dtype)] }
            let p = saved.powKernel(.double(e - 1))
            let scaled = try Tensor.kernel(.mul, .scalar(.double(e)), .tensor(p))
            return [try Tensor.kernel(.mul, .tensor(g), .tensor(scaled))]
        }
        return out
    }

    /// `self ** exponent` for a tensor exponent (`PowBackward1`).
    public func pow(_ exponent: Tensor) throws -> Tensor { try Tensor.tensorTensor(.pow, self, exponent) }

    /// Forward of `pow(Tensor, Scalar)` without autograd, with PyTorch's special cases.
    func powKernel(_ exponent: Scalar) -> Tensor {
        let e = exponent.doubleValue
        if !dtype.isFloatingPoint && !exponent.isFloatingPoint {
            if e == 0 { return Tensor.full(shape, 1, dtype: dtype) }
            if dtype == .int32 {
                let exponent = Int32(truncatingIfNeeded: Int(e))
                return Tensor(dtype: .int32, shape: shape, doubles: doubles.map { Double(Tensor.int32Pow(Int32($0), exponent)) })
            }
            return mapValues({ $0 }, { Tensor.integerPow($0, e) })
        }
        let x = floatingPoint
        if e == 0 { return Tensor.full(shape, 1, dtype: x.dtype) }
        if e == 1 { return x.detach() }
        switch e {
        case 0.5: return x.elementary(.sqrt)
        case -0.5: return x.mapValues({ 1 / $0.squareRoot() }, { 1 / $0.squareRoot() })
        case -1: return x.mapValues({ 1 / $0 }, { 1 / $0 })
        case 2: return x.mapValues({ $0 * $0 }, { $0 * $0 })
        case 3: return x.mapValues({ $0 * $0 * $0 }, { $0 * $0 * $0 })
        case -2: return x.mapValues({ 1 / ($0 * $0) }, { 1 / ($0 * $0) })
        default:
            if x.dtype == .float32 { return x.floatPow(exponent: e) }
            return x.mapValues({ Float(cPow(Double($0), e)) }, { cPow($0, e) })
        }
    }

    // MARK: Swift operators

    public static func + (lhs: Tensor, rhs: Tensor) throws -> Tensor { try binary(.add, .tensor(lhs), .tensor(rhs)) }
    public static func - (lhs: Tensor, rhs: Tensor) throws -> Tensor { try binary(.sub, .tensor(lhs), .tensor(rhs)) }
    public static func * (lhs: Tensor, rhs: Tensor) throws -> Tensor { try binary(.mul, .tensor(lhs), .tensor(rhs)) }
    public static func / (lhs: Tensor, rhs: Tensor) throws -> Tensor { try binary(.div, .tensor(lhs), .tensor(rhs)) }
    public static func + (lhs: Tensor, rhs: Scalar) throws -> Tensor { try binary(.add, .tensor(lhs), .scalar(rhs)) }
    public static func - (lhs: Tensor, rhs: Scalar) throws -> Tensor { try binary(.sub, .tensor(lhs), .scalar(rhs)) }
    public static func * (lhs: Tensor, rhs: Scalar) throws -> Tensor { try binary(.mul, .tensor(lhs), .scalar(rhs)) }
    public static func / (lhs: Tensor, rhs: Scalar) throws -> Tensor { try binary(.div, .tensor(lhs), .scalar(rhs)) }
    public static func + (lhs: Scalar, rhs: Tensor) throws -> Tensor { try binary(.add, .scalar(lhs), .tensor(rhs)) }
    public static func - (lhs: Scalar, rhs: Tensor) throws -> Tensor { try binary(.sub, .scalar(lhs), .tensor(rhs)) }
    public static func * (lhs: Scalar, rhs: Tensor) throws -> Tensor { try binary(.mul, .scalar(lhs), .tensor(rhs)) }
    public static func / (lhs: Scalar, rhs: Tensor) throws -> Tensor { try binary(.div, .scalar(lhs), .tensor(rhs)) }
    public static prefix func - (operand: Tensor) -> Tensor { operand.neg() }
}

