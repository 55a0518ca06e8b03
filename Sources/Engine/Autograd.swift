/// A backward function in the autograd graph (PyTorch's `torch::autograd::Node`).
///
/// Every node has a sequence number taken from one global counter when it is created; the
/// backward pass runs ready nodes highest number first, as PyTorch's engine does, which
/// fixes the order in which gradients of a tensor used several times are summed.
public class Node {
    /// `grad_fn` name, e.g. `MulBackward0`.
    public let name: String
    /// Creation order; gradient accumulators use `Int.max` so they run as soon as ready.
    let sequenceNr: Int
    /// Where each input's gradient goes (nil when that input needs no gradient); the first
    /// three (`addmm`/`linear` has three inputs) are stored inline to keep graph building
    /// allocation-light.
    var edge0: Node?
    var edge1: Node?
    var edge2: Node?
    /// Edges of inputs after the third (`cat`, `stack`).
    var moreEdges: [Node?] = []
    var edgeCount = 0

    /// Edge `index`.
    @inline(__always) func edge(_ index: Int) -> Node? {
        index == 0 ? edge0 : index == 1 ? edge1 : index == 2 ? edge2 : moreEdges[index - 3]
    }

    /// Sets the edges from a list (`edgeCount` is the list's length).
    func setEdges(_ edges: [Node?]) {
        edge0 = edges.count > 0 ? edges[0] : nil
        edge1 = edges.count > 1 ? edges[1] : nil
        edge2 = edges.count > 2 ? edges[2] : nil
        moreEdges = edges.count > 3 ? Array(edges.dropFirst(3)) : []
        edgeCount = edges.count
    }
    // Scratch state of one backward pass.
    var dependencies = 0
    var visitMark = 0
    var buffer: Tensor?
    /// PyTorch's error for using this node's tensor in a new graph (a refused view's
    /// regenerated node, see `RefusedViewNode`); nil for every ordinary node.
    var refusal: String?
    /// For one of several outputs of one PyTorch node (`unbind`, `split`): the node scripts
    /// see for all of them and this output's number (see `NodeIntrospection.swift`).
    var sharedOutput: SharedOutput?
    /// The script object standing for this node while one exists, so that reading
    /// `grad_fn` twice gives the same object, as in PyTorch.
    public weak var scriptObject: AnyObject?
    /// The tensors whose `retain_grad()` hook this node carries (PyTorch's
    /// `retains_grad_hooks`): each gets the gradient reaching the node before it runs.
    var retainedTensors: [RetainedTensor]?

    init(name: String, sequenceNr: Int? = nil) {
        self.name = name
        if let sequenceNr {
            self.sequenceNr = sequenceNr
        } else {
            let state = AutogradThreadState.current
            self.sequenceNr = state.nextSequenceNr
            state.nextSequenceNr += 1
        }
    }

    /// Gradients for each input, given the gradient of the output.
    func apply(_ grad: Tensor) throws -> [Tensor?] { [] }
    /// Frees saved state after a backward pass without `retain_graph`.
    func release() {}
}

/// A node computing input gradients with a closure over the values it saved.
final class FunctionNode: Node {
    private var backward: ((Tensor) throws -> [Tensor?])?
    private let savesTensors: Bool

    /// - Parameters:
    ///   - inputs: the differentiable inputs, in the order `backward` returns gradients.
    ///   - savesTensors: whether `backward` uses saved values (then a second backward
    ///     through this node fails as in PyTorch).
    /// Dtype and shape of each input: gradients are cast and summed back to them, as
    /// PyTorch's engine does when it validates a node's outputs.
    private let meta0: (DType, [Int])
    private let meta1: (DType, [Int])?

    /// - Parameters:
    ///   - a, b: the differentiable inputs, in the order `backward` returns gradients.
    ///   - savesTensors: whether `backward` uses saved values (then a second backward
    ///     through this node fails as in PyTorch).
    init(_ name: String, _ a: Tensor, _ b: Tensor? = nil, savesTensors: Bool = true, backward: @escaping (Tensor) throws -> [Tensor?]) {
        self.backward = backward
        self.savesTensors = savesTensors
        self.meta0 = (a.dtype, a.shape)
        self.meta1 = b.map { ($0.dtype, $0.shape) }
        super.init(name: name)
        if savesTensors, AutogradThreadState.anyInferenceMode, a.isInference || b?.isInference == true, !GradMode.isInferenceMode {
            Tensor.recordPendingError(Tensor.inferenceSavedMessage)
        }
        edge0 = a.requiresGrad ? a.gradientEdge() : nil
        if let b {
            edge1 = b.requiresGrad ? b.gradientEdge() : nil
            edgeCount = 2
        } else {
            edgeCount = 1
        }
    }

