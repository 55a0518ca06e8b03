/// `median`, `nanmedian`, `kthvalue` and `mode`: order statistics along a dim with the index of the
/// chosen element, picked among tied values exactly as ATen's CPU kernels pick it.
extension Tensor {
    /// The value and index chosen in each line along `dim` by `choose` (given the line's
    /// values, it returns a position), as a `name` node scattering the gradient to it.
    func selectingReduction(dim: Int, keepdim: Bool, name: String, what: String,
                            _ choose: ([Double]) -> Int) throws -> (values: Tensor, indices: Tensor) {
        let d = try checkDimAllowingScalar(dim)
        if rank == 0 {
            _ = choose([value(at: 0)])
            return (unary(name, detachedView(), saves: false) { $0 }, Tensor(0, dtype: .int64))
        }
        guard shape[d] > 0 else { throw EngineError.index("\(what)(): Expected reduction dim \(d) to have non-zero size.") }
        let outer = shape[..<d].reduce(1, *), size = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let x = values
        var picked = [Int](repeating: 0, count: outer * inner), idx = [Double](repeating: 0, count: outer * inner)
        var line = [Double](repeating: 0, count: size)
        for o in 0..<outer {
            for j in 0..<inner {
                for i in 0..<size { line[i] = x[(o * size + i) * inner + j] }
                let p = choose(line)
                picked[o * inner + j] = (o * size + p) * inner + j
                idx[o * inner + j] = Double(p)
            }
        }
        let outShape = reducedShape([d], keepdim: keepdim), inputShape = shape
        let values = unary(name, gathered(picked, shape: outShape), saves: false) { g in g.scattered(picked, into: inputShape) }
        return (values, Tensor(dtype: .int64, shape: outShape, doubles: idx))
    }

    /// `median(dim, keepdim)` (`MedianBackward1`): the lower median, the first NaN if any;
    /// ATen's `nth_element` compares (value, index), so among ties it is the
    /// `(n - 1) / 2`-th in stable order.
    public func median(dim: Int, keepdim: Bool) throws -> (values: Tensor, indices: Tensor) {
        try selectingReduction(dim: dim, keepdim: keepdim, name: "MedianBackward1", what: "median") { line in
            if let nan = line.firstIndex(where: { $0.isNaN }) { return nan }
            let order = (0..<line.count).sorted { line[$0] < line[$1] || (line[$0] == line[$1] && $0 < $1) }
            return order[(line.count - 1) / 2]
        }
    }

    /// `median()` of all elements (`MedianBackward0`, its gradient shared evenly among the
    /// elements equal to the median): the lower median, NaN if any element is NaN (or none is).
    public func median() throws -> Tensor {
        let x = values
        let m: Double
        if x.isEmpty || x.contains(where: { $0.isNaN }) { m = .nan } else { m = x.sorted()[(x.count - 1) / 2] }
        let out = withValues([m], shape: [])
        let saved = SavedTensor(self)
        return unary("MedianBackward0", out) { g in
            let input = try saved.unpack().values
            let mask = input.map { ($0 == m || ($0.isNaN && m.isNaN)) ? 1.0 : 0.0 }
            let n = mask.reduce(0, +)
            let gv = try g.item()
            return g.withValues(mask.map { $0 * gv / n }, shape: self.shape)
        }
    }

    /// `nanmedian(dim, keepdim)` (`NanmedianBackward1`): the lower median of each line's
    /// non-NaN values. ATen picks it with libstdc++'s `std::nth_element` over indices ordered
    /// by (value, index) with NaN last; a line of NaN only leaves the NaN that introselect's
    /// swaps put first.
    public func nanmedian(dim: Int, keepdim: Bool) throws -> (values: Tensor, indices: Tensor) {
        try selectingReduction(dim: dim, keepdim: keepdim, name: "NanmedianBackward1", what: "nanmedian") { line in
            let numbers = line.filter { !$0.isNaN }.count
            var order = Array(0..<line.count)
            let nth = (numbers - 1) / 2
            StdSortAlgorithms.nthElement(&order, 0, nth, order.count) { a, b in
                let (x, y) = (line[a], line[b])
                return x < y || (x == y && a < b) || (y.isNaN && !x.isNaN)
            }
            return order[nth]
        }
    }

