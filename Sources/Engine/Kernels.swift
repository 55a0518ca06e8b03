#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An operand of an elementwise operation: a tensor or a Python number.
enum Operand {
    case tensor(Tensor)
    case scalar(Scalar)
}

/// Elementwise binary operations computed by `Tensor.kernel`.
enum BinaryOp {
    case add, sub, mul, div, pow, maximum, minimum
    case eq, ne, lt, le, gt, ge

    var isComparison: Bool {
        switch self {
        case .eq, .ne, .lt, .le, .gt, .ge: return true
        default: return false
        }
    }
}

extension Tensor {
    /// PyTorch's `result_type` over tensors and wrapped numbers (dimensioned tensors first,
    /// then zero-dim tensors, then Python numbers; a higher category only wins upward).
    static func resultType(_ operands: [Operand]) -> DType {
        var dimResult: DType?, zeroResult: DType?, wrappedResult: DType?
        func merge(_ current: DType?, _ new: DType) -> DType { current.map { DType.promote($0, new) } ?? new }
        for operand in operands {
            switch operand {
            case .tensor(let t):
                if t.rank > 0 { dimResult = merge(dimResult, t.dtype) } else { zeroResult = merge(zeroResult, t.dtype) }
            case .scalar(let s):
                wrappedResult = merge(wrappedResult, s.dtype)
            }
        }
        func combine(_ higher: DType?, _ lower: DType?) -> DType? {
            guard let higher else { return lower }
            if higher.isFloatingPoint { return higher }
            if let lower, higher == .bool || lower.isFloatingPoint { return DType.promote(higher, lower) }
            return higher
        }
        return combine(dimResult, combine(zeroResult, wrappedResult)) ?? .float32
    }

    /// `resultType` of two operands without building an array (hot path).
    @inline(__always)
    static func resultType(_ a: Operand, _ b: Operand) -> DType {
        if case .tensor(let x) = a, case .tensor(let y) = b, x.dtype == y.dtype { return x.dtype }
        if case .tensor(let x) = a, case .scalar(let s) = b, x.dtype.isFloatingPoint, s.dtype != .float64 { return x.dtype }
        if case .scalar(let s) = a, case .tensor(let x) = b, x.dtype.isFloatingPoint, s.dtype != .float64 { return x.dtype }
        return resultType([a, b])
    }

