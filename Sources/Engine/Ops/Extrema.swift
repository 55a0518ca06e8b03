/// `max`/`min` (whole tensor and per dim, with indices), `argmax`/`argmin`, `amax`/`amin`,
/// `sort`, `topk` and `unique`: exact selections, NaN treated as the largest value as in
/// PyTorch, with PyTorch's autograd nodes.
extension Tensor {
    /// Whether `a` wins over `b` for a max (or min) reduction, NaN winning.
    @inline(__always) static func beats(_ a: Double, _ b: Double, max: Bool) -> Bool {
        if a.isNaN { return !b.isNaN }
        if b.isNaN { return false }
        return max ? a > b : a < b
    }

    /// Per output, the winning value and its index along `dim`.
    func extremaValues(dim d: Int, max: Bool) -> (values: [Double], indices: [Double]) {
        let outer = shape[..<d].reduce(1, *), size = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let x = values
        var vals = [Double](repeating: 0, count: outer * inner), idx = [Double](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for j in 0..<inner {
                var best = x[o * size * inner + j], bestIndex = 0
                for i in 1..<Swift.max(size, 1) {
                    let v = x[(o * size + i) * inner + j]
                    if Tensor.beats(v, best, max: max) { best = v; bestIndex = i }
                }
                vals[o * inner + j] = best
                idx[o * inner + j] = Double(bestIndex)
            }
        }
        return (vals, idx)
    }

    func withValues(_ v: [Double], shape newShape: [Int]) -> Tensor {
        dtype == .float32
            ? Tensor(dtype: .float32, shape: newShape, floats: v.map { Float($0) })
            : Tensor(dtype: dtype, shape: newShape, doubles: v)
    }

    /// `max(dim, keepdim)` / `min(dim, keepdim)`: values (`MaxBackward0`/`MinBackward0`) and
    /// int64 indices.
    public func extrema(dim: Int, keepdim: Bool, max: Bool) throws -> (values: Tensor, indices: Tensor) {
        let d = try checkDimAllowingScalar(dim)
        let name = max ? "max" : "min"
        if rank > 0 && shape[d] == 0 {
            throw EngineError.index("\(name)(): Expected reduction dim \(d) to have non-zero size.")
        }
        if rank == 0 {
            let v = unary(max ? "MaxBackward0" : "MinBackward0", detachedView(), saves: false) { $0 }
            return (v, Tensor(0, dtype: .int64))
        }
        let (vals, idx) = extremaValues(dim: d, max: max)
        let keptShape = reducedShape([d], keepdim: true), outShape = reducedShape([d], keepdim: keepdim)
        let out = withValues(vals, shape: outShape)
        let indices = Tensor(dtype: .int64, shape: outShape, doubles: idx)
        let inputShape = shape
        let values = unary(max ? "MaxBackward0" : "MinBackward0", out, saves: false) { g in
            // scatter the gradient to the winning positions
            let gk = g.converted(to: g.dtype).values
            var res = [Double](repeating: 0, count: inputShape.reduce(1, *))
            let outer = inputShape[..<d].reduce(1, *), size = inputShape[d], inner = inputShape[(d + 1)...].reduce(1, *)
            for o in 0..<outer {
                for j in 0..<inner {
                    let k = o * inner + j
                    res[(o * size + Int(idx[k])) * inner + j] = gk[k]
                }
            }
            _ = keptShape
            return g.withValues(res, shape: inputShape)
        }
        return (values, indices)
    }

