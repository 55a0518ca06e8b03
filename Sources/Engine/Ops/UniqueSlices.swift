/// `torch.unique(t, dim=d)`: the distinct slices along one dimension.
extension Tensor {
    /// The distinct slices along `dim`, sorted lexicographically as ATen's `unique_dim`
    /// sorts them, the inverse index of every slice (shape `[size(dim)]`) and the counts.
    /// - Throws: torch's error for a dimension out of range.
    public func unique(dim: Int) throws -> (values: Tensor, inverse: Tensor, counts: Tensor) {
        let d = try checkDimPublic(dim)
        let size = shape[d]
        let outer = shape[..<d].reduce(1, *), inner = shape[(d + 1)...].reduce(1, *)
        let x = values
        let slices: [[Double]] = (0..<size).map { k in
            var s: [Double] = []
            s.reserveCapacity(outer * inner)
            for o in 0..<outer { s.append(contentsOf: x[((o * size + k) * inner)..<((o * size + k) * inner + inner)]) }
            return s
        }
        func less(_ a: [Double], _ b: [Double]) -> Bool {
            for (u, v) in zip(a, b) where u != v { return u < v }
            return false
        }
        let order = (0..<size).sorted { less(slices[$0], slices[$1]) || (!less(slices[$1], slices[$0]) && $0 < $1) }
        var distinct: [[Double]] = []
        var inverse = [Double](repeating: 0, count: size)
        var counts: [Double] = []
        for k in order {
            if let last = distinct.last, last == slices[k] {
                counts[counts.count - 1] += 1
            } else {
                distinct.append(slices[k])
                counts.append(1)
            }
            inverse[k] = Double(distinct.count - 1)
        }
        var outShape = shape
        outShape[d] = distinct.count
        var out = [Double](repeating: 0, count: outer * distinct.count * inner)
        for (j, s) in distinct.enumerated() {
            for o in 0..<outer {
                for i in 0..<inner { out[(o * distinct.count + j) * inner + i] = s[o * inner + i] }
            }
        }
        return (withValues(out, shape: outShape),
                Tensor(dtype: .int64, shape: [size], doubles: inverse),
                Tensor(dtype: .int64, shape: [distinct.count], doubles: counts))
    }
}
