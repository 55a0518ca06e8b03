/// A dense float32/float64 (or int64, int32, bool) tensor with reverse-mode autograd, like `torch.Tensor`.
///
/// A `Tensor` is a reference type: assigning it shares it, as Python names share a torch
/// tensor; in-place operations (`addInPlace`, `zero()`, `setData`) are seen by every holder.
/// Storage is contiguous row-major; results are fresh tensors (indexing copies rather than
/// returning views). Float32 arithmetic rounds after every elementary operation exactly as
/// PyTorch's CPU kernels do, which is what makes chaotic descent paths reproducible.
public final class Tensor {
    /// Element type.
    public internal(set) var dtype: DType
    /// Sizes of each dimension; `[]` for a 0-d (scalar) tensor.
    public internal(set) var shape: [Int]
    /// Float32 elements (used when `dtype == .float32`).
    var floats: [Float]
    /// Float64/int64/int32/bool elements (used otherwise).
    var doubles: [Double]
    /// Node that produced this tensor (nil for leaves). A differentiable view whose
    /// elements were written in place since this was set gets a regenerated node
    /// (`AsStridedBackward0` from its base), as PyTorch's `grad_fn` getter does.
    var gradFn: Node? {
        get {
            if let link = viewLink, link.attrVersion != link.root.ownVersion, link.gradBase != nil {
                return regenerateViewGradFn(link)
            }
            return storedGradFn
        }
        set {
            if retainsGrad, newValue !== storedGradFn { moveRetainGradHook(to: newValue) }
            storedGradFn = newValue
            if let link = viewLink { link.attrVersion = link.root.ownVersion }
        }
    }
    /// Whether `retain_grad()` was called on this non-leaf (`retains_grad`): backward then
    /// stores the gradient reaching its node in `grad`.
    public internal(set) var retainsGrad = false
    /// The node as last set (`gradFn` without view regeneration).
    var storedGradFn: Node?
    /// Leaf flag set by `requires_grad=True`.
    var leafRequiresGrad = false
    /// Gradient accumulator of a leaf that requires grad, while some graph uses it. Not
    /// counted: the accumulator holds the leaf and clears this when it goes (see
    /// `AccumulateGrad.deinit`), which keeps both objects off the slow side-table reference
    /// counting a `weak` reference would put them on.
    unowned(unsafe) var accumulator: AccumulateGrad?
    /// Whether scripts see this tensor as a `torch.nn.Parameter` (every handle on it, as
    /// every Python reference to a Parameter is one).
    public var isParameter = false
    /// Accumulated gradient (`.grad`).
    public var grad: Tensor?
    /// Version counter bumped by in-place operations (PyTorch's `_version`); a view shares
    /// its root's counter, as PyTorch's views share their base's.
    public internal(set) var version: Int {
        get { viewLink?.root.ownVersion ?? ownVersion }
        set { if let root = viewLink?.root { root.ownVersion = newValue } else { ownVersion = newValue } }
    }
    /// This tensor's own counter (the shared one when it is a root).
    var ownVersion = 0
    /// For a 2-d float32 tensor made by transposing (`t()`, `.T`, `transpose(0, 1)`): the
    /// row-major data of the tensor it transposes, valid while `version` is unchanged. Matrix
    /// products read it to pass BLAS the transposed layout PyTorch's strided view would give.
    var transposeOf: (version: Int, data: [Float])?
    /// The `version` at which this tensor was made by expanding a single value (`sum`'s
    /// gradient), whose PyTorch strides are all zero; matrix products copy it as ATen does.
    var expandedScalarVersion: Int?
    /// For a view (`view`, `t()`, `x[0]`, `detach()` …): the tensor owning the elements.
    var viewLink: ViewLink?
    /// The live views of this tensor's elements (when it is a root).
    var views: [WeakView] = []
    /// The length of `views` at which dead entries are next removed (doubling, so linking
    /// many views stays linear).
    var viewsCompactionSize = 8

    /// Set while some node saved this tensor as its own output (`SavedOutput`), which this
    /// tells when the tensor goes.
    var outputWatch: OutputWatch?

    deinit { outputWatch?.tensor = nil }

