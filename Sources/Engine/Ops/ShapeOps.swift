/// Shape operations: `view`/`flatten`, `unsqueeze`/`squeeze`, `t`/`transpose`/`permute`,
/// `expand`, `repeat`, `repeat_interleave`, `cat`, `stack`, `split`/`chunk`. Results are
/// copies (the engine has no strided views) recording PyTorch's view nodes.
extension Tensor {
    /// The same values in `newShape` (sizes must multiply to `count`), no autograd.
    func reshapeValues(_ newShape: [Int]) throws -> Tensor {
        guard newShape.reduce(1, *) == count else {
            throw EngineError.runtime("shape '\(Tensor.sizeList(newShape))' is invalid for input of size \(count)")
        }
        return Tensor(dtype: dtype, shape: newShape, floats: floats, doubles: doubles)
    }

    /// Values with dimensions permuted (`out.shape[i] == shape[perm[i]]`), no autograd.
    func permutedValues(_ perm: [Int]) -> Tensor {
        let newShape = perm.map { shape[$0] }
        if rank == 2 && perm == [1, 0] {
            if let marker = transposeOf, marker.version == version, dtype == .float32 {
                return Tensor(dtype: dtype, shape: newShape, floats: marker.data)
            }
            let out = dtype == .float32
                ? Tensor(dtype: dtype, shape: newShape, floats: Tensor.transposeData(floats, rows: shape[0], cols: shape[1]))
                : Tensor(dtype: dtype, shape: newShape, doubles: Tensor.transposeData(doubles, rows: shape[0], cols: shape[1]))
            if dtype == .float32 { out.transposeOf = (out.version, floats) }
            return out
        }
        let inStrides = Tensor.strides(shape)
        let indices = Tensor.stridedPositions(shape: newShape, strides: perm.map { inStrides[$0] })
        return gathered(indices, shape: newShape)
    }

    /// `view`/`reshape` with one `-1` inferred (`ViewBackward0`).
    public func view(_ newShape: [Int]) throws -> Tensor { try reshape(newShape) }

    /// `flatten(start_dim, end_dim)` (`ViewBackward0`; a tensor already flat is returned as is).
    public func flatten(startDim: Int = 0, endDim: Int = -1) throws -> Tensor {
        if rank == 0 { return try reshape([1]) }
        let s = try checkDim(startDim), e = try checkDim(endDim)
        guard s <= e else { throw EngineError.runtime("flatten() has invalid args: start_dim cannot come after end_dim") }
        if s == e { return self }
        let newShape = Array(shape[..<s]) + [shape[s...e].reduce(1, *)] + Array(shape[(e + 1)...])
        return try reshape(newShape)
    }

    /// `unsqueeze(dim)` (`UnsqueezeBackward0`).
    public func unsqueeze(_ dim: Int) -> Tensor {
        let n = rank + 1
        var d = dim < 0 ? dim + n : dim
        d = Swift.min(Swift.max(d, 0), rank)
        var newShape = shape
        newShape.insert(1, at: d)
        let out = Tensor(dtype: dtype, shape: newShape, floats: floats, doubles: doubles)
        let inputShape = shape
        return unary("UnsqueezeBackward0", out, saves: false) { g in try g.reshapeValues(inputShape) }
    }

    /// Checked `unsqueeze` with PyTorch's range error.
    public func unsqueezeChecked(_ dim: Int) throws -> Tensor {
        let n = rank + 1
        guard dim >= -n && dim < n else {
            throw EngineError.index("Dimension out of range (expected to be in range of [\(-n), \(n - 1)], but got \(dim))")
        }
        return unsqueeze(dim)
    }

