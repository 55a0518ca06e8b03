/// `cummax(dim)` / `cummin(dim)`: the running maximum or minimum along a dimension with the
/// index where it was reached (`CummaxBackward0` / `CumminBackward0`).
extension Tensor {
    /// The running extremum along `dim` and its indices (int64), as ATen's
    /// `cummax_cummin_helper` computes them: a NaN wins and stays, and ties move the index to
    /// the later element (`>=` for the maximum, `<=` for the minimum). The gradient goes to
    /// the element each output was taken from.
    public func cumulativeExtremum(dim: Int, maximum: Bool) throws -> (values: Tensor, indices: Tensor) {
        let d = try checkDimAllowingScalar(dim)
        let name = maximum ? "CummaxBackward0" : "CumminBackward0"
        let size = rank == 0 ? 1 : shape[d]
        let outer = rank == 0 ? 1 : shape[..<d].reduce(1, *), inner = rank == 0 ? 1 : shape[(d + 1)...].reduce(1, *)
        let x = values
        var source = [Int](repeating: 0, count: count), index = [Double](repeating: 0, count: count)
        for o in 0..<outer {
            for j in 0..<inner where size > 0 {
                var best = x[o * size * inner + j], at = 0
                for i in 0..<size {
                    let k = (o * size + i) * inner + j, v = x[k]
                    if v.isNaN || (!best.isNaN && (maximum ? v >= best : v <= best)) { best = v; at = i }
                    source[k] = (o * size + at) * inner + j
                    index[k] = Double(at)
                }
            }
        }
        let inputShape = shape
        let out = unary(name, gathered(source, shape: shape), saves: false) { g in g.scattered(source, into: inputShape) }
        return (out, Tensor(dtype: .int64, shape: shape, doubles: index))
    }
}
