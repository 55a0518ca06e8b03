import Foundation

/// `torch.multinomial` and `exponential_`, drawn as ATen's CPU kernels draw them
/// (`Distributions.cpp`, `MultinomialKernel.cpp`, `TransformationHelper.h`).
extension Generator {
    /// `exponential_(lambda)`: `-1 / lambda * log1p(-u)` for a 53-bit uniform `u`, in double
    /// (a float32 tensor stores the rounded double).
    public func exponentialDoubles(_ count: Int, lambda: Double) -> [Double] {
        (0..<count).map { _ in (-1.0 / lambda) * log1p(-unitDouble()) }
    }
}

extension Tensor {
    /// `self.exponential_(lambd)`.
    /// - Throws: PyTorch's errors for a non-positive rate, a non-floating tensor, or a leaf
    ///   that requires grad.
    public func exponential(lambda: Double, generator g: Generator) throws {
        guard lambda > 0 else {
            throw EngineError.runtime("exponential_ expects lambda > 0.0, but found lambda=\(Tensor.number(lambda))")
        }
        guard dtype.isFloatingPoint else {
            throw EngineError.runtime("Exponential distribution is a continuous probability distribution. dtype must be a floating point but you specified \(dtype.scalarTypeName)")
        }
        try inPlace(zeroGradName: "ExponentialBackward0") { t in
            try Tensor(g.exponentialDoubles(t.count, lambda: lambda), shape: t.shape, dtype: t.dtype)
        }
    }

    /// `torch.multinomial(self, numSamples, replacement)`: int64 category indices, one row per
    /// distribution. Without replacement, or for one sample, ATen's Gumbel trick: `self / q` for
    /// `q ~ Exp(1)` drawn over the whole input, then the row's argmax or top `numSamples`.
    /// With replacement, a binary search of the normalized cumulative sums (in the input's
    /// precision) for one 53-bit uniform per sample.
    /// - Throws: PyTorch's errors for a bad rank, dtype, sample count or distribution.
    public func multinomial(numSamples n: Int, replacement: Bool, generator g: Generator) throws -> Tensor {
        guard rank == 1 || rank == 2 else { throw EngineError.runtime("prob_dist must be 1 or 2 dim") }
        guard dtype.isFloatingPoint else {
            throw EngineError.runtime("multinomial only supports floating-point dtypes for input, got: \(dtype.scalarTypeName)")
        }
        guard n > 0 else { throw EngineError.runtime("cannot sample n_sample <= 0 samples") }
        let categories = shape[rank - 1]
        guard replacement || n <= categories else {
            throw EngineError.runtime("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
        }
        let rows = rank == 2 ? shape[0] : 1
        let outShape = rank == 2 ? [rows, n] : [n]
        if rows * n == 0 { return try Tensor([Double](), shape: outShape, dtype: .int64) }
        let p = values
        let single = dtype != .float64
        var result = [Double]()
        result.reserveCapacity(rows * n)
        func row(_ r: Int) -> ArraySlice<Double> { p[(r * categories)..<((r + 1) * categories)] }
        if !replacement || n == 1 {
            guard !p.contains(where: { !($0 < .infinity) || $0 < 0 }) else {
                throw EngineError.runtime("probability tensor contains either `inf`, `nan` or element < 0")
            }
            guard (0..<rows).allSatisfy({ row($0).contains { $0 != 0 } }) else {
                throw EngineError.runtime("invalid multinomial distribution (sum of probabilities <= 0)")
            }
            let q = g.exponentialDoubles(p.count, lambda: 1)
            let keys = zip(p, q).map { single ? Double(Float($0) / Float($1)) : $0 / $1 }
            for r in 0..<rows {
                let row = keys[(r * categories)..<((r + 1) * categories)]
                let order = row.indices.sorted { row[$0] > row[$1] || (row[$0] == row[$1] && $0 < $1) }
                result += order.prefix(n).map { Double($0 - r * categories) }
            }
            return try Tensor(result, shape: outShape, dtype: .int64)
        }
        for r in 0..<rows {
            let cumulative = single ? try Self.cumulative(row(r).map { Float($0) }).map(Double.init) : try Self.cumulative(Array(row(r)))
            for _ in 0..<n {
                let u = g.unitDouble()
                var left = 0, right = categories
                while right - left > 0 {
                    let mid = left + (right - left) / 2
                    if cumulative[mid] < u { left = mid + 1 } else { right = mid }
                }
                result.append(Double(left))
            }
        }
        return try Tensor(result, shape: outShape, dtype: .int64)
    }

    /// The normalized cumulative distribution of one row, summed and divided in the input's
    /// precision, its last entry set to 1.
    private static func cumulative<F: BinaryFloatingPoint>(_ row: [F]) throws -> [F] {
        var sums = [F](repeating: 0, count: row.count)
        var sum: F = 0
        for (j, v) in row.enumerated() {
            guard v >= 0 else {
                throw EngineError.runtime("invalid multinomial distribution (encountering probability entry < 0)")
            }
            guard v.isFinite else {
                throw EngineError.runtime("invalid multinomial distribution (encountering probability entry = infinity or NaN)")
            }
            sum += v
            sums[j] = sum
        }
        guard sum > 0 else { throw EngineError.runtime("invalid multinomial distribution (sum of probabilities <= 0)") }
        for j in sums.indices { sums[j] /= sum }
        sums[sums.count - 1] = 1
        return sums
    }
}
