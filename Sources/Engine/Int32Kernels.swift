/// Elementwise binary operations on int32 tensors, in 32-bit two's-complement arithmetic
/// (`&+`, `&-`, `&*`) as ATen's int kernels compute them, so that results wrap modulo 2³²
/// exactly even where a product would not fit a double's 53-bit mantissa.
extension Tensor {
    /// `op(a, b)` for a compute type of int32 (not `div`, which computes in float32).
    static func int32Kernel(_ op: BinaryOp, _ a: Operand, _ b: Operand, _ shapeA: [Int], _ shapeB: [Int],
                            _ outShape: [Int], _ outCount: Int) -> Tensor {
        let xa = int32Values(a), xb = int32Values(b)
        let f: (Int32, Int32) -> Int32
        switch op {
        case .add: f = { $0 &+ $1 }
        case .sub: f = { $0 &- $1 }
        case .mul, .div: f = { $0 &* $1 }
        case .pow: f = { int32Pow($0, $1) }
        case .maximum: f = { Swift.max($0, $1) }
        case .minimum: f = { Swift.min($0, $1) }
        case .eq: f = { $0 == $1 ? 1 : 0 }
        case .ne: f = { $0 != $1 ? 1 : 0 }
        case .lt: f = { $0 < $1 ? 1 : 0 }
        case .le: f = { $0 <= $1 ? 1 : 0 }
        case .gt: f = { $0 > $1 ? 1 : 0 }
        case .ge: f = { $0 >= $1 ? 1 : 0 }
        }
        let result = map2(xa, shapeA, xb, shapeB, outShape, outCount, f)
        return Tensor(dtype: op.isComparison ? .bool : .int32, shape: outShape, doubles: result.map(Double.init))
    }

    /// An operand's elements as int32 (Python ints wrap modulo 2³² as `c10::Scalar::to<int>` does).
    static func int32Values(_ operand: Operand) -> [Int32] {
        switch operand {
        case .tensor(let t):
            if t.dtype == .float32 { return t.floats.map { Int32(truncatingIfNeeded: Int64(Tensor.floatToInt32(Double($0)))) } }
            return t.doubles.map { Int32(truncatingIfNeeded: Int64(Tensor.wrappedInt32($0))) }
        case .scalar(let s):
            switch s {
            case .int(let i): return [Int32(truncatingIfNeeded: i)]
            case .bool(let b): return [b ? 1 : 0]
            case .double(let d): return [Int32(truncatingIfNeeded: Int64(Tensor.floatToInt32(d)))]
            }
        }
    }

    /// `base ** exponent` by repeated squaring with wrapping products (ATen's `powi`): a
    /// negative exponent gives 0 except for bases 1 and -1.
    static func int32Pow(_ base: Int32, _ exponent: Int32) -> Int32 {
        if exponent < 0 {
            if base == 1 { return 1 }
            if base == -1 { return exponent & 1 == 0 ? 1 : -1 }
            return 0
        }
        var result: Int32 = 1, b = base, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result &* b }
            b = b &* b
            e >>= 1
        }
        return result
    }
}
