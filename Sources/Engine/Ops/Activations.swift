import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@inline(__always) func cLog1p(_ x: Double) -> Double { log1p(x) }

/// Elementwise functions beyond arithmetic: `relu`, `sigmoid`, `tanh`, `clamp`, `where`,
/// `log1p`, rounding, logical operations, with PyTorch's autograd nodes.
extension Tensor {
    /// `torch.relu` (`ReluBackward0`; gradient where the result is positive).
    public func relu() -> Tensor {
        // `!(x <= 0) ? x : 0` keeps NaN and is a select, not a branch: the signs of a
        // layer's pre-activations are random, so a branch would mispredict half the time.
        let out = mapValues({ !($0 <= 0) ? $0 : 0 }, { !($0 <= 0) ? $0 : 0 })
        let saved = SavedOutput(out, producer: "Relu")
        // The result's values (shared, not copied), without a second tensor object.
        let (dtype, shape, floats, doubles) = (out.dtype, out.shape, out.floats, out.doubles)
        return unary("ReluBackward0", out) { g in
            try saved.check()
            if g.dtype == .float32 && dtype == .float32 && g.shape == shape {
                // where(result <= 0, 0, g) in one pass.
                let r = floats
                return Tensor(dtype: .float32, shape: g.shape, floats: [Float](unsafeUninitializedCapacity: r.count) { out, count in
                    r.withUnsafeBufferPointer { pr in
                        g.floats.withUnsafeBufferPointer { pg in
                            let o = out.baseAddress!, x = pr.baseAddress!, y = pg.baseAddress!
                            for i in 0..<pr.count { o[i] = x[i] <= 0 ? 0 : y[i] }
                        }
                    }
                    count = r.count
                })
            }
            let result = Tensor(dtype: dtype, shape: shape, floats: floats, doubles: doubles)
            return try Tensor.whereZero(try Tensor.kernel(.le, .tensor(result), .scalar(.int(0))), g)
        }
    }

    /// `torch.sigmoid`: `1 / (1 + exp(-x))`, float32 in ATen's vectorized order with SLEEF's
    /// exp (`VectorKernels.sigmoid`; not MKL's) (`SigmoidBackward0`; gradient `grad * (1 - y) * y`).
    public func sigmoid() -> Tensor {
        let x = floatingPoint
        let out = x.dtype == .float32
            ? Tensor(dtype: .float32, shape: x.shape, floats: VectorKernels.sigmoid(x))
            : x.mapValues({ 1 / (1 + Foundation.exp(-$0)) }, { 1 / (1 + Foundation.exp(-$0)) })
        let result = out.detach(), saved = SavedOutput(out, producer: "Sigmoid")
        return unary("SigmoidBackward0", out) { g in
            try saved.check()
            if let half = Tensor.halfBackward(g, result, { a, b in a * (1 - b) * b }) { return half }
            let oneMinus = try Tensor.kernel(.sub, .scalar(.int(1)), .tensor(result))
            return try Tensor.kernel(.mul, .tensor(try Tensor.kernel(.mul, .tensor(g), .tensor(oneMinus))), .tensor(result))
        }
    }

    /// A fused backward kernel on float16 tensors (`tanh_backward`, `sigmoid_backward`):
    /// ATen computes `f(grad, output)` in float32 and rounds once to half. Nil unless both are
    /// half tensors of one shape.
    static func halfBackward(_ grad: Tensor, _ output: Tensor, _ f: (Float, Float) -> Float) -> Tensor? {
        guard grad.dtype == .float16, output.dtype == .float16, grad.shape == output.shape else { return nil }
        let a = grad.doubles, b = output.doubles
        return Tensor(dtype: .float16, shape: output.shape, doubles: (0..<a.count).map { Double(f(Float(a[$0]), Float(b[$0]))) })
    }

