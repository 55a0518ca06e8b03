/// A float32 number whose operations are recorded on a `ScalarTape`: the allocation-free
/// stand-in for a 0-d tensor that requires grad, used by `Descent.run(surface:...)`.
///
/// Forward values round exactly as `Tensor`'s kernels round a 0-d float32 tensor (Python
/// numbers first rounded to float, elementary functions through `MathBackend.current`), and
/// `ScalarTape.gradients` applies the same backward formulas in the same order as the
/// autograd engine, so the gradients are bit for bit those of `loss.backward()`.
public struct TracedScalar: SurfaceValue {
    /// The value, as `item()` of the tensor it stands for.
    public let value: Float
    let index: Int32
    unowned(unsafe) let tape: ScalarTape

    @inline(__always) init(_ value: Float, _ index: Int32, _ tape: ScalarTape) {
        self.value = value
        self.index = index
        self.tape = tape
    }

    public static func + (lhs: Self, rhs: Self) -> Self { lhs.tape.record(.add, lhs.value + rhs.value, lhs, rhs) }
    public static func - (lhs: Self, rhs: Self) -> Self { lhs.tape.record(.sub, lhs.value - rhs.value, lhs, rhs) }
    public static func * (lhs: Self, rhs: Self) -> Self { lhs.tape.record(.mul, lhs.value * rhs.value, lhs, rhs) }
    public static func + (lhs: Self, rhs: Scalar) -> Self { lhs.tape.record(.pass, lhs.value + Float(rhs.doubleValue), lhs) }
    public static func - (lhs: Self, rhs: Scalar) -> Self { lhs.tape.record(.pass, lhs.value - Float(rhs.doubleValue), lhs) }
    public static func * (lhs: Self, rhs: Scalar) -> Self {
        let s = Float(rhs.doubleValue)
        return lhs.tape.record(.scale, lhs.value * s, lhs, saved: s)
    }
    // Python's __radd__/__rmul__ put the tensor first; `s - x` is rsub (`-grad`).
    public static func + (lhs: Scalar, rhs: Self) -> Self { rhs + lhs }
    public static func - (lhs: Scalar, rhs: Self) -> Self { rhs.tape.record(.negate, Float(lhs.doubleValue) - rhs.value, rhs) }
    public static func * (lhs: Scalar, rhs: Self) -> Self { rhs * lhs }

    public func sin() -> Self {
        tape.record(.sin, tape.backend.apply(.sin, value), self)
    }

    public func cos() -> Self {
        tape.record(.cos, tape.backend.apply(.cos, value), self)
    }

    public func exp() -> Self {
        let out = tape.backend.apply(.exp, value)
        return tape.record(.scale, out, self, saved: out)
    }

    public func pow(_ exponent: Scalar) -> Self {
        let e = exponent.doubleValue
        if e == 0 { return tape.record(.zero, 1, self) }
        // PowBackward0: grad * (exponent * self.pow(exponent - 1))
        let factor = Float(e) * Self.powKernel(value, e - 1, tape.backend)
        return tape.record(.scale, Self.powKernel(value, e, tape.backend), self, saved: factor)
    }

    /// `Tensor.powKernel` on one float32 value (PyTorch's special exponents).
    static func powKernel(_ x: Float, _ e: Double, _ backend: MathBackend) -> Float {
        switch e {
        case 0: return 1
        case 1: return x
        case 0.5: return backend.apply(.sqrt, x)
        case -0.5: return 1 / x.squareRoot()
        case -1: return 1 / x
        case 2: return x * x
        case 3: return x * x * x
        case -2: return 1 / (x * x)
        default: return Float(cPow(Double(x), e))
        }
    }
}

/// The record of one loss evaluation on two leaves, replayed backwards for their gradients.
public final class ScalarTape {
    /// How an entry passes its gradient `g` to its inputs.
    enum Rule: UInt8 {
        /// A leaf: gradients accumulate here.
        case leaf
        /// `g` to the input (adding or subtracting a Python number).
        case pass
        /// `-g` to the input (`number - x`).
        case negate
        /// `g * saved` to the input (times a number, `exp`, `pow`).
        case scale
        /// Nothing (`x ** 0`).
        case zero
        /// `g, g` (`a + b`).
        case add
        /// `g, -g` (`a - b`).
        case sub
        /// `g * b, g * a` (`a * b`).
        case mul
        /// `g * cos(x)`.
        case sin
        /// `g * -sin(x)`.
        case cos
    }

