extension Tensor {
    /// Row-major strides of `shape`.
    static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var s = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[i] = s
            s *= shape[i]
        }
        return strides
    }

    /// The storage position of each element, in row-major order, of a strided layout:
    /// `start + Σ index[d]·strides[d]` over every index of `shape` (strides may be 0 or
    /// negative). The one walk behind permutes, broadcasts, flips and diagonals.
    static func stridedPositions(shape: [Int], strides: [Int], start: Int = 0) -> [Int] {
        let n = shape.reduce(1, *)
        var positions = [Int](repeating: 0, count: n)
        var index = [Int](repeating: 0, count: shape.count)
        var position = start
        for k in 0..<n {
            positions[k] = position
            var d = shape.count - 1
            while d >= 0 {
                index[d] += 1
                position += strides[d]
                if index[d] < shape[d] { break }
                position -= strides[d] * shape[d]
                index[d] = 0
                d -= 1
            }
        }
        return positions
    }

    /// Element indices (row-major) of `shape` with dimension `dim` restricted to `positions`.
    static func gatherIndices(_ shape: [Int], dim: Int, positions: [Int]) -> [Int] {
        let outer = shape[..<dim].reduce(1, *)
        let inner = shape[(dim + 1)...].reduce(1, *)
        var out: [Int] = []
        out.reserveCapacity(outer * positions.count * inner)
        for o in 0..<outer {
            for p in positions {
                let base = (o * shape[dim] + p) * inner
                for i in 0..<inner { out.append(base + i) }
            }
        }
        return out
    }

    func gathered(_ indices: [Int], shape newShape: [Int]) -> Tensor {
        if dtype == .float32 { return Tensor(dtype: dtype, shape: newShape, floats: indices.map { floats[$0] }) }
        return Tensor(dtype: dtype, shape: newShape, doubles: indices.map { doubles[$0] })
    }

    func scattered(_ indices: [Int], into shape: [Int]) -> Tensor {
        let out = Tensor.full(shape, 0, dtype: dtype)
        if dtype == .float32 {
            for (k, i) in indices.enumerated() { out.floats[i] += floats[k] }
        } else {
            for (k, i) in indices.enumerated() { out.doubles[i] += doubles[k] }
        }
        return out
    }

    func checkDim(_ dim: Int) throws -> Int {
        let n = Swift.max(rank, 1)
        guard dim >= -n && dim < n, rank > 0 else {
            if rank == 0 { throw EngineError.index("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number") }
            throw EngineError.index("Dimension out of range (expected to be in range of [\(-n), \(n - 1)], but got \(dim))")
        }
        return dim < 0 ? dim + n : dim
    }

    /// `self[index]` along dimension `dim` (default the first), dropping that dimension
    /// (`SelectBackward0`). Negative indices count from the end.
    /// - Throws: `IndexError` as PyTorch for out-of-range indices or 0-d tensors.
    public func select(_ index: Int, dim: Int = 0) throws -> Tensor {
        let d = try checkDim(dim)
        let size = shape[d]
        guard index >= -size && index < size else {
            throw EngineError.index("index \(index) is out of bounds for dimension \(d) with size \(size)")
        }
        let i = index < 0 ? index + size : index
        let indices = Tensor.gatherIndices(shape, dim: d, positions: [i])
        var newShape = shape
        newShape.remove(at: d)
        let out = gathered(indices, shape: newShape)
        let inputShape = shape
        return unary("SelectBackward0", out, saves: false) { g in g.scattered(indices, into: inputShape) }
    }

    /// `self[start:end:step]` along dimension `dim` (`SliceBackward0`), with Python's
    /// clamping of out-of-range bounds; nil bounds mean the ends.
    /// - Throws: `ValueError` for a non-positive step ("step must be greater than zero").
    public func slice(start: Int? = nil, end: Int? = nil, step: Int = 1, dim: Int = 0) throws -> Tensor {
        let d = try checkDim(dim)
        guard step > 0 else { throw EngineError.value("step must be greater than zero") }
        let size = shape[d]
        func clamp(_ v: Int?, _ fallback: Int) -> Int {
            guard var v else { return fallback }
            if v < 0 { v += size }
            return Swift.min(Swift.max(v, 0), size)
        }
        let lo = clamp(start, 0), hi = Swift.max(clamp(end, size), lo)
        let positions = Array(stride(from: lo, to: hi, by: step))
        let indices = Tensor.gatherIndices(shape, dim: d, positions: positions)
        var newShape = shape
        newShape[d] = positions.count
        let out = gathered(indices, shape: newShape)
        let inputShape = shape
        return unary("SliceBackward0", out, saves: false) { g in g.scattered(indices, into: inputShape) }
    }

    /// A tensor with the same values in a new shape (`reshape`; one `-1` is inferred).
    /// - Throws: `RuntimeError` as PyTorch when the sizes do not match.
    public func reshape(_ newShape: [Int]) throws -> Tensor {
        var resolved = newShape
        if newShape.filter({ $0 == -1 }).count > 1 { throw EngineError.runtime("only one dimension can be inferred") }
        if let (i, bad) = newShape.enumerated().first(where: { $0.element < -1 }) {
            throw EngineError.runtime("invalid shape dimension \(bad) at index \(i) of shape \(Tensor.sizeList(newShape))")
        }
        if let k = newShape.firstIndex(of: -1) {
            let known = newShape.enumerated().filter { $0.offset != k }.map(\.element).reduce(1, *)
            if known > 0 && count % known == 0 { resolved[k] = count / known }
        }
        guard resolved.reduce(1, *) == count, resolved.allSatisfy({ $0 >= 0 }) else {
            throw EngineError.runtime("shape '\(Tensor.sizeList(newShape))' is invalid for input of size \(count)")
        }
        let out = Tensor(dtype: dtype, shape: resolved, floats: floats, doubles: doubles)
        let inputShape = shape
        return unary("ViewBackward0", out, saves: false) { g in Tensor(dtype: g.dtype, shape: inputShape, floats: g.floats, doubles: g.doubles) }
    }
}
