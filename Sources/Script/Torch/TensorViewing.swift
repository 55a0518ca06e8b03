import Engine

/// The tensor methods that return views in PyTorch (`view`, `reshape` of a contiguous
/// tensor, `flatten`, `unsqueeze`/`squeeze`, `t`/`T`/`transpose`/`permute`, `expand`,
/// `narrow`/`split`/`chunk`/`unbind`, `detach`, basic indexing): their results are linked to
/// the tensor they view, so in-place writes through either reach the other.
extension TorchLibrary {
    /// `op(base)`, linked as a view of `base`. `sameOrder` ops keep the element order; for
    /// the others the positions come from running `op` on `base`'s position tensor.
    static func viewing(_ base: Tensor, sameOrder: Bool = false, differentiable: Bool = true, _ op: (Tensor) throws -> Tensor) throws -> Tensor {
        let out = try op(base)
        guard out !== base else { return out }
        if sameOrder {
            out.linkAsView(of: base, positions: nil, differentiable: differentiable)
        } else {
            let positions = try GradMode.withNoGrad { try op(base.positionTensor()) }
            out.linkAsView(of: base, positions: positions.values.map { Int($0) })
        }
        return out
    }

    /// Parts of `base` (`split`, `chunk`, `unbind`, iteration), each linked as one of several
    /// views (which PyTorch refuses to write in place with autograd).
    static func viewingParts(_ base: Tensor, _ op: (Tensor) throws -> [Tensor]) throws -> [Tensor] {
        let parts = try op(base)
        let positions = try GradMode.withNoGrad { try op(base.positionTensor()) }
        for (i, (part, p)) in zip(parts, positions).enumerated() where part !== base {
            part.linkAsView(of: base, positions: p.values.map { Int($0) }, multiOutput: true, outputNr: i)
        }
        return parts
    }

    /// `view`/`reshape` to `shape`: a view of a contiguous tensor; `reshape` copies a
    /// non-contiguous one and `view` refuses to when the dimensions would have to merge.
    static func reshaping(_ base: Tensor, _ shape: [Int], view: Bool) throws -> Tensor {
        if base.isContiguous { return try viewing(base, sameOrder: true) { try $0.reshape(shape) } }
        let out = try base.reshape(shape)
        let kept = { (s: [Int]) in s.filter { $0 != 1 } }
        if kept(out.shape) == kept(base.shape) {
            out.linkAsView(of: base, positions: nil)
        } else if view {
            throw PyError("RuntimeError", "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
        }
        return out
    }
}