    /// `torch.tanh` through the math backend (`TanhBackward0`; gradient `grad * (1 - y²)`, the
    /// bracket fused as ATen computes it).
    public func tanh() -> Tensor {
        let out = elementary(.tanh)
        let result = out.detach(), saved = SavedOutput(out, producer: "Tanh")
        return unary("TanhBackward0", out) { g in
            try saved.check()
            if let half = Tensor.halfBackward(g, result, { a, b in a * (1 as Float).addingProduct(-b, b) }) { return half }
            // ATen's tanh_backward computes `1 - y*y` as one fused multiply-add.
            if g.shape == result.shape, g.dtype == result.dtype, g.dtype == .float32 {
                let a = g.floats, b = result.floats
                return Tensor(dtype: .float32, shape: g.shape, floats: (0..<a.count).map { a[$0] * (1 as Float).addingProduct(-b[$0], b[$0]) })
            }
            if g.shape == result.shape, g.dtype == result.dtype, g.dtype == .float64 {
                let a = g.doubles, b = result.doubles
                return Tensor(dtype: .float64, shape: g.shape, doubles: (0..<a.count).map { a[$0] * (1 as Double).addingProduct(-b[$0], b[$0]) })
            }
            let y2 = try Tensor.kernel(.mul, .tensor(result), .tensor(result))
            let oneMinus = try Tensor.kernel(.sub, .scalar(.int(1)), .tensor(y2))
            return try Tensor.kernel(.mul, .tensor(g), .tensor(oneMinus))
        }
    }

    /// `torch.log1p`: float32 through SLEEF's `log1pf` as ATen's vectorized kernel (`SleefFloat.log1p`),
    /// float64 through libm (`Log1PBackward0`; gradient `grad / (1 + x)`).
    public func log1p() -> Tensor {
        let out = floatingPoint.mapValues({ SleefFloat.log1p($0) }, { SleefDouble.log1p($0) })
        let saved = SavedTensor(self)
        return unary("Log1PBackward0", out) { g in
            try Tensor.kernel(.div, .tensor(g), .tensor(try Tensor.kernel(.add, .tensor(try saved.unpack()), .scalar(.int(1)))))
        }
    }

    /// `floor`, `ceil`, `round` (half to even), `trunc`, `frac` (zero gradient, as PyTorch).
    public func rounded(_ mode: String) -> Tensor {
        if !dtype.isFloatingPoint && mode != "frac" { return detachedView() }
        let rule: FloatingPointRoundingRule
        switch mode {
        case "floor": rule = .down
        case "ceil": rule = .up
        case "round": rule = .toNearestOrEven
        default: rule = .towardZero
        }
        let out = mode == "frac"
            ? mapValues({ $0 - $0.rounded(.towardZero) }, { $0 - $0.rounded(.towardZero) })
            : mapValues({ $0.rounded(rule) }, { $0.rounded(rule) })
        let name = mode == "floor" ? "FloorBackward0" : mode == "ceil" ? "CeilBackward0" : mode == "round" ? "RoundBackward0"
            : mode == "frac" ? "FracBackward0" : "TruncBackward0"
        let inputShape = shape, inputType = dtype
        return unary(name, out, saves: false) { g in
            mode == "frac" ? g : Tensor.full(inputShape, 0, dtype: inputType)
        }
    }

    /// `round(decimals=n)`: `nearbyint(x * 10ⁿ) / 10ⁿ` in the tensor's precision.
    public func rounded(decimals: Int) -> Tensor {
        if decimals == 0 { return rounded("round") }
        let ten = cPow(10.0, Double(Swift.abs(decimals)))
        let tf = Float(ten)
        let out: Tensor
        if decimals > 0 {
            out = mapValues({ ($0 * tf).rounded(.toNearestOrEven) / tf }, { ($0 * ten).rounded(.toNearestOrEven) / ten })
        } else {
            out = mapValues({ ($0 / tf).rounded(.toNearestOrEven) * tf }, { ($0 / ten).rounded(.toNearestOrEven) * ten })
        }
        let inputShape = shape, inputType = dtype
        return unary("RoundBackward1", out, saves: false) { _ in Tensor.full(inputShape, 0, dtype: inputType) }
    }

