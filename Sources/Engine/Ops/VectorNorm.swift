#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `torch.linalg.vector_norm` (and so `Tensor.norm`, `torch.norm`, `torch.linalg.norm` of
/// vectors) in ATen's CPU kernels' exact order of operations.
///
/// ATen's `norm_stub` takes a vectorized path only for p = 2 over a contiguous trailing
/// block of float32/float64 values (`is_reduce_lastdim`): squares accumulated in 8
/// (float) or 4 (double) lanes by multiply-then-add, the lanes added left to right, then
/// the tail; float32 tails of 4 to 7 elements add their first four squares as rounded
/// products (GCC's in-order vectorized epilogue) and the rest with fused multiply-adds,
/// double tails all fused. Every other case (p = 2 over a leading dim, p = 0, 1, ±inf,
/// any other p) is one sequential loop per output in memory order (`NormTwoOps`,
/// `NormOneOps`, `NormZeroOps`, `AbsMaxOps`, `AbsMinOps`, `NormOps` with `powf`). A strided
/// view is reduced in its memory order (`MemoryOrder.swift`).
/// Measured against torch 2.15 on every size 1-39 and 100-12850 (AVX-512 and AVX2).
extension Tensor {
    /// The 2-norm over `dims` (all when nil).
    public func norm(dims: [Int]?, keepdim: Bool = false) throws -> Tensor {
        try vectorNorm(2, dims: dims, keepdim: keepdim)
    }

    /// `linalg.vector_norm(self, ord: p, dim: dims, keepdim)` (`LinalgVectorNormBackward0`).
    public func vectorNorm(_ p: Double, dims: [Int]?, keepdim: Bool = false) throws -> Tensor {
        if dtype == .float16 {
            // ATen accumulates half norms in float32 and stores the result as half.
            let out = try converted(to: .float32).detach().vectorNorm(p, dims: dims, keepdim: keepdim).converted(to: .float16)
            return Tensor.recording && requiresGrad ? try converted(to: .float32).vectorNorm(p, dims: dims, keepdim: keepdim).to(.float16) : out
        }
        guard dtype.isFloatingPoint else {
            throw EngineError(.notImplementedError, "linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(Tensor.scalarTypeName(dtype))")
        }
        let d = try reductionDims(dims ?? [])
        let r = rank == 0 ? 1 : d.reduce(1) { $0 * shape[$1] }
        if p < 0 || p == .infinity {
            let ord = Tensor.formatOrder(p)
            if let given = dims, !given.isEmpty {
                if let empty = d.first(where: { rank > 0 && shape[$0] == 0 }) {
                    throw EngineError.runtime("linalg.vector_norm cannot compute the \(ord) norm on the dimension \(empty)because this dimension is empty and the operation does not have an identity")
                }
            } else if count == 0 {
                throw EngineError.runtime("linalg.vector_norm cannot compute the \(ord) norm on an empty tensor because the operation does not have an identity")
            }
        }
        let moved = movingToEnd(d)
        let outShape = reducedShape(d, keepdim: keepdim)
        let outer = r == 0 ? outShape.reduce(1, *) : moved.count / r
        let lastdim = p == 2 && Tensor.reducesTrailingBlock(shape, d)
        let out: Tensor
        if dtype == .float32 {
            let x = moved.floats
            let res = (0..<outer).map { o -> Float in
                lastdim ? Tensor.laneNormFloat(x, base: o * r, count: r) : Tensor.sequentialNorm(x, base: o * r, count: r, p: Float(p)) { powf($0, $1) }
            }
            out = Tensor(dtype: .float32, shape: outShape, floats: res)
        } else {
            let x = moved.doubles
            let res = (0..<outer).map { o -> Double in
                lastdim ? Tensor.laneNormDouble(x, base: o * r, count: r) : Tensor.sequentialNorm(x, base: o * r, count: r, p: p) { cPow($0, $1) }
            }
            out = Tensor(dtype: .float64, shape: outShape, doubles: res)
        }
        if let inMemory = try reducedInMemoryOrder(dims: d, { m, md in
            try GradMode.withNoGrad { try m.vectorNorm(p, dims: md, keepdim: true) }
        }) {
            // A strided view (`x.t()`, `permute`): its elements in memory order, as ATen adds them.
            out.floats = inMemory.floats
            out.doubles = inMemory.doubles
        }
        guard Tensor.recording, requiresGrad else { return out }
        if p == 0 {
            // ATen's derivative of the 0 "norm" (a count) is undefined: no gradient flows,
            // so a leaf reached only through it keeps `.grad` None.
            out.gradFn = FunctionNode("LinalgVectorNormBackward0", self, savesTensors: false) { _ in [nil] }
            return out
        }
        let saved = SavedTensor(self), result = out.detach()
        let keptShape = reducedShape(d, keepdim: true)
        return unary("LinalgVectorNormBackward0", out) { g in
            try Tensor.normBackward(try g.reshapeValues(keptShape), self: try saved.unpack(), p: p,
                                    norm: try result.reshapeValues(keptShape), dims: d)
        }
    }

    /// `ord` as ATen prints a double in its messages (`inf`, `-1`, `0.5`).
    public static func formatOrderPublic(_ p: Double) -> String { formatOrder(p) }

    static func formatOrder(_ p: Double) -> String {
        if p.isInfinite { return p > 0 ? "inf" : "-inf" }
        if p == p.rounded() && Swift.abs(p) < 1e15 { return String(Int(p)) }
        return String(format: "%g", p)
    }

