import Engine

/// A `torch.Tensor` in a script: a handle on an engine tensor.
///
/// Several handles may wrap one engine tensor (`w.data` reads, optimizer param groups);
/// identity (`is`, dict keys) follows the engine tensor.
public final class TensorObject: PyObject {
    /// The engine tensor this handle reads and writes.
    let storage: Tensor
    /// `w.data`: shares `storage`'s values but reads as a tensor without history, and its
    /// in-place operations (`w.data.sub_(…)`, `w.grad.data.zero_()`) write through to
    /// `storage` without autograd, as PyTorch's `.data` does.
    let isDataView: Bool

    public init(_ tensor: Tensor) {
        self.storage = tensor
        self.isDataView = false
    }

    init(dataOf tensor: Tensor) {
        self.storage = tensor
        self.isDataView = true
    }

    /// The tensor for reading: for a `.data` view, a detached copy of the current values.
    public var tensor: Tensor { isDataView ? storage.detach() : storage }

    /// Runs an in-place operation on the tensor (for `.data` views: on the shared values, outside autograd).
    func mutate(_ body: (Tensor) throws -> Void) throws {
        if isDataView {
            try GradMode.withNoGrad { try body(storage) }
        } else {
            try body(storage)
        }
    }

    /// Whether this is a `torch.nn.Parameter` (a leaf that requires grad, registered by modules).
    var isParameter: Bool {
        get { !isDataView && storage.isParameter }
        set { storage.isParameter = newValue }
    }

    static let tensorClass = PyClass("Tensor", module: "torch")
    public var pyClass: PyClass { isParameter ? NNLibrary.parameterClass : TensorObject.tensorClass }

    /// `repr(t)` / `str(t)` as PyTorch prints tensors (`Parameter containing:` first for parameters).
    public func repr(_ interp: Interpreter) throws -> String {
        (isParameter ? "Parameter containing:\n" : "") + TensorObject.describe(tensor)
    }

    static func describe(_ tensor: Tensor) -> String {
        var suffixes: [String] = []
        if tensor.gradFnRefusal != nil {
            // torch's printing catches the error reading `grad_fn` raises (`_tensor_str.py`).
            suffixes.append("grad_fn=<Invalid>")
        } else if let fn = tensor.gradFnName {
            suffixes.append("grad_fn=<\(fn)>")
        } else if tensor.requiresGrad {
            suffixes.append("requires_grad=True")
        }
        let dtypeSuffix: String? = tensor.dtype == .float64 || tensor.dtype == .int32 || tensor.dtype == .float16 ? "dtype=\(tensor.dtype.torchName)" : nil
        return TensorFormat.string(values: tensor.values, shape: tensor.shape, isFloatingPoint: tensor.dtype.isFloatingPoint,
                                   isBool: tensor.dtype == .bool, dtypeSuffix: dtypeSuffix, suffixes: suffixes)
    }

    /// The single element, or torch's error for `float(t)` on a larger tensor.
    func scalarValue() throws -> Double {
        guard tensor.count == 1 else {
            throw PyError("RuntimeError", "a Tensor with \(tensor.count) elements cannot be converted to Scalar")
        }
        return try tensor.item()
    }

    /// `float(t)` (`Tensor.__float__`): the single element, with torch's one-time warning when
    /// the tensor requires grad, attributed to `site` (the script line by default).
    func floatValue(_ interp: Interpreter, site: Interpreter.WarningSite? = nil) throws -> Double {
        let value = try scalarValue()
        if tensor.requiresGrad {
            interp.warn("UserWarning", "Converting a tensor with requires_grad=True to a scalar may lead to unexpected behavior.\nConsider using tensor.detach() first. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/generated/python_variable_methods.cpp:820.)", at: site, once: true)
        }
        return value
    }

    func truth() throws -> Bool {
        guard tensor.count == 1 else {
            if tensor.count == 0 { throw PyError("RuntimeError", "Boolean value of Tensor with no values is ambiguous") }
            throw PyError("RuntimeError", "Boolean value of Tensor with more than one value is ambiguous")
        }
        return try tensor.item() != 0
    }

    public func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        try TorchLibrary.tensorAttribute(self, name, interp)
    }

    public func setAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
        try TorchLibrary.setTensorAttribute(self, name, value, interp)
    }
}

/// `torch.float32` and friends.
final class DTypeObject: PyObject, @unchecked Sendable {
    let dtype: DType
    private init(dtype: DType) { self.dtype = dtype }
    /// The one object per dtype, so `t.dtype == torch.float32` and `is` hold.
    static let shared: [DType: DTypeObject] = Dictionary(uniqueKeysWithValues: DType.allCases.map { ($0, DTypeObject(dtype: $0)) })
    static func of(_ dtype: DType) -> DTypeObject { shared[dtype]! }
    static let dtypeClass = PyClass("dtype", module: "torch")
    var pyClass: PyClass { DTypeObject.dtypeClass }
    func repr(_ interp: Interpreter) throws -> String { dtype.torchName }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "is_floating_point": return .bool(dtype.isFloatingPoint)
        case "itemsize": return .int(dtype == .float32 || dtype == .int32 ? 4 : dtype == .bool ? 1 : dtype == .float16 ? 2 : 8)
        case "is_signed": return .bool(dtype != .bool)
        case "is_complex": return .bool(false)
        default: return nil
        }
    }
}

/// `torch.Size([2, 3])`: a tuple of sizes.
final class SizeObject: TupleBacked {
    let sizes: [Int]
    init(_ sizes: [Int]) { self.sizes = sizes }
    static let sizeClass = PyClass("Size", module: "torch", base: CoreClasses.tuple)
    var pyClass: PyClass { SizeObject.sizeClass }
    func repr(_ interp: Interpreter) throws -> String {
        "torch.Size([" + sizes.map(String.init).joined(separator: ", ") + "])"
    }
    var tuple: Value { .tuple(PyTuple.of(sizes.map { .int($0) })) }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        guard name == "numel" else { return nil }
        return .builtin(PyBuiltin("numel", boundSelf: .object(self)) { _, args in
            _ = try args.positionalOnly("numel", 0...0)
            return .int(self.sizes.reduce(1, *))
        })
    }
}

/// `nn.MSELoss()` / `nn.L1Loss()`: callable loss modules.
final class LossModule: PyCallable {
    let name: String
    let reduction: String
    init(name: String, reduction: String) {
        self.name = name
        self.reduction = reduction
    }
    var pyClass: PyClass { TorchLibrary.lossClasses[name] ?? PyClass(name, module: "torch.nn.modules.loss") }
    func repr(_ interp: Interpreter) throws -> String { "\(name)()" }
    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let a = try args.bind("forward", ["input", "target"], required: 2)
        return try TorchLibrary.loss(name, a[0]!, a[1]!, reduction: reduction, interp)
    }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "reduction": return .str(reduction)
        case "forward": return .builtin(PyBuiltin("forward") { interp, args in try self.call(interp, args) })
        default: return nil
        }
    }
}
