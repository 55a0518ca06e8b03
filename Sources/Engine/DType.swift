/// Element type of a `Tensor`, named as in PyTorch (`torch.float32`, ...).
///
/// Floating tensors compute in their own precision: float32 arithmetic rounds to float after
/// every operation, exactly like PyTorch's CPU kernels. `int64` exists for `arange(5)` and
/// integer literals; it is stored as exact doubles.
public enum DType: String, Sendable, CaseIterable {
    case float32, float64, int64, bool

    /// Whether values are floating point (only those tensors may require gradients).
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    /// PyTorch's spelling, e.g. `torch.float32`.
    public var torchName: String { "torch.\(rawValue)" }

    /// Promotion of two dtypes of the same priority category (PyTorch's `promote_types`).
    static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        if a == .float64 || b == .float64 { return .float64 }
        if a == .float32 || b == .float32 { return .float32 }
        if a == .int64 || b == .int64 { return .int64 }
        return .bool
    }

    var category: Int {
        switch self {
        case .bool: return 0
        case .int64: return 1
        case .float32, .float64: return 2
        }
    }
}
