#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's `//` and `%` on tensors: torch's `floor_divide` and `remainder`, with PyTorch's
/// type promotion and broadcasting. Not differentiable, as in torch.
extension Tensor {
    /// `a // b` (floor division) or `a % b` (remainder with the divisor's sign).
    /// - Throws: `RuntimeError` "ZeroDivisionError" for an integer division by zero, and
    ///   PyTorch's error for shapes that do not broadcast.
    public static func floorDivide(_ a: TensorOperand, _ b: TensorOperand, remainder: Bool) throws -> Tensor {
        let x = a.operand, y = b.operand
        var dtype = resultType(x, y)
        if dtype == .bool { dtype = .int64 }
        let shapeA: [Int], shapeB: [Int]
        switch x { case .tensor(let t): shapeA = t.shape; case .scalar: shapeA = [] }
        switch y { case .tensor(let t): shapeB = t.shape; case .scalar: shapeB = [] }
        let outShape = try broadcastShape(shapeA, shapeB)
        let outCount = outShape.reduce(1, *)
        switch dtype {
        case .float32:
            let f: (Float, Float) -> Float = remainder ? { floatRemainder($0, $1) } : { floorDivFloating($0, $1) }
            return Tensor(dtype: .float32, shape: outShape, floats: map2(floatValues(x), shapeA, floatValues(y), shapeB, outShape, outCount, f))
        case .float64, .float16:
            let f: (Double, Double) -> Double = remainder ? { floatRemainder($0, $1) } : { floorDivFloating($0, $1) }
            return Tensor(dtype: dtype, shape: outShape, doubles: map2(doubleValues(x, as: .float64), shapeA, doubleValues(y, as: .float64), shapeB, outShape, outCount, f))
        default:
            func ints(_ o: Operand) -> [Int] {
                switch o {
                case .tensor(let t): return t.values.map { Int(exactly: $0) ?? 0 }
                case .scalar(let s):
                    if case .int(let i) = s { return [i] }
                    return [Int(exactly: s.doubleValue.rounded(.towardZero)) ?? 0]
                }
            }
            let p = ints(x), q = ints(y)
            if q.contains(0) && outCount > 0 { throw EngineError.runtime("ZeroDivisionError") }
            let f: (Int, Int) -> Int = { p, q in
                // Wrapping as int64 arithmetic does (`INT64_MIN // -1` is INT64_MIN).
                var quotient = p.dividedReportingOverflow(by: q).partialValue
                let rest = p.remainderReportingOverflow(dividingBy: q).partialValue
                if rest != 0 && ((p < 0) != (q < 0)) { quotient &-= 1 }
                return remainder ? p &- quotient &* q : quotient
            }
            let out = map2(p, shapeA, q, shapeB, outShape, outCount, f)
            return Tensor(dtype: dtype, shape: outShape, doubles: out.map { dtype == .int32 ? wrappedInt32(Double($0)) : Double($0) })
        }
    }

    /// ATen's `div_floor_floating`: `(a - fmod(a, b)) / b` adjusted toward floor, which is not
    /// always `floor(a / b)`.
    static func floorDivFloating<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
        if b == 0 { return a / b }
        let mod = T(fmod(Double(a), Double(b)))
        var div = (a - mod) / b
        if mod != 0 && (b < 0) != (mod < 0) { div -= 1 }
        guard div != 0 else { return (a / b).sign == .minus ? -0.0 : 0 }
        var floored = div.rounded(.down)
        if div - floored > 0.5 { floored += 1 }
        return floored
    }

    /// ATen's floating `remainder`: `fmod` moved to the divisor's sign.
    static func floatRemainder<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T {
        var mod = T(fmod(Double(a), Double(b)))
        if mod != 0 && (b < 0) != (mod < 0) { mod += b }
        return mod
    }
}
