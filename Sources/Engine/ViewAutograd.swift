/// Autograd through in-place writes to views, as PyTorch does it.
///
/// Writing a differentiable view in place (`z[1:].mul_(3)`, `z[0] = y`, `row.add_(1)`)
/// changes its base too, so the base's history is rebased: its `grad_fn` becomes
/// `CopySlices`, which runs the in-place operation's backward on the view's part of the
/// base's gradient and passes the rest through unchanged. The view (and every other view of
/// that base, the next time its `grad_fn` is read) gets a regenerated `AsStridedBackward0`
/// that reads its part of the base. Mirrors torch/csrc/autograd/functions/tensor.cpp
/// (`CopySlices`), VariableTypeUtils.h (`check_inplace`, `rebase_history`) and
/// variable.cpp (`handle_view_on_rebase`, the `grad_fn` getter).

/// The base's node after one of its views was written in place (PyTorch's `CopySlices`).
final class CopySlices: Node {
    private var fn: Node?
    private let baseShape: [Int]
    private let baseDType: DType
    private let positions: [Int]?
    private let viewShape: [Int]

    /// - Parameters:
    ///   - base: the view's base, whose current history becomes this node's first edge.
    ///   - positions: the view's flat positions in `base` (nil: all, in order).
    ///   - fn: the in-place operation's node, whose first input is the view's old value.
    init(base: Tensor, positions: [Int]?, viewShape: [Int], fn: Node) {
        self.fn = fn
        self.baseShape = base.shape
        self.baseDType = base.dtype
        self.positions = positions
        self.viewShape = viewShape
        super.init(name: "CopySlices")
        setEdges([base.requiresGrad ? base.gradientEdge() : nil] + (1..<max(fn.edgeCount, 1)).map { fn.edge($0) })
    }

    override func apply(_ grad: Tensor) throws -> [Tensor?] {
        guard let fn else { throw EngineError.runtime(FunctionNode.secondBackwardMessage) }
        let result = grad.dtype == baseDType ? grad.detachedView() : grad.converted(to: baseDType)
        let slots = positions ?? Array(0..<result.count)
        let slice = result.gathered(slots, shape: viewShape)
        let res = try fn.apply(slice)
        var out = [Tensor?](repeating: nil, count: edgeCount)
        if let first = res.first, let g0 = first {
            let g = (g0.shape == viewShape ? g0 : g0.expand(to: viewShape)).converted(to: baseDType)
            if result.dtype == .float32 {
                for (k, p) in slots.enumerated() { result.floats[p] = g.floats[k] }
            } else {
                for (k, p) in slots.enumerated() { result.doubles[p] = g.doubles[k] }
            }
            out[0] = result
        }
        for i in 1..<max(edgeCount, 1) where i < res.count { out[i] = res[i] }
        return out
    }

    override func release() {
        fn?.release()
    }
}

/// The regenerated node of a view whose base changed in place (PyTorch's
/// `AsStridedBackward0`): the view's gradient, placed at its positions in the base.
final class AsStridedBackward: Node {
    private let baseShape: [Int]
    private let baseDType: DType
    private let positions: [Int]?

    init(base: Tensor, positions: [Int]?) {
        self.baseShape = base.shape
        self.baseDType = base.dtype
        self.positions = positions
        super.init(name: "AsStridedBackward0")
        edge0 = base.gradientEdge()
        edgeCount = 1
    }

    override func apply(_ grad: Tensor) throws -> [Tensor?] {
        let g = grad.dtype == baseDType ? grad : grad.converted(to: baseDType)
        guard let positions else { return [Tensor(dtype: g.dtype, shape: baseShape, floats: g.floats, doubles: g.doubles)] }
        return [g.scattered(positions, into: baseShape)]
    }
}

/// The node of a view PyTorch refuses to differentiate after its base changed in place
/// (made by `unbind`/`split`/`chunk` or under `no_grad`). PyTorch raises when such a view's
/// `grad_fn` is read: using the view in a recorded operation records the message as the
/// thread's pending error (`gradientEdge`), which the script layer raises when the
/// operation returns; backward through it fails with the same message.
final class RefusedViewNode: Node {
    private let message: String

    init(name: String, message: String, base: Tensor) {
        self.message = message
        super.init(name: name)
        refusal = message
        edge0 = base.requiresGrad ? base.gradientEdge() : nil
        edgeCount = 1
    }

    override func apply(_ grad: Tensor) throws -> [Tensor?] { throw EngineError.runtime(message) }
}

extension Node {
    /// The name without its `Backward0` suffix, as PyTorch's messages print nodes (`Unbind`).
    var shortName: String {
        var base = name
        while let last = base.last, last.isNumber { base.removeLast() }
        if base.hasSuffix("Backward") { base.removeLast("Backward".count) }
        return base
    }
}

extension ViewLink {
    /// Whether two of the view's elements are one element of the root (`expand`).
    var overlapsItself: Bool {
        if let cached = overlapCache { return cached }
        let overlaps = positions.map { Set($0).count != $0.count } ?? false
        overlapCache = overlaps
        return overlaps
    }
}

