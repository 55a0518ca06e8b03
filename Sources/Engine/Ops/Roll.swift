/// `roll(shifts, dims)`: elements shifted cyclically along dims (`RollBackward0`).
extension Tensor {
    /// `roll(shifts, dims)`; with no dims the flattened tensor is rolled and the shape kept.
    public func roll(shifts: [Int], dims: [Int]) throws -> Tensor {
        if dims.isEmpty && shifts.count != 1 || !dims.isEmpty && shifts.count != dims.count {
            throw EngineError.runtime("shifts and dimensions must align. shifts: \(shifts.count), dims:\(dims.count)")
        }
        var source = Array(0..<count)
        if dims.isEmpty {
            let n = count
            if n > 0 {
                let s = ((shifts[0] % n) + n) % n
                source = (0..<n).map { (($0 - s) % n + n) % n }
            }
        } else {
            for (shift, dim) in zip(shifts, dims) {
                let d = try checkDimAllowingScalar(dim)
                guard rank > 0, shape[d] > 0 else { continue }
                let size = shape[d], inner = shape[(d + 1)...].reduce(1, *)
                let s = ((shift % size) + size) % size
                guard s != 0 else { continue }
                source = (0..<count).map { i in
                    let p = (i / inner) % size
                    let from = i + (((p - s) % size + size) % size - p) * inner
                    return source[from]
                }
            }
        }
        let inputShape = shape
        return unary("RollBackward0", gathered(source, shape: shape), saves: false) { g in g.scattered(source, into: inputShape) }
    }
}