    /// Shape two shapes broadcast to, or PyTorch's size-mismatch error.
    static func broadcastShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        let n = max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        // from the last dimension backwards, so the mismatch named is torch's (the innermost)
        for i in (0..<n).reversed() {
            let da = i < n - a.count ? 1 : a[i - (n - a.count)]
            let db = i < n - b.count ? 1 : b[i - (n - b.count)]
            if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else {
                throw EngineError.runtime("The size of tensor a (\(da)) must match the size of tensor b (\(db)) at non-singleton dimension \(i)")
            }
        }
        return out
    }

    /// For each element of `outShape`, the index of the element of a tensor of `shape` that
    /// broadcasts to it.
    static func broadcastIndices(from shape: [Int], to outShape: [Int]) -> [Int] {
        let offset = outShape.count - shape.count
        var strides = [Int](repeating: 0, count: outShape.count)
        var step = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i + offset] = shape[i] == 1 ? 0 : step
            step *= shape[i]
        }
        return Tensor.stridedPositions(shape: outShape, strides: strides)
    }

    /// An integral result reduced modulo 2⁶⁴ into int64's range, as int64 arithmetic wraps in
    /// PyTorch (`torch.tensor([2**62]) * 4` is 0).
    static func wrappedInt64(_ value: Double) -> Double {
        let two64 = 18446744073709551616.0
        guard value >= -9223372036854775808.0, value < 9223372036854775808.0 else {
            var r = fmod(value, two64)
            if r >= 9223372036854775808.0 { r -= two64 } else if r < -9223372036854775808.0 { r += two64 }
            return r
        }
        return value
    }

    /// Elementwise `op` with PyTorch's type promotion and broadcasting, without autograd.
    static func kernel(_ op: BinaryOp, _ a: Operand, _ b: Operand) throws -> Tensor {
        var computeType = resultType(a, b)
        if op == .div && !computeType.isFloatingPoint { computeType = .float32 }
        if op == .pow, case .tensor(let ta) = a, !ta.dtype.isFloatingPoint, case .scalar(let s) = b, s.isFloatingPoint {
            computeType = .float32
        }
        let outType: DType = op.isComparison ? .bool : computeType
        let shapeA: [Int], shapeB: [Int]
        switch a { case .tensor(let t): shapeA = t.shape; case .scalar: shapeA = [] }
        switch b { case .tensor(let t): shapeB = t.shape; case .scalar: shapeB = [] }
        let outShape = try broadcastShape(shapeA, shapeB)
        var outCount = 1
        for size in outShape {
            let (product, overflow) = outCount.multipliedReportingOverflow(by: size)
            if overflow { throw EngineError.runtime("Storage size calculation overflowed with sizes=\(sizeList(outShape))") }
            outCount = product
        }
        try checkAllocation(outCount, dtype: outType)
        if computeType == .int32 { return int32Kernel(op, a, b, shapeA, shapeB, outShape, outCount) }

        if computeType == .float32 {
            let xa = floatValues(a), xb = floatValues(b)
            if op.isComparison {
                let result = floatComparison(op, xa, shapeA, xb, shapeB, outShape, outCount)
                return Tensor(dtype: .bool, shape: outShape, doubles: result)
            }
            let result: [Float]
            switch op {
            case .add: result = map2(xa, shapeA, xb, shapeB, outShape, outCount) { $0 + $1 }
            case .sub: result = map2(xa, shapeA, xb, shapeB, outShape, outCount) { $0 - $1 }
            case .mul: result = map2(xa, shapeA, xb, shapeB, outShape, outCount) { $0 * $1 }
            case .div: result = map2(xa, shapeA, xb, shapeB, outShape, outCount) { $0 / $1 }
            case .pow: result = floatPow(a, xa, b, xb, outShape: outShape, outCount: outCount)
            default: result = map2(xa, shapeA, xb, shapeB, outShape, outCount, floatOp(op))
            }
            return Tensor(dtype: .float32, shape: outShape, floats: result)
        }
        let xa = doubleValues(a, as: computeType), xb = doubleValues(b, as: computeType)
        let f: (Double, Double) -> Double = doubleOp(op, integral: !computeType.isFloatingPoint)
        var result = map2(xa, shapeA, xb, shapeB, outShape, outCount, f)
        if outType == .int64 { result = result.map { wrappedInt64(cast($0, to: .int64)) } }
        if outType == .bool && !op.isComparison { result = result.map { $0 != 0 ? 1 : 0 } }
        return Tensor(dtype: outType, shape: outShape, doubles: result)
    }

    static func floatValues(_ operand: Operand) -> [Float] {
        switch operand {
        case .tensor(let t): return t.dtype == .float32 ? t.floats : t.doubles.map { Float($0) }
        case .scalar(let s): return [Float(s.doubleValue)]
        }
    }

    static func doubleValues(_ operand: Operand, as dtype: DType) -> [Double] {
        switch operand {
        case .tensor(let t): return t.dtype == .float32 ? t.floats.map(Double.init) : t.doubles
        case .scalar(let s): return [cast(s.doubleValue, to: dtype)]
        }
    }

    /// `op(a, b)` elementwise over the broadcast shape. The loops read raw buffers and the
    /// operation is inlined at each call site, so there is no per-element call or bounds check.
    @inline(__always)
    static func map2<T>(_ a: [T], _ shapeA: [Int], _ b: [T], _ shapeB: [Int], _ outShape: [Int], _ outCount: Int,
                        _ f: (T, T) -> T) -> [T] {
        if a.count == 1 && b.count == 1 { return [f(a[0], b[0])] }
        return [T](unsafeUninitializedCapacity: outCount) { out, count in
            a.withUnsafeBufferPointer { pa in
                b.withUnsafeBufferPointer { pb in
                    if pa.count == outCount && pb.count == outCount && shapeA == shapeB {
                        for i in 0..<outCount { out.initializeElement(at: i, to: f(pa[i], pb[i])) }
                    } else if pb.count == 1 && pa.count == outCount {
                        let y = pb[0]
                        for i in 0..<outCount { out.initializeElement(at: i, to: f(pa[i], y)) }
                    } else if pa.count == 1 && pb.count == outCount {
                        let x = pa[0]
                        for i in 0..<outCount { out.initializeElement(at: i, to: f(x, pb[i])) }
                    } else if pa.count == outCount, pb.count > 0, isTrailingBroadcast(shapeB, to: outShape) {
                        // `x + bias`: b repeats along the leading dimensions.
                        let inner = pb.count
                        var i = 0
                        while i < outCount {
                            for j in 0..<inner { out.initializeElement(at: i + j, to: f(pa[i + j], pb[j])) }
                            i += inner
                        }
                    } else if pb.count == outCount, pa.count > 0, isTrailingBroadcast(shapeA, to: outShape) {
                        let inner = pa.count
                        var i = 0
                        while i < outCount {
                            for j in 0..<inner { out.initializeElement(at: i + j, to: f(pa[j], pb[i + j])) }
                            i += inner
                        }
                    } else {
                        let ia = broadcastIndices(from: shapeA, to: outShape)
                        let ib = broadcastIndices(from: shapeB, to: outShape)
                        for i in 0..<outCount { out.initializeElement(at: i, to: f(pa[ia[i]], pb[ib[i]])) }
                    }
                }
            }
            count = outCount
        }
    }

    /// Whether a tensor of `shape` broadcasts to `target` by repeating all of its values
    /// along leading dimensions only (its shape, leading 1s dropped, ends `target`).
    static func isTrailingBroadcast(_ shape: [Int], to target: [Int]) -> Bool {
        var start = 0
        while start < shape.count && shape[start] == 1 { start += 1 }
        let kept = shape.count - start
        guard kept <= target.count else { return false }
        for i in 0..<kept where shape[start + i] != target[target.count - kept + i] { return false }
        return true
    }

    /// A float32 comparison as bool values (1 or 0).
    static func floatComparison(_ op: BinaryOp, _ a: [Float], _ shapeA: [Int], _ b: [Float], _ shapeB: [Int],
                                _ outShape: [Int], _ outCount: Int) -> [Double] {
        let r: [Float]
        switch op {
        case .eq: r = map2(a, shapeA, b, shapeB, outShape, outCount) { $0 == $1 ? 1 : 0 }
        case .ne: r = map2(a, shapeA, b, shapeB, outShape, outCount) { $0 != $1 ? 1 : 0 }
        case .lt: r = map2(a, shapeA, b, shapeB, outShape, outCount) { $0 < $1 ? 1 : 0 }
        case .le: r = map2(a, shapeA, b, shapeB, outShape, outCount) { $0 <= $1 ? 1 : 0 }
        case .gt: r = map2(a, shapeA, b, shapeB, outShape, outCount) { $0 > $1 ? 1 : 0 }
        default: r = map2(a, shapeA, b, shapeB, outShape, outCount) { $0 >= $1 ? 1 : 0 }
        }
        return [Double](unsafeUninitializedCapacity: r.count) { out, count in
            r.withUnsafeBufferPointer { p in
                for i in 0..<p.count { out.initializeElement(at: i, to: Double(p[i])) }
            }
            count = r.count
        }
    }

    static func floatOp(_ op: BinaryOp) -> (Float, Float) -> Float {
        switch op {
        case .add: return { $0 + $1 }
        case .sub: return { $0 - $1 }
        case .mul: return { $0 * $1 }
        case .div: return { $0 / $1 }
        case .pow: return { powf($0, $1) }
        case .maximum: return { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
        case .minimum: return { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) }
        case .eq: return { $0 == $1 ? 1 : 0 }
        case .ne: return { $0 != $1 ? 1 : 0 }
        case .lt: return { $0 < $1 ? 1 : 0 }
        case .le: return { $0 <= $1 ? 1 : 0 }
        case .gt: return { $0 > $1 ? 1 : 0 }
        case .ge: return { $0 >= $1 ? 1 : 0 }
        }
    }

    static func doubleOp(_ op: BinaryOp, integral: Bool) -> (Double, Double) -> Double {
        switch op {
        case .add: return { $0 + $1 }
        case .sub: return { $0 - $1 }
        case .mul: return { $0 * $1 }
        case .div: return { $0 / $1 }
        case .pow:
            if integral { return { integerPow($0, $1) } }
            return { cPow($0, $1) }
        case .maximum: return { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
        case .minimum: return { $0.isNaN || $1.isNaN ? .nan : Swift.min($0, $1) }
        case .eq: return { $0 == $1 ? 1 : 0 }
        case .ne: return { $0 != $1 ? 1 : 0 }
        case .lt: return { $0 < $1 ? 1 : 0 }
        case .le: return { $0 <= $1 ? 1 : 0 }
        case .gt: return { $0 > $1 ? 1 : 0 }
        case .ge: return { $0 >= $1 ? 1 : 0 }
        }
    }

    static func integerPow(_ base: Double, _ exponent: Double) -> Double {
        if exponent > 1e9 || base == 0 || base == 1 { return exponent == 0 ? 1 : cPow(base, exponent) }
        if exponent < 0 { return base == 1 ? 1 : (base == -1 ? (exponent.truncatingRemainder(dividingBy: 2) == 0 ? 1 : -1) : 0) }
        var result = 1.0, b = base, e = Int(exponent)
        while e > 0 {
            if e & 1 == 1 { result *= b }
            b *= b
            e >>= 1
        }
        return result
    }

    /// Applies `f` to every element (no autograd), keeping dtype.
    @inline(__always)
    func mapValues(_ f: (Float) -> Float, _ d: (Double) -> Double) -> Tensor {
        if dtype == .float32 {
            return Tensor(dtype: .float32, shape: shape, floats: Tensor.mapBuffer(floats, f))
        }
        if dtype == .int32 { return Tensor(dtype: dtype, shape: shape, doubles: Tensor.mapBuffer(doubles) { Tensor.wrappedInt32(d($0)) }) }
        return Tensor(dtype: dtype, shape: shape, doubles: Tensor.mapBuffer(doubles, d))
    }

    /// `x.map(f)` over the raw buffer, with `f` inlined.
    @inline(__always)
    static func mapBuffer<T>(_ x: [T], _ f: (T) -> T) -> [T] {
        [T](unsafeUninitializedCapacity: x.count) { out, count in
            x.withUnsafeBufferPointer { p in
                for i in 0..<p.count { out.initializeElement(at: i, to: f(p[i])) }
            }
            count = x.count
        }
    }

    /// Floating version of this tensor for functions like `sin` (integers become float32).
    var floatingPoint: Tensor { dtype.isFloatingPoint ? self : converted(to: .float32) }

    /// Applies an elementary function through the current `MathBackend`.
    func elementary(_ function: ElementaryFunction) -> Tensor {
        let x = floatingPoint
        let backend = MathBackend.current
        if x.dtype == .float32 {
            return Tensor(dtype: .float32, shape: x.shape, floats: backend.apply(function, x.floats))
        }
        if x.dtype == .float16 {
            // computed in float32, stored as half, as ATen's Half kernels do
            return Tensor(dtype: .float16, shape: x.shape, doubles: backend.apply(function, x.doubles.map { Float($0) }).map(Double.init))
        }
        return Tensor(dtype: .float64, shape: x.shape, doubles: backend.apply(function, x.doubles))
    }

    /// A tensor of `shape` filled with `value`.
    /// (Negative sizes count as 0 here; public callers validate with `checkShape`.)
    static func full(_ shape: [Int], _ value: Double, dtype: DType) -> Tensor {
        let shape = shape.map { Swift.max($0, 0) }
        let n = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
        if dtype == .float32 { return Tensor(dtype: dtype, shape: shape, floats: [Float](repeating: Float(value), count: n)) }
        return Tensor(dtype: dtype, shape: shape, doubles: [Double](repeating: cast(value, to: dtype), count: n))
    }

    /// Sums a broadcast gradient back to `target` shape (PyTorch's `sum_to`).
    func sumTo(_ target: [Int]) -> Tensor {
        if shape == target { return self }
        let targetCount = target.reduce(1, *)
        if targetCount == 1 {
            // A full reduction: PyTorch's cascade summation.
            if dtype == .float32 { return Tensor(dtype: dtype, shape: target, floats: [CascadeSum.sum(floats, lanes: 8)]) }
            if dtype == .float64 { return Tensor(dtype: dtype, shape: target, doubles: [CascadeSum.sum(doubles, lanes: 4)]) }
        }
        // PyTorch's sum_to: sum over the leading dims and the dims the target keeps as 1,
        // in ATen's reduction order.
        let lead = rank - target.count
        if dtype == .float32, lead > 0, shape[lead...].elementsEqual(target) {
            // Only leading dims summed away (a bias's gradient): `sumValues(over: 0..<lead)`
            // without its intermediate tensor.
            let r = shape[..<lead].reduce(1, *)
            return Tensor(dtype: dtype, shape: target, floats: CascadeSum.sum(floats, outer: 1, r: r, inner: targetCount, lanes: 8))
        }
        var dims = Array(0..<lead)
        for (i, size) in target.enumerated() where size == 1 && shape[lead + i] != 1 { dims.append(lead + i) }
        if !dtype.isFloatingPoint || dims.isEmpty {
            let indices = Tensor.broadcastIndices(from: target, to: shape)
            var out = [Double](repeating: 0, count: targetCount)
            for i in 0..<count { out[indices[i]] += value(at: i) }
            return Tensor(dtype: dtype, shape: target, doubles: out)
        }
        let summed = sumValues(over: dims)
        return Tensor(dtype: dtype, shape: target, floats: summed.floats, doubles: summed.doubles)
    }

    /// This tensor broadcast (copied) to `target` shape.
    func expand(to target: [Int]) -> Tensor {
        if shape == target { return self }
        if count > 0, Tensor.isTrailingBroadcast(shape, to: target) {
            let n = target.reduce(1, *)
            if dtype == .float32 { return Tensor(dtype: dtype, shape: target, floats: Tensor.repeated(floats, to: n)) }
            return Tensor(dtype: dtype, shape: target, doubles: Tensor.repeated(doubles, to: n))
        }
        let indices = Tensor.broadcastIndices(from: shape, to: target)
        if dtype == .float32 { return Tensor(dtype: dtype, shape: target, floats: indices.map { floats[$0] }) }
        return Tensor(dtype: dtype, shape: target, doubles: indices.map { doubles[$0] })
    }
}

extension Tensor {
    /// `x` repeated whole until `n` values (`n` a multiple of `x.count`).
    static func repeated<T>(_ x: [T], to n: Int) -> [T] {
        if x.count == 1 { return [T](repeating: x[0], count: n) }
        return [T](unsafeUninitializedCapacity: n) { out, count in
            x.withUnsafeBufferPointer { p in
                var i = 0
                while i < n {
                    (out.baseAddress! + i).initialize(from: p.baseAddress!, count: p.count)
                    i += p.count
                }
            }
            count = n
        }
    }
}

/// The C library's `pow` (as `std::pow(double, double)` in PyTorch's kernels).
@inline(__always) func cPow(_ a: Double, _ b: Double) -> Double { pow(a, b) }
/// The C library's `log` for Python-side doubles (`math.log`).
@inline(__always) func cLog(_ x: Double) -> Double { log(x) }