    /// Made under `torch.inference_mode()` (`is_inference()`): PyTorch refuses to write it in
    /// place or make it require grad outside inference mode.
    public internal(set) var isInference = false

    init(dtype: DType, shape: [Int], floats: [Float] = [], doubles: [Double] = []) {
        self.dtype = dtype
        self.shape = shape
        self.floats = floats
        self.doubles = dtype == .float16 ? doubles.map(Tensor.roundedToHalf) : doubles
        if AutogradThreadState.anyInferenceMode { isInference = AutogradThreadState.current.inferenceMode }
    }

    /// `value` rounded to float32, then to float16, as PyTorch's CPU kernels compute a
    /// half result in float and store it as half.
    static func roundedToHalf(_ value: Double) -> Double { Double(Float16(Float(value))) }

    // MARK: - Construction

    /// A 0-d tensor holding `value` (as `torch.tensor(value, dtype=...)`).
    public convenience init(_ value: Double, dtype: DType = .float32, requiresGrad: Bool = false) {
        if dtype == .float32 {
            self.init(dtype: dtype, shape: [], floats: [Float(value)])
        } else {
            self.init(dtype: dtype, shape: [], doubles: [Tensor.cast(value, to: dtype)])
        }
        leafRequiresGrad = requiresGrad && dtype.isFloatingPoint
    }

    /// A tensor of the given shape from row-major values (as `torch.tensor(nested_list)`).
    /// - Throws: `ValueError` when the value count does not match the shape; `RuntimeError`
    ///   when `requiresGrad` is asked of a non-floating dtype.
    public convenience init(_ values: [Double], shape: [Int], dtype: DType = .float32, requiresGrad: Bool = false) throws {
        let count = shape.reduce(1, *)
        guard count == values.count, shape.allSatisfy({ $0 >= 0 }) else {
            throw EngineError.value("shape \(shape) does not match \(values.count) values")
        }
        if dtype == .float32 {
            self.init(dtype: dtype, shape: shape, floats: values.map { Float($0) })
        } else {
            self.init(dtype: dtype, shape: shape, doubles: values.map { Tensor.cast($0, to: dtype) })
        }
        if requiresGrad { try setRequiresGrad(true) }
    }

    /// A float32 tensor from float values.
    /// - Throws: `ValueError` when the value count does not match the shape.
    public convenience init(floats: [Float], shape: [Int]) throws {
        guard shape.allSatisfy({ $0 >= 0 }), shape.reduce(1, *) == floats.count else {
            throw EngineError.value("shape \(shape) does not match \(floats.count) values")
        }
        self.init(dtype: .float32, shape: shape, floats: floats)
    }

    static func cast(_ value: Double, to dtype: DType) -> Double {
        switch dtype {
        case .float32: return Double(Float(value))
        case .float64: return value
        case .float16: return roundedToHalf(value)
        case .int64: return value.isFinite ? value.rounded(.towardZero) : 0
        case .int32: return wrappedInt32(value.isFinite ? value.rounded(.towardZero) : 0)
        case .bool: return value != 0 ? 1 : 0
        }
    }

    /// An integral value reduced modulo 2³² into int32's range, as int32 arithmetic and
    /// int64-to-int32 conversion wrap in PyTorch (`torch.tensor([2**31 - 1], dtype=torch.int32) + 1`).
    static func wrappedInt32(_ value: Double) -> Double {
        if value >= -2147483648, value < 2147483648 { return value }
        var r = value.truncatingRemainder(dividingBy: 4294967296)
        if r >= 2147483648 { r -= 4294967296 } else if r < -2147483648 { r += 4294967296 }
        return r
    }

    /// A floating value converted to int32 as the CPU's truncating conversion does it
    /// (`cvttss2si`): out of range, infinite and NaN values give INT32_MIN.
    static func floatToInt32(_ value: Double) -> Double {
        let t = value.rounded(.towardZero)
        return t >= -2147483648 && t < 2147483648 ? t : -2147483648
    }

    // MARK: - Properties