    /// `squeeze()` (`SqueezeBackward0`) or `squeeze(dim)` (`SqueezeBackward1`).
    public func squeeze(_ dim: Int? = nil) throws -> Tensor {
        var newShape = shape
        let name: String
        if let dim {
            if rank == 0 {
                guard dim >= -1 && dim <= 0 else {
                    throw EngineError.index("Dimension out of range (expected to be in range of [-1, 0], but got \(dim))")
                }
                name = "SqueezeBackward1"
            } else {
                let d = try checkDim(dim)
                if newShape[d] == 1 { newShape.remove(at: d) }
                name = "SqueezeBackward1"
            }
        } else {
            newShape = shape.filter { $0 != 1 }
            name = "SqueezeBackward0"
        }
        let out = Tensor(dtype: dtype, shape: newShape, floats: floats, doubles: doubles)
        let inputShape = shape
        return unary(name, out, saves: false) { g in try g.reshapeValues(inputShape) }
    }

    /// `t()` (`TBackward0`): transpose of a matrix; 0-d and 1-d tensors are returned as is.
    public func t() throws -> Tensor {
        guard rank <= 2 else {
            throw EngineError.runtime("t() expects a tensor with <= 2 dimensions, but self is \(rank)D")
        }
        if rank < 2 { return unary("TBackward0", detachedView(), saves: false) { $0 } }
        return unary("TBackward0", permutedValues([1, 0]), saves: false) { g in g.permutedValues([1, 0]) }
    }

    /// A copy of the values (no history), as a view op's forward.
    func detachedView() -> Tensor { Tensor(dtype: dtype, shape: shape, floats: floats, doubles: doubles) }

    /// `transpose(dim0, dim1)` (`TransposeBackward0`).
    public func transpose(_ dim0: Int, _ dim1: Int) throws -> Tensor {
        if rank == 0 {
            _ = try checkDimAllowingScalar(dim0)
            _ = try checkDimAllowingScalar(dim1)
            return unary("TransposeBackward0", detachedView(), saves: false) { $0 }
        }
        let a = try checkDim(dim0), b = try checkDim(dim1)
        var perm = Array(0..<rank)
        perm.swapAt(a, b)
        return unary("TransposeBackward0", permutedValues(perm), saves: false) { g in g.permutedValues(perm) }
    }

    /// Dimension check where a 0-d tensor accepts 0 and -1, as PyTorch's `maybe_wrap_dim`.
    func checkDimAllowingScalar(_ dim: Int) throws -> Int {
        let n = Swift.max(rank, 1)
        guard dim >= -n && dim < n else {
            throw EngineError.index("Dimension out of range (expected to be in range of [\(-n), \(n - 1)], but got \(dim))")
        }
        return dim < 0 ? dim + n : dim
    }

    /// `permute(dims)` (`PermuteBackward0`); also `.T` and `.mT`.
    public func permute(_ dims: [Int]) throws -> Tensor {
        guard dims.count == rank else {
            throw EngineError.runtime("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(rank) is not equal to len(dims) = \(dims.count)")
        }
        let perm = try dims.map { try checkDimAllowingScalar($0) }
        guard Set(perm).count == perm.count else { throw EngineError.runtime("permute(): duplicate dims are not allowed.") }
        var inverse = [Int](repeating: 0, count: rank)
        for (i, p) in perm.enumerated() { inverse[p] = i }
        return unary("PermuteBackward0", permutedValues(perm), saves: false) { g in g.permutedValues(inverse) }
    }

    /// This tensor broadcast to `target` (values copied), with PyTorch's `expand` checks.
    func expanded(to target: [Int]) throws -> Tensor {
        try checkExpand(target)
        return expand(to: target)
    }

    func checkExpand(_ target: [Int]) throws {
        guard target.count >= rank else {
            throw EngineError.runtime("expand(torch.FloatTensor{\(Tensor.sizeList(shape))}, size=\(Tensor.sizeList(target))): the number of sizes provided (\(target.count)) must be greater or equal to the number of dimensions in the tensor (\(rank))")
        }
        let offset = target.count - rank
        for i in 0..<rank where shape[i] != 1 && shape[i] != target[i + offset] {
            throw EngineError.runtime("The expanded size of the tensor (\(target[i + offset])) must match the existing size (\(shape[i])) at non-singleton dimension \(i + offset).  Target sizes: \(Tensor.sizeList(target)).  Tensor sizes: \(Tensor.sizeList(shape))")
        }
    }

