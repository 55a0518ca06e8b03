/// `tril`/`triu` (on the last two dims) and `diag` (a vector to a matrix, or a matrix's
/// diagonal), with torch's node names and errors.
extension Tensor {
    /// `tril(diagonal)` (`TrilBackward0`) or `triu(diagonal)` (`TriuBackward0`): zeros above
    /// (below) the `diagonal`-th diagonal of each matrix in the last two dims.
    public func triangle(diagonal k: Int, upper: Bool) throws -> Tensor {
        let name = upper ? "triu" : "tril"
        guard rank >= 2 else { throw EngineError.runtime("\(name): input tensor must have at least 2 dimensions") }
        let rows = shape[rank - 2], cols = shape[rank - 1]
        func masked(_ t: Tensor) -> Tensor {
            let x = t.values
            var out = [Double](repeating: 0, count: x.count)
            for i in 0..<x.count {
                let c = i % cols, r = (i / cols) % rows
                if upper ? c - r >= k : c - r <= k { out[i] = x[i] }
            }
            return t.withValues(out, shape: t.shape)
        }
        return unary(upper ? "TriuBackward0" : "TrilBackward0", masked(self), saves: false) { g in masked(g) }
    }

    /// `tril_`/`triu_`: the same in place.
    public func applyTriangle(diagonal k: Int, upper: Bool) throws {
        try inPlace { try $0.triangle(diagonal: k, upper: upper) }
    }

    /// `torch.diag(input, diagonal)`: a 1-d input becomes a square matrix with it on the
    /// `diagonal`-th diagonal (`DiagEmbedBackward0`); a 2-d input gives that diagonal as a
    /// new tensor (`DiagonalBackward0_copy`).
    public func diag(_ k: Int = 0) throws -> Tensor {
        switch rank {
        case 1:
            let n = count + Swift.abs(k)
            var positions: [Int] = []
            for i in 0..<count { positions.append(k >= 0 ? i * n + i + k : (i - k) * n + i) }
            let x = values
            var out = [Double](repeating: 0, count: n * n)
            for (i, p) in positions.enumerated() { out[p] = x[i] }
            let inputShape = shape
            return unary("DiagEmbedBackward0", withValues(out, shape: [n, n]), saves: false) { g in
                g.gathered(positions, shape: inputShape)
            }
        case 2:
            let rows = shape[0], cols = shape[1]
            var positions: [Int] = []
            var r = k >= 0 ? 0 : -k, c = k >= 0 ? k : 0
            while r < rows && c < cols { positions.append(r * cols + c); r += 1; c += 1 }
            let inputShape = shape
            return unary("DiagonalBackward0_copy", gathered(positions, shape: [positions.count]), saves: false) { g in
                g.scattered(positions, into: inputShape)
            }
        default:
            throw EngineError.runtime("diag(): Supports 1D or 2D tensors. Got \(rank)D")
        }
    }
}