    /// `nanmedian()` of all elements (`NanmedianBackward0`, the gradient shared evenly among
    /// the elements equal to it): the lower median of the non-NaN elements, NaN when none is.
    public func nanmedian() throws -> Tensor {
        let numbers = values.filter { !$0.isNaN }
        let m = numbers.isEmpty ? Double.nan : numbers.sorted()[(numbers.count - 1) / 2]
        let out = withValues([m], shape: [])
        let saved = SavedTensor(self)
        return unary("NanmedianBackward0", out) { g in
            let input = try saved.unpack().values
            let mask = input.map { ($0 == m || ($0.isNaN && m.isNaN)) ? 1.0 : 0.0 }
            let n = mask.reduce(0, +)
            let gv = try g.item()
            return g.withValues(mask.map { $0 * gv / n }, shape: self.shape)
        }
    }

    /// `kthvalue(k, dim, keepdim)` (`KthvalueBackward0`): the k-th smallest (NaN largest),
    /// with the index ATen's quickselect (Sedgewick's, from TH) leaves at position k - 1.
    public func kthvalue(_ k: Int, dim: Int, keepdim: Bool) throws -> (values: Tensor, indices: Tensor) {
        let d = try checkDimAllowingScalar(dim)
        let size = rank == 0 ? 1 : shape[d]
        if rank > 0 && size == 0 { throw EngineError.index("kthvalue(): Expected reduction dim \(d) to have non-zero size.") }
        guard k >= 1 && k <= size else {
            throw EngineError.runtime("kthvalue(): selected number k out of range for dimension \(d)")
        }
        return try selectingReduction(dim: d, keepdim: keepdim, name: "KthvalueBackward0", what: "kthvalue") { line in
            var v = line, ix = Array(0..<line.count)
            Tensor.quickSelect(&v, &ix, k - 1)
            return ix[k - 1]
        }
    }

    /// `mode(dim, keepdim)` (`ModeBackward0`): the smallest most frequent value and, as
    /// ATen's kernel finds it after `std::sort` of (value, index) pairs by value, the index
    /// at the end of that value's run.
    public func mode(dim: Int, keepdim: Bool) throws -> (values: Tensor, indices: Tensor) {
        try selectingReduction(dim: dim, keepdim: keepdim, name: "ModeBackward0", what: "mode") { line in
            var pairs = line.enumerated().map { ($0.element, $0.offset) }
            StdSortAlgorithms.sort(&pairs) { $0.0 < $1.0 }
            var best = 0, bestCount = 0, run = 0
            for i in 0..<pairs.count {
                run += 1
                if i == pairs.count - 1 || pairs[i].0 != pairs[i + 1].0 {
                    if run > bestCount { best = pairs[i].1; bestCount = run }
                    run = 0
                }
            }
            return best
        }
    }

    /// ATen's `quick_select_template`: partitions `v` (and `ix` alongside) until position
    /// `k` holds the k-th smallest, NaN counting as the largest.
    static func quickSelect(_ v: inout [Double], _ ix: inout [Int], _ k: Int) {
        func gt(_ a: Double, _ b: Double) -> Bool { (a.isNaN && !b.isNaN) || a > b }
        func swap(_ i: Int, _ j: Int) { v.swapAt(i, j); ix.swapAt(i, j) }
        var l = 0, r = v.count - 1
        while true {
            if r <= l { return }
            if r == l + 1 {
                if gt(v[l], v[r]) { swap(l, r) }
                return
            }
            let p = (l + r) >> 1
            swap(p, l + 1)
            if gt(v[l + 1], v[r]) { swap(l + 1, r) }
            if gt(v[l], v[r]) { swap(l, r) }
            if gt(v[l + 1], v[l]) { swap(l + 1, l) }
            var i = l + 1, j = r
            let pivot = v[l]
            while true {
                repeat { i += 1 } while gt(pivot, v[i])
                repeat { j -= 1 } while gt(v[j], pivot)
                if j < i { break }
                swap(i, j)
            }
            swap(l, j)
            if j <= k { l = i }
            if j >= k { r = j - 1 }
        }
    }
}