    struct Entry {
        var rule: Rule
        var a: Int32
        var b: Int32
        var saved: Float
    }

    /// The backend of the evaluation in progress (taken from `MathBackend.current` by `start`).
    private(set) var backend: MathBackend = .libm
    private var entries: [Entry] = []
    private var values: [Float] = []
    private var grads: [Float] = []
    private var reached: [Bool] = []

    public init() {
        entries.reserveCapacity(64)
        values.reserveCapacity(64)
    }

    /// Clears the tape and starts it with the two leaves `w1` and `w2`, evaluated with
    /// `backend` (`MathBackend.current` by default).
    public func start(_ w1: Float, _ w2: Float, backend: MathBackend = .current) -> (TracedScalar, TracedScalar) {
        entries.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        self.backend = backend
        return (record(.leaf, w1, nil), record(.leaf, w2, nil))
    }

    /// `formula(w1, w2)` and its gradients (`loss.backward()`): the loss value and each
    /// leaf's gradient, nil for a leaf the loss does not depend on.
    func evaluate(_ formula: (TracedScalar, TracedScalar) throws -> TracedScalar, _ w1: Float, _ w2: Float,
                  backend: MathBackend = .current) throws -> (Float, Float?, Float?) {
        let (a, b) = start(w1, w2, backend: backend)
        let loss = try formula(a, b)
        let (g1, g2) = gradients(of: loss)
        return (loss.value, g1, g2)
    }

    @inline(__always)
    func record(_ rule: Rule, _ value: Float, _ a: TracedScalar?, _ b: TracedScalar? = nil, saved: Float = 0) -> TracedScalar {
        let index = Int32(entries.count)
        entries.append(Entry(rule: rule, a: a?.index ?? -1, b: b?.index ?? -1, saved: saved))
        values.append(value)
        return TracedScalar(value, index, self)
    }

    /// The gradients of the two leaves of `start` from `output` (`output.backward()`), nil for
    /// a leaf the output does not depend on, computed as the autograd engine computes them:
    /// nodes in reverse creation order, contributions to a shared input summed as they arrive.
    public func gradients(of output: TracedScalar) -> (Float?, Float?) {
        let n = entries.count
        grads.removeAll(keepingCapacity: true)
        reached.removeAll(keepingCapacity: true)
        grads.append(contentsOf: repeatElement(0, count: n))
        reached.append(contentsOf: repeatElement(false, count: n))
        grads[Int(output.index)] = 1
        reached[Int(output.index)] = true
        @inline(__always) func send(_ g: Float, to input: Int32) {
            let i = Int(input)
            if reached[i] { grads[i] = grads[i] + g } else { grads[i] = g; reached[i] = true }
        }
        var i = Int(output.index)
        while i >= 0 {
            defer { i -= 1 }
            guard reached[i] else { continue }
            let e = entries[i], g = grads[i]
            switch e.rule {
            case .leaf: break
            case .zero: send(0, to: e.a)
            case .pass: send(g, to: e.a)
            case .negate: send(-g, to: e.a)
            case .scale: send(g * e.saved, to: e.a)
            case .add: send(g, to: e.a); send(g, to: e.b)
            case .sub: send(g, to: e.a); send(-g, to: e.b)
            case .mul: send(g * values[Int(e.b)], to: e.a); send(g * values[Int(e.a)], to: e.b)
            case .sin: send(g * backend.apply(.cos, values[Int(e.a)]), to: e.a)
            case .cos: send(g * -backend.apply(.sin, values[Int(e.a)]), to: e.a)
            }
        }
        return (reached[0] ? grads[0] : nil, reached[1] ? grads[1] : nil)
    }
}

extension MathBackend {
    /// `function` of one float32 value, as `apply` computes it for a one-element buffer.
    @inline(__always)
    func apply(_ function: ElementaryFunction, _ x: Float) -> Float {
        var input = x
        var output: Float = 0
        withUnsafePointer(to: &input) { ip in
            withUnsafeMutablePointer(to: &output) { op in
                floatKernel(function, UnsafeBufferPointer(start: ip, count: 1), UnsafeMutableBufferPointer(start: op, count: 1))
            }
        }
        return output
    }
}