    /// `expand(sizes)` (`ExpandBackward0`; `-1` keeps a size).
    public func expand(_ sizes: [Int]) throws -> Tensor {
        let offset = sizes.count - rank
        var target = sizes
        for i in 0..<sizes.count where sizes[i] == -1 {
            guard i >= offset else {
                throw EngineError.runtime("The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension \(i)")
            }
            target[i] = shape[i - offset]
        }
        try checkExpand(target)
        let inputShape = shape
        return unary("ExpandBackward0", expand(to: target), saves: false) { g in g.sumTo(inputShape) }
    }

    /// `repeat(sizes)` (`RepeatBackward0`).
    public func repeated(_ repeats: [Int]) throws -> Tensor {
        guard repeats.count >= rank else {
            throw EngineError.runtime("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
        }
        let padded = [Int](repeating: 1, count: repeats.count - rank) + shape
        let outShape = zip(padded, repeats).map { $0 * $1 }
        let base = try reshapeValues(padded)
        // Index of each output element in the padded input.
        let inStrides = Tensor.strides(padded)
        let n = outShape.reduce(1, *)
        var indices = [Int](repeating: 0, count: n)
        var counter = [Int](repeating: 0, count: outShape.count)
        for k in 0..<n {
            var idx = 0
            for d in 0..<outShape.count { idx += (counter[d] % padded[d]) * inStrides[d] }
            indices[k] = idx
            var d = outShape.count - 1
            while d >= 0 {
                counter[d] += 1
                if counter[d] < outShape[d] { break }
                counter[d] = 0
                d -= 1
            }
        }
        let out = base.gathered(indices, shape: outShape)
        let inputShape = shape
        return unary("RepeatBackward0", out, saves: false) { g in
            let summed = g.scattered(indices, into: padded)
            return try summed.reshapeValues(inputShape)
        }
    }

    /// `repeat_interleave(repeats, dim)` with an integer count (`IndexSelectBackward0`,
    /// flattening first when `dim` is nil).
    public func repeatInterleave(_ repeats: [Int], dim: Int?) throws -> Tensor {
        let source = dim == nil ? try flatten() : self
        let d = dim == nil ? 0 : try source.checkDim(dim!)
        let size = source.shape[d]
        let counts = repeats.count == 1 ? [Int](repeating: repeats[0], count: size) : repeats
        guard counts.count == size else {
            throw EngineError.runtime("repeats must have the same size as input along dim, but got repeats.size(0) = \(counts.count) and input.size(\(d)) = \(size)")
        }
        if let negative = counts.first(where: { $0 < 0 }) { _ = negative; throw EngineError.runtime("repeats can not be negative") }
        var positions: [Int] = []
        for (i, c) in counts.enumerated() { positions.append(contentsOf: repeatElement(i, count: c)) }
        return try source.indexSelect(d, positions)
    }

    /// `index_select(dim, index)` (`IndexSelectBackward0`).
    public func indexSelect(_ dim: Int, _ positions: [Int]) throws -> Tensor {
        let d = try checkDim(dim)
        let size = shape[d]
        let resolved = try positions.map { p -> Int in
            guard p >= -size && p < size else { throw EngineError.index("index out of range in self") }
            return p < 0 ? p + size : p
        }
        let indices = Tensor.gatherIndices(shape, dim: d, positions: resolved)
        var newShape = shape
        newShape[d] = resolved.count
        let inputShape = shape
        return unary("IndexSelectBackward0", gathered(indices, shape: newShape), saves: false) { g in g.scattered(indices, into: inputShape) }
    }

    /// `torch.cat(tensors, dim)` (`CatBackward0`) with PyTorch's type promotion.
    public static func cat(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
        guard !tensors.isEmpty else { throw EngineError.value("torch.cat(): expected a non-empty list of Tensors") }
        // Legacy behaviour: 1-d empty tensors are skipped.
        let parts = tensors.filter { !($0.rank == 1 && $0.count == 0) }
        guard let first = parts.first else { return tensors[0].detachedView() }
        guard first.rank > 0 else { throw EngineError.runtime("zero-dimensional tensor (at position 0) cannot be concatenated") }
        let d = try first.checkDim(dim)
        for (i, t) in parts.enumerated() {
            guard t.rank > 0 else { throw EngineError.runtime("zero-dimensional tensor (at position \(i)) cannot be concatenated") }
            guard t.rank == first.rank else {
                throw EngineError.runtime("Tensors must have same number of dimensions: got \(first.rank) and \(t.rank)")
            }
            for k in 0..<first.rank where k != d && t.shape[k] != first.shape[k] {
                throw EngineError.runtime("Sizes of tensors must match except in dimension \(d). Expected size \(first.shape[k]) but got size \(t.shape[k]) for tensor number \(i) in the list.")
            }
        }
        let dtype = parts.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
        let outer = first.shape[..<d].reduce(1, *)
        let inner = first.shape[(d + 1)...].reduce(1, *)
        var outShape = first.shape
        outShape[d] = parts.reduce(0) { $0 + $1.shape[d] }
        let converted = parts.map { $0.converted(to: dtype) }
        let out: Tensor
        if dtype == .float32 {
            var values: [Float] = []
            values.reserveCapacity(outShape.reduce(1, *))
            for o in 0..<outer {
                for t in converted {
                    let chunk = t.shape[d] * inner
                    values.append(contentsOf: t.floats[(o * chunk)..<((o + 1) * chunk)])
                }
            }
            out = Tensor(dtype: dtype, shape: outShape, floats: values)
        } else {
            var values: [Double] = []
            for o in 0..<outer {
                for t in converted {
                    let chunk = t.shape[d] * inner
                    values.append(contentsOf: t.doubles[(o * chunk)..<((o + 1) * chunk)])
                }
            }
            out = Tensor(dtype: dtype, shape: outShape, doubles: values)
        }
        guard recording, parts.contains(where: { $0.requiresGrad }), dtype.isFloatingPoint else { return out }
        let sizes = parts.map { $0.shape[d] }
        out.gradFn = MultiInputNode("CatBackward0", parts) { g in
            var start = 0
            return try sizes.map { size in
                defer { start += size }
                return try g.sliceValues(dim: d, start: start, length: size)
            }
        }
        return out
    }

    /// `torch.stack(tensors, dim)` (`StackBackward0`).
    public static func stack(_ tensors: [Tensor], dim: Int = 0) throws -> Tensor {
        guard let first = tensors.first else { throw EngineError.runtime("stack expects a non-empty TensorList") }
        for (i, t) in tensors.enumerated() where t.shape != first.shape {
            throw EngineError.runtime("stack expects each tensor to be equal size, but got \(sizeList(first.shape)) at entry 0 and \(sizeList(t.shape)) at entry \(i)")
        }
        let n = first.rank + 1
        guard dim >= -n && dim < n else {
            throw EngineError.index("Dimension out of range (expected to be in range of [\(-n), \(n - 1)], but got \(dim))")
        }
        let d = dim < 0 ? dim + n : dim
        var unsqueezedShape = first.shape
        unsqueezedShape.insert(1, at: d)
        let pieces = try tensors.map { try $0.reshapeValues(unsqueezedShape) }
        let out = try GradMode.withNoGrad { try cat(pieces, dim: d) }
        guard recording, tensors.contains(where: { $0.requiresGrad }), out.dtype.isFloatingPoint else { return out }
        let shape = first.shape
        out.gradFn = MultiInputNode("StackBackward0", tensors) { g in
            try (0..<tensors.count).map { i in try g.sliceValues(dim: d, start: i, length: 1).reshapeValues(shape) }
        }
        return out
    }

    /// `length` entries of dimension `dim` from `start`, no autograd.
    func sliceValues(dim d: Int, start: Int, length: Int) throws -> Tensor {
        let indices = Tensor.gatherIndices(shape, dim: d, positions: Array(start..<(start + length)))
        var newShape = shape
        newShape[d] = length
        return gathered(indices, shape: newShape)
    }

    /// `split(size, dim)` / `split([sizes], dim)` / `chunk(n, dim)` (`SplitBackward0` /
    /// `SplitWithSizesBackward0`).
    public func split(sizes: [Int], dim: Int, withSizes: Bool) throws -> [Tensor] {
        let d = try checkDim(dim)
        let total = shape[d]
        if withSizes {
            guard sizes.reduce(0, +) == total else {
                throw EngineError.runtime("split_with_sizes expects split_sizes to sum exactly to \(total) (input tensor's size at dimension \(d)), but got split_sizes=\(Tensor.sizeList(sizes))")
            }
        }
        var start = 0
        var pieces: [Tensor] = []
        let inputShape = shape
        let name = withSizes ? "SplitWithSizesBackward0" : "SplitBackward0"
        for size in sizes {
            let out = try sliceValues(dim: d, start: start, length: size)
            let s = start
            pieces.append(unary(name, out, saves: false) { g in
                let indices = Tensor.gatherIndices(inputShape, dim: d, positions: Array(s..<(s + size)))
                return g.scattered(indices, into: inputShape)
            })
            start += size
        }
        Tensor.shareNode(pieces)
        return pieces
    }

    /// `unbind(dim)`: the slices along `dim`, that dimension dropped (`UnbindBackward0`).
    public func unbind(dim: Int = 0) throws -> [Tensor] {
        let d = try checkDim(dim)
        let inputShape = shape
        var newShape = shape
        newShape.remove(at: d)
        let parts = (0..<shape[d]).map { i in
            let indices = Tensor.gatherIndices(inputShape, dim: d, positions: [i])
            return unary("UnbindBackward0", gathered(indices, shape: newShape), saves: false) { g in
                g.scattered(indices, into: inputShape)
            }
        }
        Tensor.shareNode(parts)
        return parts
    }

    /// Piece sizes of `split(splitSize, dim)`.
    public func splitSizes(_ splitSize: Int, dim: Int) throws -> [Int] {
        let d = try checkDim(dim)
        let total = shape[d]
        guard splitSize > 0 || total == 0 else {
            throw EngineError.runtime("split_size can only be 0 if dimension size is 0, but got dimension size of \(total)")
        }
        if total == 0 { return [0] }
        var sizes: [Int] = []
        var remaining = total
        while remaining > 0 { sizes.append(Swift.min(splitSize, remaining)); remaining -= splitSize }
        return sizes
    }

    /// Piece sizes of `chunk(chunks, dim)`.
    public func chunkSizes(_ chunks: Int, dim: Int) throws -> [Int] {
        guard chunks > 0 else { throw EngineError.runtime("chunk expects `chunks` to be greater than 0, got: \(chunks)") }
        let d = try checkDim(dim)
        let total = shape[d]
        let splitSize = (total + chunks - 1) / chunks
        if splitSize == 0 && total == 0 {
            return [Int](repeating: 0, count: chunks)
        }
        return try splitSizes(Swift.max(splitSize, 1), dim: d)
    }
}

extension Tensor {
    /// A normalized dimension index, or PyTorch's range error.
    public func checkDimPublic(_ dim: Int) throws -> Int { try checkDimAllowingScalar(dim) }

    /// This tensor broadcast to `target` (values copied, no autograd).
    public func expandedPublic(to target: [Int]) throws -> Tensor { try expanded(to: target) }

    /// `.mT`: the last two dimensions swapped (`TransposeBackward0`).
    public func batchTransposedView() throws -> Tensor {
        guard rank >= 2 else { throw EngineError.runtime("tensor.mT is only supported on matrices or batches of matrices. Got \(rank)-D tensor.") }
        return try transpose(-2, -1)
    }
}