    override func apply(_ grad: Tensor) throws -> [Tensor?] {
        guard let backward else { throw EngineError.runtime(FunctionNode.secondBackwardMessage) }
        var grads = try backward(grad)
        for i in grads.indices where i < 2 {
            guard var g = grads[i] else { continue }
            guard let (dtype, shape) = i == 0 ? meta0 : meta1 else { continue }
            if g.shape != shape { g = g.sumTo(shape) }
            if g.dtype != dtype { g = g.converted(to: dtype) }
            grads[i] = g
        }
        return grads
    }

    override func release() {
        if savesTensors { backward = nil }
    }

    static let secondBackwardMessage = "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward."

    /// Frees a long graph (`y = y * 1.0` a hundred thousand times) without recursing once
    /// per node: nodes this one alone keeps alive are taken apart in a loop.
    /// The usual graph is a chain (or a layer freeing its input's node and a parameter's
    /// accumulator), so the next nodes to take apart wait in `pending`/`pending2` and the
    /// work list (an allocation) is only used where more are freed at once.
    deinit {
        backward = nil
        var pending: Node? = nil, pending2: Node? = nil
        var work: [Node] = []
        func push(_ node: Node) {
            if pending == nil { pending = node } else if pending2 == nil { pending2 = node } else { work.append(node) }
        }
        if let e = edge0 { push(e); edge0 = nil }
        if let e = edge1 { push(e); edge1 = nil }
        if let e = edge2 { push(e); edge2 = nil }
        while true {
            var node: Node
            if pending != nil {
                node = pending!
                pending = nil
            } else if pending2 != nil {
                node = pending2!
                pending2 = nil
            } else if !work.isEmpty {
                node = work.removeLast()
            } else {
                break
            }
            guard isKnownUniquelyReferenced(&node) else { continue }
            if let f = node as? FunctionNode { f.backward = nil }
            if let e = node.edge0 { push(e); node.edge0 = nil }
            if let e = node.edge1 { push(e); node.edge1 = nil }
            if let e = node.edge2 { push(e); node.edge2 = nil }
            if !node.moreEdges.isEmpty {
                for e in node.moreEdges { if let e { push(e) } }
                node.moreEdges = []
            }
        }
    }
}

/// Adds incoming gradients into a leaf's `.grad` (PyTorch's `AccumulateGrad`).
///
/// As in PyTorch, the accumulator holds its leaf strongly and the leaf refers to the
/// accumulator without owning it; the accumulator clears that reference when it goes.
final class AccumulateGrad: Node {
    let variable: Tensor?

    init(_ variable: Tensor) {
        self.variable = variable
        super.init(name: "AccumulateGrad", sequenceNr: Int.max)
    }

    deinit {
        if let variable, variable.accumulator === self { variable.accumulator = nil }
    }

    /// `apply` on the gradient the backward pass holds in `grad`: when the leaf has no
    /// gradient yet and nothing else references this one (a fresh result of the nodes'
    /// kernels), it becomes the leaf's `.grad` without a copy, as PyTorch's `AccumulateGrad`
    /// steals a gradient whose use count allows it.
    func apply(stealing grad: inout Tensor) throws {
        if let variable, variable.grad == nil, grad.dtype == variable.dtype, isKnownUniquelyReferenced(&grad), grad.isPlainGradient {
            variable.grad = grad
            return
        }
        _ = try apply(grad)
    }

    override func apply(_ grad: Tensor) throws -> [Tensor?] {
        guard let variable else { return [] }
        let incoming = grad.dtype == variable.dtype ? grad : grad.converted(to: variable.dtype)
        if let existing = variable.grad {
            existing.accumulate(incoming)
        } else {
            variable.grad = incoming.detach()
        }
        return []
    }
}

extension Tensor {
    /// Whether this tensor is indistinguishable from its `detach()`: no history, no view
    /// relation, no layout marker, never written in place, no gradient of its own.
    var isPlainGradient: Bool {
        storedGradFn == nil && !leafRequiresGrad && !retainsGrad && !isParameter && grad == nil
            && viewLink == nil && views.isEmpty && transposeOf == nil && expandedScalarVersion == nil
            && ownVersion == 0 && outputWatch == nil && accumulator == nil
    }

    /// PyTorch's refusal to save a tensor made under `inference_mode` for a backward outside it.
    static let inferenceSavedMessage = "Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`."

    /// The node gradients for this tensor flow into: its `grad_fn`, or its accumulator.
    func gradientEdge() -> Node {
        if let gradFn {
            if let refusal = gradFn.refusal { Tensor.recordPendingError(refusal) }
            return gradFn
        }
        if let accumulator { return accumulator }
        let node = AccumulateGrad(self)
        accumulator = node
        return node
    }

