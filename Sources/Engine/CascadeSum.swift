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
    /// (Inlined so that `element` compiles into the loop of each caller.)
    @inline(__always)
    static func multiRowSum<T: BinaryFloatingPoint>(size: Int, nrows: Int, width: Int, _ element: (Int, Int, Int) -> T) -> [T] {
        let levels = 4
        let levelPower = max(4, ceilLog2(size) / levels)
        let levelStep = 1 << levelPower
        let levelMask = levelStep - 1
        let cells = nrows * width
        var storage = [T](repeating: 0, count: levels * cells)
        return storage.withUnsafeMutableBufferPointer { acc in
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
    }

    /// `row_sum` with PyTorch's 4-way instruction-level parallelism.
    @inline(__always)
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

extension CascadeSum {
    /// `tensor.sum(dim)` of values viewed as `[outer, r, inner]` over the middle dimension, in
    /// ATen's order (`cascade_sum`): with `inner == 1` each row is an inner (contiguous)
    /// reduction like `sum`; otherwise an outer reduction where columns in whole groups of
    /// four vectors (or of four columns, below one vector's width) are summed by the plain
    /// cascade and the remaining columns by `row_sum` with its 4-way interleaving.
    static func sum<T: BinaryFloatingPoint>(_ x: [T], outer: Int, r: Int, inner: Int, lanes: Int) -> [T] {
        var out = [T](repeating: 0, count: outer * inner)
        if r == 0 { return out }
        x.withUnsafeBufferPointer { p in
            if inner == 1 {
                for o in 0..<outer {
                    let base = o * r
                    out[o] = sum(count: r, lanes: lanes) { p[base + $0] }
                }
                return
            }
            let grouped: Int
            if inner >= lanes {
                grouped = (inner / (4 * lanes)) * 4 * lanes
            } else {
                grouped = (inner / 4) * 4
            }
            // Columns are independent lanes: summing them side by side (as ATen's vectorized
            // kernel does) performs each column's additions in the same order as alone.
            for o in 0..<outer {
                let base = o * r * inner
                if grouped > 0 {
                    let sums = multiRowSum(size: r, nrows: 1, width: grouped) { i, _, lane in p[base + lane + i * inner] }
                    for j in 0..<grouped { out[o * inner + j] = sums[j] }
                }
                if grouped < inner {
                    let rest = inner - grouped, first = base + grouped
                    let sums = rowSum(size: r, width: rest) { i, lane in p[first + lane + i * inner] }
                    for j in 0..<rest { out[o * inner + grouped + j] = sums[j] }
                }
            }
        }
        return out
    }

    /// `sum` of `count` elements read through `element`, as `sum(_:lanes:)`.
    static func sum<T: BinaryFloatingPoint>(count n: Int, lanes: Int, _ element: (Int) -> T) -> T {
        if n >= lanes {
            let vectors = n / lanes
            let v = rowSum(size: vectors, width: lanes) { i, lane in element(i * lanes + lane) }
            var total: T = 0
            for k in (vectors * lanes)..<n { total += element(k) }
            for lane in 0..<lanes { total += v[lane] }
            return total
        }
        return rowSum(size: n, width: 1) { i, _ in element(i) }[0]
    }
}
