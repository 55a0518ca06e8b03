/// The loop ATen's `TensorIterator` runs over an elementwise operation's operands: the
/// dimensions reordered by stride (`reorder_dimensions`) and merged where every operand
/// steps through them as one (`coalesce_dimensions`).
///
/// Which elements ATen's `cpu_kernel_vec` computes with its vector function (SLEEF, for
/// `pow` and `gelu`) and which with the scalar one (the C library) depends on this loop: whole
/// blocks of two vectors along each run of the innermost merged dimension take the vector
/// path when every operand is contiguous there (or one input is a broadcast scalar), the rest
/// of the run the scalar path. Descent stores tensors row-major in logical order; a view's
/// strides come from where its elements lie in its root.
struct IteratorLayout {
    /// Logical dimensions innermost first, as `TensorIterator` orders them.
    let permutation: [Int]
    /// The logical dimensions merged into the innermost loop dimension, innermost first.
    let innerDims: [Int]
    /// Length of one run of the innermost loop dimension.
    let innerSize: Int
    /// Whether every operand is contiguous along that dimension (or exactly one input is a
    /// broadcast scalar there), so `vectorized_loop` runs rather than `basic_loop`.
    let vectorizable: Bool

    /// The layout of a loop writing a fresh output of `shape` from inputs with the given
    /// strides (in elements over `shape`, 0 where an input broadcasts). The output, allocated
    /// by the iterator, is dense in the inputs' order.
    init(shape: [Int], inputStrides: [[Int]]) {
        let rank = shape.count
        let perm = IteratorLayout.order(shape: shape, strides: inputStrides, reduction: false)
        permutation = perm
        // The output: dense in loop order.
        var outStrides = [Int](repeating: 0, count: rank)
        var step = 1
        for d in perm {
            outStrides[d] = step
            step *= shape[d]
        }
        let operands = [outStrides] + inputStrides
        // Merge dimensions from the innermost while every operand steps through them as one.
        var inner: [Int] = []
        var size = 1
        var base: Int?
        for d in perm {
            if shape[d] == 1 { inner.append(d); continue }
            if let b = base {
                let merges = operands.allSatisfy { size * $0[b] == $0[d] }
                if !merges { break }
            } else {
                base = d
            }
            inner.append(d)
            size *= shape[d]
        }
        innerDims = inner
        innerSize = size
        if let b = base {
            let inputs = inputStrides.map { $0[b] }
            let scalars = inputs.filter { $0 == 0 }.count
            vectorizable = inputs.allSatisfy { $0 == 1 || $0 == 0 } && scalars <= 1 && (scalars == 0 || inputs.count > 1)
        } else {
            vectorizable = false
        }
    }

    /// `reorder_dimensions`: the dimensions innermost first, by the operands' strides in turn
    /// (an operand with a 0 stride in either dim skips; equal strides put the smaller size
    /// inside). For a reduction, operand 0 is the output, whose reduced (0-stride) dims go
    /// innermost.
    static func order(shape: [Int], strides operands: [[Int]], reduction: Bool) -> [Int] {
        let rank = shape.count
        var perm = Array((0..<rank).reversed())
        // 1: d0 goes outside d1; -1: inside; 0: undecided.
        func shouldSwap(_ d0: Int, _ d1: Int) -> Int {
            for (k, strides) in operands.enumerated() {
                let (s0, s1) = (strides[d0], strides[d1])
                if reduction && k == 0 && (s0 == 0) != (s1 == 0) { return s1 == 0 ? 1 : -1 }
                if s0 == 0 || s1 == 0 { continue }
                if s0 < s1 { return -1 }
                if s0 > s1 { return 1 }
                if shape[d0] > shape[d1] { return 1 }
            }
            return 0
        }
        if rank > 1 {
            for i in 1..<rank {
                var d1 = i
                var d0 = i - 1
                while d0 >= 0 {
                    let c = shouldSwap(perm[d0], perm[d1])
                    if c > 0 {
                        perm.swapAt(d0, d1)
                        d1 = d0
                    } else if c < 0 {
                        break
                    }
                    d0 -= 1
                }
            }
        }
        return perm
    }