    /// Number of elements.
    public var count: Int { dtype == .float32 ? floats.count : doubles.count }
    /// Number of dimensions (`dim()`).
    public var rank: Int { shape.count }
    /// Whether gradients flow to/through this tensor (`requires_grad`).
    /// A differentiable view also requires grad when its base does, even when it was made
    /// under `no_grad` and has no `grad_fn` (as PyTorch's `DifferentiableViewMeta`).
    /// Reads the node as last set: a view's regenerated node exists exactly when one was set
    /// or its base requires grad, so no regeneration is needed here.
    public var requiresGrad: Bool {
        storedGradFn != nil || leafRequiresGrad || (viewLink?.gradBase?.requiresGrad ?? false)
    }
    /// Whether this tensor is a leaf of the graph (`is_leaf`).
    public var isLeaf: Bool { gradFn == nil }
    /// Name of the backward node, e.g. `PowBackward0`, for `grad_fn=<...>`; nil for leaves.
    public var gradFnName: String? { gradFn?.name }

    /// Sets `requires_grad` (`requires_grad_()`), with PyTorch's errors.
    public func setRequiresGrad(_ value: Bool) throws {
        if gradFn != nil {
            if value { return }
            throw EngineError.runtime("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().")
        }
        if value && !dtype.isFloatingPoint {
            throw EngineError.runtime("only Tensors of floating point dtype can require gradients")
        }
        if value && isInference && !GradMode.isInferenceMode {
            throw EngineError.runtime("Setting requires_grad=True on inference tensor outside InferenceMode is not allowed.")
        }
        leafRequiresGrad = value
    }

    /// All elements as doubles, row-major (exact for every dtype).
    public var values: [Double] { dtype == .float32 ? floats.map(Double.init) : doubles }

    /// Element `i` (row-major) as a double.
    @inline(__always) func value(at i: Int) -> Double { dtype == .float32 ? Double(floats[i]) : doubles[i] }

    /// The single element as a Python number (`item()`).
    /// - Throws: `RuntimeError` unless the tensor has exactly one element.
    public func item() throws -> Double {
        guard count == 1 else {
            throw EngineError.runtime("a Tensor with \(count) elements cannot be converted to Scalar")
        }
        return value(at: 0)
    }

    /// The single float32 element (fast path for descent runs).
    func floatItem() -> Float { dtype == .float32 ? floats[0] : Float(doubles[0]) }

    /// A new leaf sharing no history (`detach()`; values are copied since there are no views).
    public func detach() -> Tensor {
        Tensor(dtype: dtype, shape: shape, floats: floats, doubles: doubles)
    }

    /// A copy with the same history rules as `clone()` (records `CloneBackward0`).
    public func clone() -> Tensor {
        let out = detach()
        if GradMode.enabled && requiresGrad {
            out.gradFn = FunctionNode("CloneBackward0", self) { g in [g] }
        }
        return out
    }

    /// A detached tensor with the given element type (`to(dtype)`; records `ToCopyBackward0`).
    public func to(_ target: DType) -> Tensor {
        if target == dtype { return self }
        let out = converted(to: target)
        if GradMode.enabled && requiresGrad && target.isFloatingPoint {
            let source = dtype
            out.gradFn = FunctionNode("ToCopyBackward0", self) { g in [g.converted(to: source)] }
        }
        return out
    }

    /// Values converted to `target` without autograd.
    func converted(to target: DType) -> Tensor {
        if target == dtype { return self }
        if target == .float32 {
            return Tensor(dtype: target, shape: shape, floats: doubles.map { Float($0) })
        }
        let source = values
        if target == .int32 && dtype.isFloatingPoint {
            return Tensor(dtype: target, shape: shape, doubles: source.map(Tensor.floatToInt32))
        }
        return Tensor(dtype: target, shape: shape, doubles: target == .float64 ? source : source.map { Tensor.cast($0, to: target) })
    }

    /// Replaces this tensor's values, shape and dtype with `other`'s, outside autograd
    /// (`tensor.data = other`).
    public func setData(_ other: Tensor) {
        dtype = other.dtype
        shape = other.shape
        floats = other.floats
        doubles = other.doubles
        transposeOf = nil
        expandedScalarVersion = nil
        unlinkViews()
    }

    /// This tensor's values as a new leaf that does not require grad (`tensor.data`).
    public var data: Tensor { detach() }
}