    /// `max()` / `min()` of all elements (`MaxBackward1`/`MinBackward1`; the gradient is
    /// shared evenly among tied elements).
    public func extremum(max: Bool) throws -> Tensor {
        guard count > 0 else {
            throw EngineError.runtime("\(max ? "max" : "min")(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
        }
        let x = values
        var best = x[0]
        for v in x.dropFirst() where Tensor.beats(v, best, max: max) { best = v }
        let out = withValues([best], shape: [])
        let saved = SavedTensor(self)
        return unary(max ? "MaxBackward1" : "MinBackward1", out) { g in
            let input = try saved.unpack().values
            let mask = input.map { ($0 == best || ($0.isNaN && best.isNaN)) ? 1.0 : 0.0 }
            let n = mask.reduce(0, +)
            let gv = try g.item()
            return g.withValues(mask.map { $0 * gv / n }, shape: self.shape)
        }
    }

    /// `argmax`/`argmin` over all elements (dim nil) or one dim.
    public func argExtremum(dim: Int?, keepdim: Bool, max: Bool) throws -> Tensor {
        guard let dim else {
            guard count > 0 else {
                throw EngineError.runtime("\(max ? "argmax" : "argmin")(): Expected reduction dim to be specified for input.numel() == 0.")
            }
            let flat = try reshapeValues([count])
            let (_, idx) = flat.extremaValues(dim: 0, max: max)
            return Tensor(dtype: .int64, shape: keepdim ? [Int](repeating: 1, count: rank) : [], doubles: idx)
        }
        let d = try checkDimAllowingScalar(dim)
        if rank == 0 { return Tensor(0, dtype: .int64) }
        if shape[d] == 0 {
            throw EngineError.index("\(max ? "argmax" : "argmin")(): Expected reduction dim \(d) to have non-zero size.")
        }
        let (_, idx) = extremaValues(dim: d, max: max)
        return Tensor(dtype: .int64, shape: reducedShape([d], keepdim: keepdim), doubles: idx)
    }

    /// `amax(dim)` / `amin(dim)` (`AmaxBackward0`/`AminBackward0`).
    public func amax(dims: [Int], keepdim: Bool, max: Bool) throws -> Tensor {
        let d = try reductionDims(dims)
        let moved = movingToEnd(d)
        let r = rank == 0 ? 1 : d.reduce(1) { $0 * shape[$1] }
        guard r > 0 else { throw EngineError.index("\(max ? "amax" : "amin")(): Expected reduction dim \(d[0]) to have non-zero size.") }
        let outer = moved.count / r
        let x = moved.values
        var res = [Double](repeating: 0, count: outer)
        for o in 0..<outer {
            var best = x[o * r]
            for i in 1..<r where Tensor.beats(x[o * r + i], best, max: max) { best = x[o * r + i] }
            res[o] = best
        }
        let out = withValues(res, shape: reducedShape(d, keepdim: keepdim))
        let saved = SavedTensor(self), keptShape = reducedShape(d, keepdim: true)
        let result = out.detach()
        return unary(max ? "AmaxBackward0" : "AminBackward0", out) { g in
            let input = try saved.unpack()
            let rk = try result.reshapeValues(keptShape)
            let mask = try Tensor.kernel(.eq, .tensor(input), .tensor(rk)).converted(to: g.dtype)
            let counts = mask.sumValues(over: d)
            let gk = try g.reshapeValues(keptShape)
            return try Tensor.kernel(.mul, .tensor(mask), .tensor(try Tensor.kernel(.div, .tensor(gk), .tensor(counts))))
        }
    }

    /// The comparison ATen's CPU sorts and `topk` use: NaN counts as the largest value.
    static func keyLess(descending: Bool) -> ((Double, Int), (Double, Int)) -> Bool {
        descending
            ? { x, y in (x.0.isNaN && !y.0.isNaN) || x.0 > y.0 }
            : { x, y in (!x.0.isNaN && y.0.isNaN) || x.0 < y.0 }
    }

    /// Per line along `dim` (outer-major, then inner), the positions of the `k` selected
    /// values in output order, as `order` picks them from the line's (value, position) pairs.
    func selectedPositions(dim d: Int, order: (inout [(Double, Int)]) -> Void) -> [[Int]] {
        let outer = shape[..<d].reduce(1, *), size = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let x = values
        var result: [[Int]] = []
        result.reserveCapacity(outer * inner)
        var line = [(Double, Int)](repeating: (0, 0), count: size)
        for o in 0..<outer {
            for j in 0..<inner {
                for i in 0..<size { line[i] = (x[(o * size + i) * inner + j], i) }
                order(&line)
                result.append(line.map { $0.1 })
            }
        }
        return result
    }

    /// `sort(dim, descending, stable)` (`SortBackward0`) → values, int64 indices. A stable
    /// sort keeps tied values in input order (`std::stable_sort`); otherwise ties come out
    /// as libstdc++'s `std::sort` (introsort) leaves them, as in torch.
    public func sort(dim: Int = -1, descending: Bool = false, stable: Bool = false) throws -> (values: Tensor, indices: Tensor) {
        if rank == 0 { return (unary("SortBackward0", detachedView(), saves: false) { $0 }, Tensor(0, dtype: .int64)) }
        let d = try checkDim(dim)
        let less = Tensor.keyLess(descending: descending)
        let orders = selectedPositions(dim: d) { line in
            if stable {
                line.sort { a, b in less(a, b) || (!less(b, a) && a.1 < b.1) }
            } else {
                StdSortAlgorithms.sort(&line, less)
            }
        }
        return try selectTop(dim: d, k: shape[d], orders: orders, name: "SortBackward0")
    }

    /// `topk(k, dim, largest, sorted)` (`TopkBackward0`) → values, int64 indices, ties
    /// ordered as ATen's `topk_impl_loop` leaves them: `std::partial_sort` when
    /// `k * 64 <= n`, else `std::nth_element` followed (if `sorted`) by `std::sort` of the
    /// first `k - 1`.
    public func topk(_ k: Int, dim: Int = -1, largest: Bool = true, sorted: Bool = true) throws -> (values: Tensor, indices: Tensor) {
        let d = rank == 0 ? 0 : try checkDim(dim)
        let size = rank == 0 ? 1 : shape[d]
        guard k >= 0 && k <= size else { throw EngineError.runtime("selected index k out of range") }
        if rank == 0 { return (unary("TopkBackward0", detachedView(), saves: false) { $0 }, Tensor(0, dtype: .int64)) }
        let less = Tensor.keyLess(descending: largest)
        let orders = selectedPositions(dim: d) { line in
            guard k > 0 else { return }
            let n = line.count
            if k * 64 <= n {
                StdSortAlgorithms.partialSort(&line, 0, k, n, less)
            } else {
                StdSortAlgorithms.nthElement(&line, 0, k - 1, n, less)
                if sorted { StdSortAlgorithms.sort(&line, 0, k - 1, less) }
            }
        }
        return try selectTop(dim: d, k: k, orders: orders, name: "TopkBackward0")
    }

    /// Gathers the first `k` positions of each line's order: values with a `name` node that
    /// scatters the gradient back, and int64 indices.
    func selectTop(dim d: Int, k: Int, orders: [[Int]], name: String) throws -> (values: Tensor, indices: Tensor) {
        let outer = shape[..<d].reduce(1, *), size = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        var newShape = shape
        newShape[d] = k
        var gatherIdx = [Int](repeating: 0, count: outer * k * inner)
        var idx = [Double](repeating: 0, count: outer * k * inner)
        for o in 0..<outer {
            for j in 0..<inner {
                let order = orders[o * inner + j]
                for i in 0..<k {
                    let out = (o * k + i) * inner + j
                    gatherIdx[out] = (o * size + order[i]) * inner + j
                    idx[out] = Double(order[i])
                }
            }
        }
        let inputShape = shape
        let values = unary(name, gathered(gatherIdx, shape: newShape), saves: false) { g in g.scattered(gatherIdx, into: inputShape) }
        return (values, Tensor(dtype: .int64, shape: newShape, doubles: idx))
    }

    /// `torch.unique(sorted=True)` of all elements: the sorted distinct values, and optionally
    /// the inverse indices (input-shaped) and counts.
    public func unique() -> (values: Tensor, inverse: Tensor, counts: Tensor) {
        let x = values
        var distinct = Array(Set(x.filter { !$0.isNaN })).sorted()
        let nanCount = x.filter { $0.isNaN }.count
        if nanCount > 0 { distinct.append(contentsOf: [Double](repeating: .nan, count: nanCount)) }
        var position: [Double: Int] = [:]
        for (i, v) in distinct.enumerated() where !v.isNaN { position[v] = i }
        var counts = [Double](repeating: 0, count: distinct.count)
        var nanSeen = 0
        let inverse = x.map { v -> Double in
            if v.isNaN {
                let i = distinct.count - nanCount + nanSeen
                nanSeen += 1
                counts[i] += 1
                return Double(i)
            }
            let i = position[v]!
            counts[i] += 1
            return Double(i)
        }
        return (withValues(distinct, shape: [distinct.count]),
                Tensor(dtype: .int64, shape: shape, doubles: inverse),
                Tensor(dtype: .int64, shape: [distinct.count], doubles: counts))
    }
}
