/// A backward node with any number of differentiable inputs (`AddmmBackward0`,
/// `CatBackward0`, `StackBackward0`); gradients are summed and cast back to each input's
/// shape and dtype, as PyTorch's engine validates a node's outputs.
final class MultiInputNode: Node {
    private var backward: ((Tensor) throws -> [Tensor?])?
    private let meta: [(DType, [Int])]

    init(_ name: String, _ inputs: [Tensor], backward: @escaping (Tensor) throws -> [Tensor?]) {
        self.backward = backward
        self.meta = inputs.map { ($0.dtype, $0.shape) }
        super.init(name: name)
        setEdges(inputs.map { $0.requiresGrad ? $0.gradientEdge() : nil })
    }

    override func apply(_ grad: Tensor) throws -> [Tensor?] {
        guard let backward else { throw EngineError.runtime(FunctionNode.secondBackwardMessage) }
        var grads = try backward(grad)
        for i in grads.indices where i < meta.count {
            guard var g = grads[i] else { continue }
            let (dtype, shape) = meta[i]
            if g.shape != shape { g = g.sumTo(shape) }
            if g.dtype != dtype { g = g.converted(to: dtype) }
            grads[i] = g
        }
        return grads
    }

    override func release() { backward = nil }
}