    /// Whether `dims` (sorted), ignoring size-1 dims, are the trailing dims of `shape`: then
    /// TensorIterator coalesces them into one contiguous innermost reduced dim.
    static func reducesTrailingBlock(_ shape: [Int], _ dims: [Int]) -> Bool {
        let significant = (0..<shape.count).filter { shape[$0] != 1 }
        let reduced = significant.filter { dims.contains($0) }
        guard !reduced.isEmpty else { return false }
        return Array(significant.suffix(reduced.count)) == reduced
    }

    /// Float32 p = 2 over a contiguous block: 8 lanes of multiply-then-add, lanes summed in
    /// order, a 4-element tail block of rounded squares, the rest fused.
    static func laneNormFloat(_ v: [Float], base: Int, count r: Int) -> Float {
        var acc = [Float](repeating: 0, count: 8)
        var i = 0
        while i + 8 <= r {
            for l in 0..<8 { let x = v[base + i + l]; acc[l] = acc[l] + x * x }
            i += 8
        }
        var total = acc[0]
        for l in 1..<8 { total = total + acc[l] }
        if r - i >= 4 {
            for l in 0..<4 { let x = v[base + i + l]; total = total + x * x }
            i += 4
        }
        while i < r { let x = v[base + i]; total = total.addingProduct(x, x); i += 1 }
        return total.squareRoot()
    }

    /// Float64 p = 2 over a contiguous block: 4 lanes of multiply-then-add, lanes summed in
    /// order, the tail fused.
    static func laneNormDouble(_ v: [Double], base: Int, count r: Int) -> Double {
        var acc = [Double](repeating: 0, count: 4)
        var i = 0
        while i + 4 <= r {
            for l in 0..<4 { let x = v[base + i + l]; acc[l] = acc[l] + x * x }
            i += 4
        }
        var total = acc[0]
        for l in 1..<4 { total = total + acc[l] }
        while i < r { let x = v[base + i]; total = total.addingProduct(x, x); i += 1 }
        return total.squareRoot()
    }

    /// One output of ATen's scalar norm reductions, accumulating in `T` left to right.
    static func sequentialNorm<T: BinaryFloatingPoint>(_ v: [T], base: Int, count r: Int, p: T, pow: (T, T) -> T) -> T {
        switch p {
        case 0:
            var acc: T = 0
            for i in 0..<r where v[base + i] != 0 { acc += 1 }
            return acc
        case 1:
            var acc: T = 0
            for i in 0..<r { acc = acc + Swift.abs(v[base + i]) }
            return acc
        case 2:
            var acc: T = 0
            for i in 0..<r { let x = v[base + i]; acc = acc + x * x }
            return acc.squareRoot()
        case .infinity, -.infinity:
            var acc: T = p > 0 ? 0 : .infinity
            for i in 0..<r {
                let a = Swift.abs(v[base + i])
                if acc.isNaN { break }
                if a.isNaN || (p > 0 ? a > acc : a < acc) { acc = a }
            }
            return acc
        default:
            var acc: T = 0
            for i in 0..<r { acc = acc + pow(Swift.abs(v[base + i]), p) }
            return pow(acc, 1 / p)
        }
    }

    /// ATen's `norm_backward` for a real input, with `grad` and `norm` in the kept shape.
    static func normBackward(_ grad: Tensor, self x: Tensor, p: Double, norm: Tensor, dims: [Int]) throws -> Tensor {
        func mul(_ a: Tensor, _ b: Tensor) throws -> Tensor { try kernel(.mul, .tensor(a), .tensor(b)) }
        func div(_ a: Tensor, _ b: Tensor) throws -> Tensor { try kernel(.div, .tensor(a), .tensor(b)) }
        let normIsZero = try kernel(.eq, .tensor(norm), .scalar(.int(0)))
        let sgn = x.signValues()
        switch p {
        case 0:
            return Tensor.full(x.shape, 0, dtype: x.dtype)
        case 1:
            return try mul(sgn, grad)
        case 2:
            return try mul(grad, try whereZero(normIsZero, try div(x, norm)))
        case .infinity, -.infinity:
            let a = x.values, n = norm.expand(to: x.shape).values
            let hits = (0..<a.count).map { i -> Double in
                let m = Swift.abs(a[i])
                return m == n[i] || m.isNaN ? 1 : 0
            }
            let mask = Tensor(dtype: .float64, shape: x.shape, doubles: hits).converted(to: grad.dtype)
            return try mul(sgn, try mul(try div(grad, mask.sumValues(over: dims)), mask))
        default:
            if p < 1 {
                let xIsZero = try kernel(.eq, .tensor(x), .scalar(.int(0)))
                let scaled = try mul(sgn, try whereZero(xIsZero, x.mapValues({ Swift.abs($0) }, { Swift.abs($0) }).powKernel(.double(p - 1))))
                return try mul(try mul(scaled, grad), norm.powKernel(.double(1 - p)))
            }
            let scaled = p < 2 ? try mul(sgn, x.mapValues({ Swift.abs($0) }, { Swift.abs($0) }).powKernel(.double(p - 1)))
                               : try mul(x, x.mapValues({ Swift.abs($0) }, { Swift.abs($0) }).powKernel(.double(p - 2)))
            let scale = try whereZero(normIsZero, try div(grad, norm.powKernel(.double(p - 1))))
            return try mul(scaled, scale)
        }
    }
}