    /// In-place `self += other` of equal-shaped (or broadcastable) values, outside autograd.
    func accumulate(_ other: Tensor) {
        if other.shape == shape {
            if dtype == .float32 {
                for i in 0..<floats.count { floats[i] = floats[i] + other.floats[i] }
            } else {
                for i in 0..<doubles.count { doubles[i] = doubles[i] + other.doubles[i] }
            }
            noteWrite()
        } else if let sum = try? Tensor.kernel(.add, .tensor(self), .tensor(other)) {
            setData(sum)
        }
    }

    /// Computes gradients of this tensor with respect to graph leaves (`backward()`).
    ///
    /// Gradients accumulate into the `.grad` of leaves that require grad. Nodes run in
    /// PyTorch's order (ready nodes by decreasing sequence number), so sums of several
    /// gradient contributions round exactly as in PyTorch.
    /// - Parameters:
    ///   - gradient: gradient of the output; required unless the tensor has one element.
    ///   - retainGraph: keep saved values so the graph can be differentiated again.
    public func backward(gradient: Tensor? = nil, retainGraph: Bool = false) throws {
        guard requiresGrad else {
            throw EngineError.runtime("element 0 of tensors does not require grad and does not have a grad_fn")
        }
        let seed: Tensor
        if let gradient {
            guard gradient.shape == shape else {
                throw EngineError.runtime("Mismatch in shape: grad_output[0] has a shape of torch.Size(\(Tensor.sizeList(gradient.shape))) and output[0] has a shape of torch.Size(\(Tensor.sizeList(shape))).")
            }
            seed = gradient.converted(to: dtype)
        } else {
            guard count == 1 else {
                throw EngineError.runtime("grad can be implicitly created only for scalar outputs")
            }
            seed = Tensor.full(shape, 1, dtype: dtype)
        }
        try GradMode.withNoGrad {
            try AutogradEngine.run(root: gradientEdge(), grad: seed, retainGraph: retainGraph)
        }
    }

    static func sizeList(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }
}

/// The backward pass scheduler.
enum AutogradEngine {
    /// - Parameter capture: for `torch.autograd.grad`, the nodes whose incoming gradient is
    ///   recorded (into the dictionary) instead of being applied; nil for `backward()`.
    static func run(root: Node, grad: Tensor, retainGraph: Bool, capture: GradientCapture? = nil) throws {
        let state = AutogradThreadState.current
        state.backwardPass += 1
        let mark = state.backwardPass
        // Count dependencies: how many edges point at each node.
        // Room for a small model's graph up front, so the lists do not regrow on every pass.
        var stack: [Node] = []
        stack.reserveCapacity(16)
        stack.append(root)
        var visited: [Node] = []
        visited.reserveCapacity(32)
        visited.append(root)
        root.visitMark = mark
        root.dependencies = 0
        while let node = stack.popLast() {
            for index in 0..<node.edgeCount {
                guard let next = node.edge(index) else { continue }
                if next.visitMark != mark {
                    next.visitMark = mark
                    next.dependencies = 0
                    next.buffer = nil
                    visited.append(next)
                    stack.append(next)
                }
                next.dependencies += 1
            }
        }
        root.buffer = grad
        var ready = NodeHeap(capacity: 16)
        ready.push(root)
        defer { for node in visited { node.buffer = nil } }
        while let node = ready.pop() {
            guard var input = node.buffer else { continue }
            node.buffer = nil
            if let capture, capture.nodes.contains(ObjectIdentifier(node)) {
                let key = ObjectIdentifier(node)
                if let existing = capture.grads[key] {
                    capture.grads[key] = (try? Tensor.kernel(.add, .tensor(existing), .tensor(input))) ?? existing
                } else {
                    capture.grads[key] = input
                }
                if node is AccumulateGrad { continue }
            }
            if capture != nil, node is AccumulateGrad { continue }
            if let retained = node.retainedTensors { for r in retained { r.tensor?.retainGradient(input) } }
            if let accumulate = node as? AccumulateGrad {
                // No edges and nothing to release: the leaf takes the gradient.
                try accumulate.apply(stealing: &input)
                continue
            }
            let outputs = try node.apply(input)
            if !retainGraph { node.release() }
            for index in 0..<node.edgeCount {
                guard let next = node.edge(index) else { continue }
                if index < outputs.count, let g = outputs[index] {
                    if let existing = next.buffer {
                        next.buffer = (try? Tensor.kernel(.add, .tensor(existing), .tensor(g))) ?? existing
                    } else {
                        next.buffer = g
                    }
                }
                next.dependencies -= 1
                if next.dependencies == 0 { ready.push(next) }
            }
        }
    }
}

