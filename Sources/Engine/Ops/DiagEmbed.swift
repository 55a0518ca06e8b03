/// `diag_embed`: the last dimension of the input laid on a diagonal of new square
/// dimensions, as ATen's `diag_embed` (zeros, then the input copied into the diagonal view),
/// with a `DiagEmbedBackward0` node taking that diagonal of the gradient.
extension Tensor {
    /// `torch.diag_embed(self, offset, dim1, dim2)`: a tensor of rank `rank + 1` whose
    /// dimensions `dim1` and `dim2` have size `n + |offset|` (n the last input dimension) and
    /// whose `offset` diagonal over them holds the input (0 above and below).
    /// - Throws: PyTorch's errors for dimensions out of range and identical dimensions.
    public func diagEmbed(offset: Int = 0, dim1: Int = -2, dim2: Int = -1) throws -> Tensor {
        let outRank = rank + 1
        func wrap(_ d: Int) throws -> Int {
            guard d >= -outRank && d < outRank else {
                throw EngineError.index("Dimension out of range (expected to be in range of [\(-outRank), \(outRank - 1)], but got \(d))")
            }
            return d < 0 ? d + outRank : d
        }
        let d1 = try wrap(dim1), d2 = try wrap(dim2)
        guard d1 != d2 else { throw EngineError.runtime("diagonal dimensions cannot be identical \(dim1), \(dim2)") }
        let n = shape.last ?? 1
        let side = n + Swift.abs(offset)
        var outShape: [Int] = []
        var batch = shape.dropLast().makeIterator()
        for d in 0..<outRank { outShape.append(d == d1 || d == d2 ? side : batch.next()!) }
        let outStrides = Tensor.strides(outShape)
        // Each input element's position in the output: its batch indices in the other
        // dimensions, (k + rowShift, k + columnShift) in dim1 and dim2.
        let batchDims = (0..<outRank).filter { $0 != d1 && $0 != d2 }
        let rowShift = Swift.max(-offset, 0), columnShift = Swift.max(offset, 0)
        let batchShape = Array(shape.dropLast())
        let batchCount = batchShape.reduce(1, *)
        var positions: [Int] = []
        positions.reserveCapacity(batchCount * n)
        var index = [Int](repeating: 0, count: batchShape.count)
        for _ in 0..<batchCount {
            var base = 0
            for (i, d) in batchDims.enumerated() { base += index[i] * outStrides[d] }
            for k in 0..<n { positions.append(base + (k + rowShift) * outStrides[d1] + (k + columnShift) * outStrides[d2]) }
            var axis = batchShape.count - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < batchShape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        let inputShape = shape
        return unary("DiagEmbedBackward0", scattered(positions, into: outShape), saves: false) { g in
            g.gathered(positions, shape: inputShape)
        }
    }
}
