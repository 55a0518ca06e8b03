/// What scripts see of the autograd graph: `grad_fn`, `grad_fn.next_functions`,
/// `AccumulateGrad.variable`, as PyTorch presents its nodes.
///
/// Two places where the engine's graph is shaped differently from PyTorch's are presented
/// as PyTorch's: the parts of `unbind`/`split`/`chunk` each have their own node here
/// (PyTorch has one node with several outputs, which every part's `grad_fn` is), and the
/// fused `linear` has no `TBackward0` between `AddmmBackward0` and the weight.

/// The node several outputs share in PyTorch, and which of them a part is.
final class SharedOutput {
    let node: Node
    let index: Int
    init(node: Node, index: Int) {
        self.node = node
        self.index = index
    }
}

extension Node {
    /// The node as PyTorch presents it: the shared node of a multi-output operation's part.
    public var presented: Node { sharedOutput?.node ?? self }

    /// Which output of `presented` this node stands for (PyTorch's `input_nr` in
    /// `next_functions`).
    var presentedOutput: Int { sharedOutput?.index ?? 0 }

    /// PyTorch's `next_functions`: for each differentiable input, the node its gradient goes
    /// to and which of that node's outputs the input was (`nil` for an input that does not
    /// require grad); empty for `AccumulateGrad`.
    public var nextFunctions: [(node: Node?, index: Int)] {
        if self is AccumulateGrad { return [] }
        var entries: [(node: Node?, index: Int)] = (0..<edgeCount).map { i in
            guard let next = edge(i) else { return (nil, 0) }
            if let linear = self as? LinearNode, i == 2 { return (linear.transposeNode(weightEdge: next), 0) }
            return (next.presented, next.presentedOutput)
        }
        // `x * 2`: PyTorch wraps the Python number into a tensor, an input of the node that
        // needs no gradient; the engine's node has no edge for it.
        if edgeCount == 1, Node.scalarWrappingNames.contains(name) { entries.append((nil, 0)) }
        return entries
    }

    /// Nodes of binary operations whose number operand PyTorch passes as a wrapped tensor.
    static let scalarWrappingNames: Set<String> = ["AddBackward0", "SubBackward0", "MulBackward0", "DivBackward0"]

    /// The leaf an `AccumulateGrad` node accumulates into (`.variable`); nil for other nodes.
    public var accumulatedVariable: Tensor? { (self as? AccumulateGrad)?.variable }

    /// Whether this is a leaf's gradient accumulator (`AccumulateGrad`).
    public var isAccumulateGrad: Bool { self is AccumulateGrad }
}

extension Tensor {
    /// PyTorch's `grad_fn` as scripts see it (the shared node for a multi-output part); nil
    /// for a leaf.
    public var gradNode: Node? { gradFn?.presented }

    /// PyTorch's `output_nr`: which output of its `grad_fn` this tensor is (0 for a leaf).
    public var gradOutputNr: Int { storedGradFn?.presentedOutput ?? 0 }

    /// Marks `parts` (made together by one PyTorch operation with several outputs) as
    /// outputs of one node, the first part's.
    static func shareNode(_ parts: [Tensor]) {
        guard let first = parts.first?.storedGradFn else { return }
        for (i, part) in parts.enumerated() where i > 0 {
            part.storedGradFn?.sharedOutput = SharedOutput(node: first, index: i)
        }
    }
}

/// A stand-in for the `TBackward0` node PyTorch records between `AddmmBackward0` and a
/// `linear` layer's weight, for `next_functions` only (the fused node does its work).
final class PresentedTranspose: Node {
    init(weightEdge: Node) {
        super.init(name: "TBackward0", sequenceNr: 0)
        edge0 = weightEdge
        edgeCount = 1
    }
}

extension LinearNode {
    /// The `TBackward0` stand-in for the weight edge, made once.
    func transposeNode(weightEdge: Node) -> Node {
        if let t = presentedTranspose { return t }
        let t = PresentedTranspose(weightEdge: weightEdge)
        presentedTranspose = t
        return t
    }
}
