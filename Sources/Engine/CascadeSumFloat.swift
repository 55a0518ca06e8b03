/// `CascadeSum` for float32 buffers through raw pointers: the same additions in the same
/// order as the generic version (so the same bits), without per-element closures, bounds
/// checks or intermediate arrays. A bias gradient (`[200, 16]` summed over rows) is one call
/// per layer per backward pass, so this is on the training loop's hot path.
extension CascadeSum {
    /// Sum of all values as PyTorch computes `tensor.sum()` (float32).
    static func sum(_ x: [Float], lanes: Int) -> Float {
        x.withUnsafeBufferPointer { p in contiguousSum(p.baseAddress, count: p.count, lanes: lanes) }
    }

    /// `tensor.sum(dim)` of float32 values viewed as `[outer, r, inner]` over the middle
    /// dimension, in ATen's order (see the generic `sum(_:outer:r:inner:lanes:)`).
    static func sum(_ x: [Float], outer: Int, r: Int, inner: Int, lanes: Int) -> [Float] {
        var out = [Float](repeating: 0, count: outer * inner)
        if r == 0 || outer * inner == 0 { return out }
        x.withUnsafeBufferPointer { xp in
            out.withUnsafeMutableBufferPointer { op in
                let p = xp.baseAddress!, o = op.baseAddress!
                if inner == 1 {
                    for i in 0..<outer { o[i] = contiguousSum(p + i * r, count: r, lanes: lanes) }
                    return
                }
                let grouped = inner >= lanes ? (inner / (4 * lanes)) * 4 * lanes : (inner / 4) * 4
                for i in 0..<outer {
                    let base = p + i * r * inner, dst = o + i * inner
                    if grouped > 0 { multiRowSum(base, size: r, nrows: 1, width: grouped, stride: inner, into: dst) }
                    if grouped < inner { rowSum(base + grouped, size: r, width: inner - grouped, stride: inner, into: dst + grouped) }
                }
            }
        }
        return out
    }

    /// `sum(count:lanes:)` of `count` contiguous floats.
    static func contiguousSum(_ x: UnsafePointer<Float>?, count n: Int, lanes: Int) -> Float {
        guard let x, n > 0 else { return 0 }
        return withScratchFloats(max(lanes, 1)) { v in
            let vp = v.baseAddress!
            if n >= lanes {
                let vectors = n / lanes
                rowSum(x, size: vectors, width: lanes, stride: lanes, into: vp)
                var total: Float = 0
                for k in (vectors * lanes)..<n { total += x[k] }
                for lane in 0..<lanes { total += vp[lane] }
                return total
            }
            rowSum(x, size: n, width: 1, stride: 1, into: vp)
            return vp[0]
        }
    }

    /// `row_sum` (4-way interleaved) of rows `x[i * stride ..< i * stride + width]`, `i <
    /// size`, written to `out[0..<width]`.
    static func rowSum(_ x: UnsafePointer<Float>, size: Int, width: Int, stride: Int, into out: UnsafeMutablePointer<Float>) {
        let ilp = 4
        let sizeIlp = size / ilp
        withScratchFloats(ilp * width) { buffer in
            let partial = buffer.baseAddress!
            multiRowSum(x, size: sizeIlp, nrows: ilp, width: width, stride: stride, into: partial)
            for i in (sizeIlp * ilp)..<size {
                let src = x + i * stride
                for lane in 0..<width { partial[lane] += src[lane] }
            }
            for k in 1..<ilp {
                let src = partial + k * width
                for lane in 0..<width { partial[lane] += src[lane] }
            }
            out.update(from: partial, count: width)
        }
    }

    /// `multi_row_sum` where element `(i, k, lane)` is `x[(i * nrows + k) * stride + lane]`;
    /// the `nrows * width` sums go to `out`.
    static func multiRowSum(_ x: UnsafePointer<Float>, size: Int, nrows: Int, width: Int, stride: Int,
                            into out: UnsafeMutablePointer<Float>) {
        let levels = 4
        let levelPower = max(4, ceilLog2(size) / levels)
        let levelStep = 1 << levelPower
        let levelMask = levelStep - 1
        let cells = nrows * width
        withScratchFloats(levels * cells) { buffer in
            let acc = buffer.baseAddress!
            acc.initialize(repeating: 0, count: levels * cells)
            // Every lane is its own sum, so adding eight lanes at once rounds exactly as
            // adding them one by one.
            let vectorWidth = width % 8 == 0
            @inline(__always) func addRow(_ i: Int) {
                let row = x + i &* nrows &* stride
                for k in 0..<nrows {
                    let src = row + k &* stride, dst = acc + k &* width
                    if vectorWidth {
                        var lane = 0
                        while lane < width {
                            let sum = UnsafeRawPointer(dst + lane).loadUnaligned(as: SIMD8<Float>.self)
                                + UnsafeRawPointer(src + lane).loadUnaligned(as: SIMD8<Float>.self)
                            UnsafeMutableRawPointer(dst + lane).storeBytes(of: sum, as: SIMD8<Float>.self)
                            lane &+= 8
                        }
                    } else {
                        for lane in 0..<width { dst[lane] += src[lane] }
                    }
                }
            }
            // Rows `from..<to` into level 0. When a group of `nrows` rows is `cells`
            // contiguous floats, each run of eight cells is summed over the rows in a
            // register, instead of reading and writing `acc` once per row; every cell still
            // adds the same values in the same order.
            let contiguousCells = stride == width && cells % 8 == 0
            @inline(__always) func addRows(_ from: Int, _ to: Int) {
                if contiguousCells {
                    var c = 0
                    while c < cells {
                        var sum = UnsafeRawPointer(acc + c).loadUnaligned(as: SIMD8<Float>.self)
                        var src = x + (from &* cells &+ c)
                        for _ in from..<to {
                            sum = sum + UnsafeRawPointer(src).loadUnaligned(as: SIMD8<Float>.self)
                            src += cells
                        }
                        UnsafeMutableRawPointer(acc + c).storeBytes(of: sum, as: SIMD8<Float>.self)
                        c &+= 8
                    }
                } else {
                    for row in from..<to { addRow(row) }
                }
            }
            var i = 0
            while i + levelStep <= size {
                addRows(i, i + levelStep)
                i += levelStep
                for j in 1..<levels {
                    let upper = acc + j * cells, lower = acc + (j - 1) * cells
                    for c in 0..<cells {
                        upper[c] += lower[c]
                        lower[c] = 0
                    }
                    if i & (levelMask << (j * levelPower)) != 0 { break }
                }
            }
            if i < size { addRows(i, size) }
            for j in 1..<levels {
                let src = acc + j * cells
                for c in 0..<cells { acc[c] += src[c] }
            }
            out.update(from: acc, count: cells)
        }
    }
}