extension Tensor {
    /// PyTorch's error for reading this tensor's `grad_fn` (`t.grad_fn`, `t.is_leaf`, using
    /// it in a recorded operation): set for a view made by `unbind`/`split`/`chunk` or under
    /// `no_grad` after its base or another view of it changed in place; nil otherwise.
    public var gradFnRefusal: String? { gradFn?.refusal }

    /// Records `message` as the calling thread's pending error (the first one wins).
    static func recordPendingError(_ message: String) {
        let state = AutogradThreadState.current
        if state.pendingError == nil { state.pendingError = message }
        AutogradThreadState.anyPendingError = true
    }

    /// The error an operation recorded while it built its graph node, cleared; nil when
    /// there is none (the common case costs one load).
    public static func takePendingError() -> String? {
        guard AutogradThreadState.anyPendingError else { return nil }
        let state = AutogradThreadState.current
        defer { state.pendingError = nil }
        return state.pendingError
    }

    /// A view's `grad_fn` after its base or another view of it changed in place.
    func regenerateViewGradFn(_ link: ViewLink) -> Node? {
        link.attrVersion = link.root.ownVersion
        guard let base = link.gradBase else { return storedGradFn }
        if storedGradFn == nil && !base.requiresGrad { return nil }
        let node: Node
        if link.creation != .normal {
            node = RefusedViewNode(name: storedGradFn?.name ?? "AsStridedBackward0",
                                   message: Tensor.rebaseMessage(link, gradFn: storedGradFn, indirect: true), base: base)
        } else {
            node = AsStridedBackward(base: base, positions: link.gradPositions)
        }
        storedGradFn = node
        return node
    }

    /// PyTorch's `check_inplace`: refuses in-place writes autograd cannot record.
    func checkInPlace() throws {
        if let link = viewLink, let base = link.gradBase {
            if link.creation != .normal {
                throw EngineError.runtime(Tensor.rebaseMessage(link, gradFn: storedGradFn, indirect: false))
            }
            if requiresGrad && base.isLeaf {
                throw EngineError.runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.")
            }
        }
        if requiresGrad && isLeaf {
            throw EngineError.runtime("a leaf Variable that requires grad is being used in an in-place operation.")
        }
    }

    /// Records `fn` as the history of this tensor after an in-place operation: for a
    /// differentiable view, its base's `grad_fn` becomes `CopySlices` and its own is regenerated.
    func rebaseHistory(_ fn: Node) {
        if let link = viewLink, let base = link.gradBase {
            base.gradFn = CopySlices(base: base, positions: link.gradPositions, viewShape: shape, fn: fn)
            _ = gradFn
        } else {
            gradFn = fn
        }
    }

    /// PyTorch's message for writing in place a view it cannot rebase (`handle_view_on_rebase`).
    static func rebaseMessage(_ link: ViewLink, gradFn: Node?, indirect: Bool) -> String {
        rebaseMessage(creation: link.creation, nodeName: gradFn?.shortName, outputNr: link.outputNr, indirect: indirect)
    }

    /// The message for a view made as `creation`, whose node (if any) is `nodeName` without
    /// its `Backward0` suffix.
    static func rebaseMessage(creation: ViewCreation, nodeName: String?, outputNr: Int, indirect: Bool) -> String {
        let modified = indirect ? "its base or another view of its base has been" : "is being"
        var message: String
        if creation == .noGrad || nodeName == nil {
            let prefix = nodeName.map { "Output \(outputNr) of \($0) is a view of a view which was created in" }
                ?? "A view was created in"
            message = "\(prefix) no_grad mode and \(modified) modified inplace with grad mode enabled."
        } else {
            message = "Output \(outputNr) of \(nodeName!) is a view and \(modified) modified inplace."
        }
        switch creation {
        case .multiOutput:
            message += " This view is the output of a function that returns multiple views. Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one."
        case .noGrad:
            message += " Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked)."
        case .normal:
            break
        }
        return message
    }

    /// PyTorch's error for `self[items] = value` with basic indexing when autograd refuses the
    /// write: the subscript makes a view (`select`, `slice`, `unsqueeze`), which inherits how
    /// `self` was made and is what PyTorch writes in place, so its node names the message
    /// ("Output 0 of Select"); a view of a leaf that requires grad is refused too. Nil when
    /// the write is allowed, or when it writes `self` itself (`t[...]`, advanced indexing),
    /// which the in-place operation checks. Call it with grad mode on and `self` requiring grad.
    public func basicIndexWriteRefusal(_ items: [IndexItem]) throws -> String? {
        let plan = try indexPlan(items)
        guard !plan.advanced, let name = plan.nodeName else { return nil }
        if let link = viewLink, link.gradBase != nil {
            if link.creation != .normal {
                var short = name
                if short.hasSuffix("Backward0") { short.removeLast("Backward0".count) }
                return Tensor.rebaseMessage(creation: link.creation, nodeName: short, outputNr: 0, indirect: false)
            }
            return link.gradBase!.isLeaf ? "a view of a leaf Variable that requires grad is being used in an in-place operation." : nil
        }
        return isLeaf ? "a view of a leaf Variable that requires grad is being used in an in-place operation." : nil
    }

    /// PyTorch's error for writing in place a tensor whose elements overlap (`expand`).
    static let overlapMessage = "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation."
}
