/// PyTorch's CPU summation of a contiguous floating buffer (`cascade_sum` in SumKernel.cpp),
/// reproduced operation for operation so `sum()` and `mean()` round exactly as PyTorch.
///
/// The buffer is read as 256-bit vectors (8 floats or 4 doubles, as PyTorch's reduction
/// kernels do on x86-64), summed with 4 interleaved accumulators through a 4-level cascade;
/// the scalar tail and then the vector lanes are added last. Accumulation is in the
/// element type (float for float32).
enum CascadeSum {
    static func ceilLog2(_ x: Int) -> Int {
        if x <= 2 { return 1 }
        return (Int.bitWidth - (x - 1).leadingZeroBitCount)
    }

    /// `multi_row_sum`: `size` rows of `nrows` columns of `width` lanes.
    static func multiRowSum<T: BinaryFloatingPoint>(size: Int, nrows: Int, width: Int, _ element: (Int, Int, Int) -> T) -> [T] {
        let levels = 4
        let levelPower = max(4, ceilLog2(size) / levels)
        let levelStep = 1 << levelPower
        let levelMask = levelStep - 1
        let cells = nrows * width
        var acc = [T](repeating: 0, count: levels * cells)
        var i = 0
        while i + levelStep <= size {
            for _ in 0..<levelStep {
                for k in 0..<nrows {
                    for lane in 0..<width { acc[k * width + lane] += element(i, k, lane) }
                }
                i += 1
            }
            for j in 1..<levels {
                for c in 0..<cells {
                    acc[j * cells + c] += acc[(j - 1) * cells + c]
                    acc[(j - 1) * cells + c] = 0
                }
                if i & (levelMask << (j * levelPower)) != 0 { break }
            }
        }
        while i < size {
            for k in 0..<nrows {
                for lane in 0..<width { acc[k * width + lane] += element(i, k, lane) }
            }
            i += 1
        }
        for j in 1..<levels {
            for c in 0..<cells { acc[c] += acc[j * cells + c] }
        }
        return Array(acc[0..<cells])
    }

    /// `row_sum` with PyTorch's 4-way instruction-level parallelism.
    static func rowSum<T: BinaryFloatingPoint>(size: Int, width: Int, _ item: (Int, Int) -> T) -> [T] {
        let ilp = 4
        let sizeIlp = size / ilp
        var partial = multiRowSum(size: sizeIlp, nrows: ilp, width: width) { r, k, lane in item(r * ilp + k, lane) }
        for i in (sizeIlp * ilp)..<max(size, sizeIlp * ilp) {
            for lane in 0..<width { partial[lane] += item(i, lane) }
        }
        for k in 1..<ilp {
            for lane in 0..<width { partial[lane] += partial[k * width + lane] }
        }
        return Array(partial[0..<width])
    }

    /// Sum of all values as PyTorch computes `tensor.sum()`.
    static func sum<T: BinaryFloatingPoint>(_ x: [T], lanes: Int) -> T {
        let n = x.count
        if n >= lanes {
            let vectors = n / lanes
            let v = rowSum(size: vectors, width: lanes) { i, lane in x[i * lanes + lane] }
            var total: T = 0
            for k in (vectors * lanes)..<n { total += x[k] }
            for lane in 0..<lanes { total += v[lane] }
            return total
        }
        return rowSum(size: n, width: 1) { i, _ in x[i] }[0]
    }
}
