/// Element type of a `Tensor`, named as in PyTorch (`torch.float32`, ...).
///
/// Floating tensors compute in their own precision: float32 arithmetic rounds to float after
/// every operation, exactly like PyTorch's CPU kernels. `int64` exists for `arange(5)` and
/// integer literals, `int32` for `dtype=torch.int32`; both are stored as exact doubles, and
/// int32 arithmetic wraps modulo 2³² as torch's does.
public enum DType: String, Sendable, CaseIterable {
    case float32, float64, int64, int32, bool, float16

    /// Whether values are floating point (only those tensors may require gradients).
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 || self == .float16 }

    /// Whether values are integers (int64 or int32; not bool).
    public var isIntegral: Bool { self == .int64 || self == .int32 }

    /// PyTorch's spelling, e.g. `torch.float32`.
    public var torchName: String { "torch.\(rawValue)" }

    /// ATen's scalar type name (`Float`, `Double`, `Long`, `Int`, `Bool`), as error messages
    /// print it.
    public var scalarTypeName: String {
        switch self {
        case .float32: return "Float"
        case .float64: return "Double"
        case .float16: return "Half"
        case .int64: return "Long"
        case .int32: return "Int"
        case .bool: return "Bool"
        }
    }

    /// The legacy tensor type name without `torch.` (`FloatTensor`, `IntTensor`, …), as
    /// `tensor.type()` and some errors print it.
    public var legacyTensorName: String { "\(scalarTypeName)Tensor" }

    /// The C type name ATen prints in some dtype errors (`float`, `long int`, `int`, …).
    public var cTypeName: String {
        switch self {
        case .float32: return "float"
        case .float64: return "double"
        case .float16: return "c10::Half"
        case .int64: return "long int"
        case .int32: return "int"
        case .bool: return "bool"
        }
    }

    /// Promotion of two dtypes (PyTorch's `promote_types`).
    static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        if a == .float64 || b == .float64 { return .float64 }
        if a == .float32 || b == .float32 { return .float32 }
        if a == .float16 || b == .float16 { return .float16 }
        if a == .int64 || b == .int64 { return .int64 }
        if a == .int32 || b == .int32 { return .int32 }
        return .bool
    }

    /// `torch.promote_types(a, b)`.
    public static func promoteTypes(_ a: DType, _ b: DType) -> DType { promote(a, b) }

    var category: Int {
        switch self {
        case .bool: return 0
        case .int64, .int32: return 1
        case .float32, .float64, .float16: return 2
        }
    }
}