    /// `clamp(min, max)` with numbers (`ClampBackward1`; gradient where `min < x < max`).
    /// - Throws: PyTorch's error when both bounds are missing.
    public func clamp(min lo: Scalar?, max hi: Scalar?) throws -> Tensor {
        guard lo != nil || hi != nil else {
            throw EngineError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        var outType = dtype
        for s in [lo, hi].compactMap({ $0 }) where !dtype.isFloatingPoint && s.isFloatingPoint { outType = .float32 }
        let x = converted(to: outType)
        let lf = lo.map { Float($0.doubleValue) }, hf = hi.map { Float($0.doubleValue) }
        let ld = lo.map { Tensor.cast($0.doubleValue, to: outType) }, hd = hi.map { Tensor.cast($0.doubleValue, to: outType) }
        let out = x.mapValues({ v in
            if v.isNaN { return v }
            var r = v
            if let lf { r = Swift.max(r, lf) }
            if let hf { r = Swift.min(r, hf) }
            return r
        }, { v in
            if v.isNaN { return v }
            var r = v
            if let ld { r = Swift.max(r, ld) }
            if let hd { r = Swift.min(r, hd) }
            return r
        })
        let saved = SavedTensor(self)
        return unary("ClampBackward1", out) { g in
            let input = try saved.unpack().values
            let gv = g.values
            var res = [Double](repeating: 0, count: gv.count)
            for i in 0..<gv.count {
                let v = input[i]
                var pass = true
                // PyTorch passes the gradient strictly inside the bounds.
                if let ld, !(v > ld) { pass = false }
                if let hd, !(v < hd) { pass = false }
                res[i] = pass ? gv[i] : 0
            }
            return g.withValues(res, shape: g.shape)
        }
    }

    /// `torch.where(condition, input, other)` (`WhereBackward0`), broadcasting all three.
    public static func whereSelect(_ condition: Tensor, _ a: TensorOperand, _ b: TensorOperand) throws -> Tensor {
        func shapeOf(_ o: TensorOperand) -> [Int] { if case .tensor(let t) = o { return t.shape } else { return [] } }
        guard condition.dtype == .bool else {
            throw EngineError.runtime("where expected condition to be a boolean tensor, but got a tensor with dtype \(scalarTypeName(condition.dtype))")
        }
        let shape = try broadcastShape(try broadcastShape(condition.shape, shapeOf(a)), shapeOf(b))
        let dtype = resultType([a.operand, b.operand])
        func expanded(_ o: TensorOperand) -> [Double] {
            switch o {
            case .tensor(let t): return t.converted(to: dtype).expand(to: shape).values
            case .scalar(let s): return [Double](repeating: cast(s.doubleValue, to: dtype), count: shape.reduce(1, *))
            }
        }
        let c = condition.expand(to: shape).doubles
        let x = expanded(a), y = expanded(b)
        let values = (0..<c.count).map { c[$0] != 0 ? x[$0] : y[$0] }
        let out = dtype == .float32
            ? Tensor(dtype: .float32, shape: shape, floats: values.map { Float($0) })
            : Tensor(dtype: dtype, shape: shape, doubles: values)
        var inputs: [Tensor] = []
        if case .tensor(let t) = a { inputs.append(t) } else { inputs.append(Tensor.full([], 0, dtype: dtype)) }
        if case .tensor(let t) = b { inputs.append(t) } else { inputs.append(Tensor.full([], 0, dtype: dtype)) }
        guard recording, inputs.contains(where: { $0.requiresGrad }), dtype.isFloatingPoint else { return out }
        let mask = condition.expand(to: shape)
        out.gradFn = MultiInputNode("WhereBackward0", inputs) { g in
            let gv = g.values
            let ga = (0..<gv.count).map { mask.doubles[$0] != 0 ? gv[$0] : 0 }
            let gb = (0..<gv.count).map { mask.doubles[$0] != 0 ? 0 : gv[$0] }
            return [g.withValues(ga, shape: shape), g.withValues(gb, shape: shape)]
        }
        return out
    }

    /// `logical_and` / `logical_or` / `logical_xor` / `logical_not` and `~`/`&`/`|`/`^` on
    /// bool tensors: a bool tensor (no autograd).
    public static func logical(_ op: String, _ a: Tensor, _ b: Tensor?) throws -> Tensor {
        guard let b else { return a.withBoolValues(a.values.map { $0 == 0 }) }
        let shape = try broadcastShape(a.shape, b.shape)
        let x = a.expand(to: shape).values, y = b.expand(to: shape).values
        let f: (Bool, Bool) -> Bool = op == "and" ? { $0 && $1 } : op == "or" ? { $0 || $1 } : { $0 != $1 }
        return Tensor(dtype: .bool, shape: shape, doubles: (0..<x.count).map { f(x[$0] != 0, y[$0] != 0) ? 1 : 0 })
    }

    func withBoolValues(_ v: [Bool]) -> Tensor { Tensor(dtype: .bool, shape: shape, doubles: v.map { $0 ? 1 : 0 }) }

    /// Bitwise `&`, `|`, `^` (`and`, `or`, `xor`) and shifts `<<`, `>>` (`lshift`, `rshift`)
    /// on int64/int32/bool tensors (bool results stay bool; int32 results wrap).
    public static func bitwise(_ op: String, _ a: TensorOperand, _ b: TensorOperand) throws -> Tensor {
        let dtype = resultType([a.operand, b.operand])
        guard !dtype.isFloatingPoint else {
            let kernel = op.hasSuffix("shift") ? "\(op)_cpu" : "bitwise_\(op)_cpu"
            throw EngineError.runtime("\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'")
        }
        let bits = dtype == .int32 ? 32 : 64
        func parts(_ o: TensorOperand) -> ([Double], [Int]) {
            switch o {
            case .tensor(let t): return (t.values, t.shape)
            case .scalar(let s): return ([s.doubleValue], [])
            }
        }
        let (x, sx) = parts(a), (y, sy) = parts(b)
        let shape = try broadcastShape(sx, sy)
        let ex = Tensor(dtype: .float64, shape: sx, doubles: x).expand(to: shape).doubles
        let ey = Tensor(dtype: .float64, shape: sy, doubles: y).expand(to: shape).doubles
        let values = (0..<ex.count).map { i -> Double in
            let p = Int(ex[i]), q = Int(ey[i])
            switch op {
            case "and": return Double(p & q)
            case "or": return Double(p | q)
            // ATen: a shift by a negative amount or by the width or more gives 0 (left) or
            // the sign (right).
            case "lshift": return q < 0 || q >= bits ? 0 : Double(wrappedInt64(Double(p &<< q)))
            case "rshift": return Double(p >> (q < 0 || q >= bits ? bits - 1 : q))
            default: return Double(p ^ q)
            }
        }
        if dtype == .int32 { return Tensor(dtype: dtype, shape: shape, doubles: values.map(wrappedInt32)) }
        return Tensor(dtype: dtype, shape: shape, doubles: dtype == .bool ? values.map { $0 != 0 ? 1 : 0 } : values)
    }

    /// `~t`: logical not of a bool tensor, bitwise not of an int64 or int32 tensor.
    public func bitwiseNot() throws -> Tensor {
        switch dtype {
        case .bool: return withBoolValues(doubles.map { $0 == 0 })
        case .int64, .int32: return Tensor(dtype: dtype, shape: shape, doubles: doubles.map { Double(~Int($0)) })
        default: throw EngineError.type("~ (operator.invert) is only implemented on integer and Boolean-type tensors")
        }
    }

    /// `torch.maximum`/`torch.minimum` of two tensors (NaN propagates; no autograd recorded
    /// beyond PyTorch's `MaximumBackward0` split of ties).
    public static func elementwiseExtremum(_ a: Tensor, _ b: Tensor, max: Bool) throws -> Tensor {
        let out = try kernel(max ? .maximum : .minimum, .tensor(a), .tensor(b))
        guard recording, a.requiresGrad || b.requiresGrad, out.dtype.isFloatingPoint else { return out }
        let sa = SavedTensor(a), sb = SavedTensor(b)
        out.gradFn = FunctionNode(max ? "MaximumBackward0" : "MinimumBackward0", a, b) { g in
            let x = try sa.unpack(), y = try sb.unpack()
            let shape = g.shape
            let xv = x.expand(to: shape).values, yv = y.expand(to: shape).values, gv = g.values
            var ga = [Double](repeating: 0, count: gv.count), gb = ga
            for i in 0..<gv.count {
                if xv[i] == yv[i] { ga[i] = gv[i] / 2; gb[i] = gv[i] / 2 } else if (xv[i] > yv[i]) == max { ga[i] = gv[i] } else { gb[i] = gv[i] }
            }
            return [g.withValues(ga, shape: shape), g.withValues(gb, shape: shape)]
        }
        return out
    }
}

extension Tensor {
    /// Replaces this tensor's values with `op(self)`'s in place (`relu_()`, `clamp_()`…),
    /// recording the operation's node as PyTorch's in-place variants do.
    public func adopt(_ op: (Tensor) throws -> Tensor) throws { try inPlace(op) }

    /// A bool tensor of `predicate` applied to every element (`isnan`, `isinf`…).
    public func withPredicate(_ predicate: (Double) -> Bool) -> Tensor { withBoolValues(values.map(predicate)) }

    /// The shape two shapes broadcast to, or PyTorch's error.
    public static func broadcastShapePublic(_ a: [Int], _ b: [Int]) throws -> [Int] { try broadcastShape(a, b) }
}