    /// `coalesce_dimensions` over dims in loop order (innermost first): the merged sizes and
    /// each operand's strides.
    static func coalesce(shape: [Int], strides operands: [[Int]], order perm: [Int]) -> (shape: [Int], strides: [[Int]]) {
        var sizes = perm.map { shape[$0] }
        var strides = operands.map { s in perm.map { s[$0] } }
        guard sizes.count > 1 else { return (sizes, strides) }
        var prev = 0
        for d in 1..<sizes.count {
            let canMerge = sizes[prev] == 1 || sizes[d] == 1 || strides.allSatisfy { sizes[prev] * $0[prev] == $0[d] }
            if canMerge {
                if sizes[prev] == 1 { for k in strides.indices { strides[k][prev] = strides[k][d] } }
                sizes[prev] *= sizes[d]
            } else {
                prev += 1
                if prev != d {
                    for k in strides.indices { strides[k][prev] = strides[k][d] }
                    sizes[prev] = sizes[d]
                }
            }
        }
        sizes.removeSubrange((prev + 1)...)
        for k in strides.indices { strides[k].removeSubrange((prev + 1)...) }
        return (sizes, strides)
    }

    /// For each element of the output (row-major over `shape`), whether `cpu_kernel_vec`
    /// computes it in a whole block of `block` elements (two vectors) of its run.
    func vectorized(shape: [Int], block: Int) -> [Bool] {
        let count = shape.reduce(1, *)
        guard vectorizable, innerSize >= block else { return [Bool](repeating: false, count: count) }
        let cutoff = innerSize - innerSize % block
        // Position within the run: Σ index·(product of the run's inner sizes).
        var weight = [Int](repeating: 0, count: shape.count)
        var w = 1
        for d in innerDims {
            weight[d] = w
            w *= shape[d]
        }
        return Tensor.stridedPositions(shape: shape, strides: weight).map { $0 < cutoff }
    }
}

extension Tensor {
    /// Strides in elements of this tensor's layout in memory (row-major for a tensor that
    /// owns its elements, from its positions in the root for a strided view); nil for a view
    /// whose elements are not evenly strided.
    func elementStrides() -> [Int]? {
        var logical = [Int](repeating: 1, count: rank)
        if rank >= 2 {
            for d in stride(from: rank - 2, through: 0, by: -1) { logical[d] = logical[d + 1] * shape[d + 1] }
        }
        guard let positions = viewLink?.positions, count > 1 else { return logical }
        var strides = [Int](repeating: 0, count: rank)
        for d in 0..<rank where shape[d] > 1 {
            strides[d] = positions[logical[d]] - positions[0]
        }
        var index = [Int](repeating: 0, count: rank)
        var expected = positions[0]
        for i in 0..<count {
            if positions[i] != expected { return nil }
            var d = rank - 1
            while d >= 0 {
                index[d] += 1
                expected += strides[d]
                if index[d] < shape[d] { break }
                expected -= strides[d] * shape[d]
                index[d] = 0
                d -= 1
            }
        }
        return strides
    }

    /// This tensor's strides over `target`, a shape it broadcasts to (0 where it repeats; all
    /// 0 for `sum`'s gradient, a single value expanded).
    func broadcastStrides(to target: [Int]) -> [Int] {
        if expandedScalarVersion == version { return [Int](repeating: 0, count: target.count) }
        let own = elementStrides() ?? Tensor(dtype: dtype, shape: shape).elementStrides()!
        let offset = target.count - rank
        return (0..<target.count).map { d in
            d < offset || shape[d - offset] == 1 ? 0 : own[d - offset]
        }
    }

    /// For each element, whether ATen's vectorized unary loop over this tensor computes it in
    /// a whole vector block (see `IteratorLayout`).
    func vectorizedElements() -> [Bool] {
        let block = 2 * VectorKernels.floatLanes
        if viewLink == nil || rank < 2 {
            let strided = rank == 1 && (elementStrides()?.first ?? 1) != 1 && count > 1
            let cutoff = strided ? 0 : count - count % block
            return (0..<count).map { $0 < cutoff }
        }
        return IteratorLayout(shape: shape, inputStrides: [broadcastStrides(to: shape)]).vectorized(shape: shape, block: block)
    }
}
