/// A Python number used as an operand (`w1 * 1.8`, `1 - x`): PyTorch's "wrapped number".
///
/// A wrapped number never promotes a floating tensor: `float32_tensor * 1.8` computes in
/// float32 with `1.8` first rounded to float. A Python float meeting an integer tensor gives
/// the default dtype float32.
public enum Scalar: Sendable, Equatable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case int(Int)
    case double(Double)
    case bool(Bool)

    public init(floatLiteral value: Double) { self = .double(value) }
    public init(integerLiteral value: Int) { self = .int(value) }

    /// Value as a double (as PyTorch's `Scalar::toDouble`).
    public var doubleValue: Double {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .bool(let b): return b ? 1 : 0
        }
    }

    /// The dtype a scalar tensor made from this number would get.
    public var dtype: DType {
        switch self {
        case .int: return .int64
        case .double: return .float32
        case .bool: return .bool
        }
    }

    var isFloatingPoint: Bool { if case .double = self { return true } else { return false } }
}