/// A tensor held weakly by the node whose output it is, for `retain_grad()`.
final class RetainedTensor {
    weak var tensor: Tensor?
    init(_ tensor: Tensor) { self.tensor = tensor }
}

extension Tensor {
    /// `retain_grad()`: keeps the gradient of this non-leaf in `grad` during backward (a
    /// no-op on leaves, which keep theirs anyway), as PyTorch's retains-grad hook does.
    /// - Throws: PyTorch's error when the tensor does not require grad.
    public func retainGrad() throws {
        guard requiresGrad else { throw EngineError.runtime("can't retain_grad on Tensor that has requires_grad=False") }
        guard let node = gradFn, !retainsGrad else { return }
        node.retainedTensors = (node.retainedTensors ?? []) + [RetainedTensor(self)]
        retainsGrad = true
    }

    /// Moves this tensor's retains-grad hook to `node` (an in-place operation gave the
    /// tensor a new `grad_fn`), as PyTorch does when it rebases history.
    func moveRetainGradHook(to node: Node?) {
        if let old = storedGradFn {
            old.retainedTensors?.removeAll { $0.tensor === self }
            if old.retainedTensors?.isEmpty == true { old.retainedTensors = nil }
        }
        guard let node else { retainsGrad = false; return }
        node.retainedTensors = (node.retainedTensors ?? []) + [RetainedTensor(self)]
    }

    /// The hook itself: the first gradient is copied, later ones are added out of place.
    func retainGradient(_ incoming: Tensor) {
        if let existing = grad, let sum = try? Tensor.kernel(.add, .tensor(existing), .tensor(incoming)) {
            grad = sum
        } else {
            grad = incoming.detach()
        }
    }
}

/// Gradients captured at chosen nodes during one backward pass (`torch.autograd.grad`).
final class GradientCapture {
    let nodes: Set<ObjectIdentifier>
    var grads: [ObjectIdentifier: Tensor] = [:]
    init(nodes: Set<ObjectIdentifier>) { self.nodes = nodes }
}

extension Tensor {
    /// `torch.autograd.grad(outputs, inputs, grad_outputs)`: the gradients of the outputs'
    /// sum with respect to each input, without touching any `.grad`; nil for an input the
    /// outputs do not depend on.
    /// - Throws: PyTorch's errors for outputs that do not require grad.
    public static func gradients(of outputs: [Tensor], with inputs: [Tensor], gradOutputs: [Tensor?]? = nil,
                                 retainGraph: Bool = false) throws -> [Tensor?] {
        for t in inputs where !t.requiresGrad {
            throw EngineError.runtime("One of the differentiated Tensors does not require grad")
        }
        let nodes = inputs.map { $0.gradientEdge() }
        let capture = GradientCapture(nodes: Set(nodes.map { ObjectIdentifier($0) }))
        for (i, out) in outputs.enumerated() {
            guard out.requiresGrad else {
                throw EngineError.runtime("element \(i) of tensors does not require grad and does not have a grad_fn")
            }
            let seed: Tensor
            if let g = gradOutputs?[i] { seed = g.converted(to: out.dtype) } else {
                guard out.count == 1 else { throw EngineError.runtime("grad can be implicitly created only for scalar outputs") }
                seed = Tensor.full(out.shape, 1, dtype: out.dtype)
            }
            try GradMode.withNoGrad {
                try AutogradEngine.run(root: out.gradientEdge(), grad: seed, retainGraph: retainGraph || i < outputs.count - 1, capture: capture)
            }
        }
        return nodes.map { capture.grads[ObjectIdentifier($0)] }
    }
}

/// Max-heap of nodes by sequence number.
///
/// Entries carry their sequence number and do not retain their node: the one user,
/// `AutogradEngine.run`, holds every node of the pass in its `visited` list until the pass
/// ends, so sifting compares plain integers and moves no reference counts.
struct NodeHeap {
    private var items: [(sequenceNr: Int, node: Unmanaged<Node>)] = []

    init(capacity: Int = 0) { items.reserveCapacity(capacity) }

    mutating func push(_ node: Node) {
        items.append((node.sequenceNr, Unmanaged.passUnretained(node)))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if items[parent].sequenceNr >= items[i].sequenceNr { break }
            items.swapAt(parent, i)
            i = parent
        }
    }

    mutating func pop() -> Node? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var best = i
                if l < items.count && items[l].sequenceNr > items[best].sequenceNr { best = l }
                if r < items.count && items[r].sequenceNr > items[best].sequenceNr { best = r }
                if best == i { break }
                items.swapAt(i, best)
                i = best
            }
        }
        return top.node.takeUnretainedValue()
    }
}
