/// `sum` over some dimensions as ATen runs it: `TensorIterator::reduce_op` orders the
/// dimensions (reduced ones innermost, then by the input's strides) and merges those it can,
/// and `cascade_sum` (SumKernel.cpp) sums each 2-d plane of that loop (a contiguous inner
/// reduction, a contiguous outer one, or strided scalar ones), adding each plane's partial
/// sums into the zero-filled output. Descent uses it for a view that is not contiguous
/// (`x.permute(…)`, `x.t()`, slices with steps) and for reduced dims that are not adjacent,
/// where the result depends on that order.
extension Tensor {
    /// The keepdim-shaped sum over `dims` in ATen's order; nil for a dtype or layout it does
    /// not model (integers, half, views with negative or uneven strides).
    func iteratorSum(over dims: [Int]) -> Tensor? {
        guard dtype == .float32 || dtype == .float64, rank > 0, count > 0 else { return nil }
        guard let inStrides = elementStrides(), !inStrides.contains(where: { $0 < 0 }) else { return nil }
        let keptShape = reducedShape(dims, keepdim: true)
        var outStrides = [Int](repeating: 0, count: rank)
        var step = 1
        for d in stride(from: rank - 1, through: 0, by: -1) where !dims.contains(d) {
            outStrides[d] = step
            step *= shape[d]
        }
        let perm = IteratorLayout.order(shape: shape, strides: [outStrides, inStrides], reduction: true)
        let loop = IteratorLayout.coalesce(shape: shape, strides: [outStrides, inStrides], order: perm)
        if dtype == .float32 {
            let sums: [Float] = Tensor.cascadeReduce(memoryBuffer(floats), loop: loop, outCount: step, lanes: 8)
            return Tensor(dtype: .float32, shape: keptShape, floats: sums)
        }
        let sums: [Double] = Tensor.cascadeReduce(memoryBuffer(doubles), loop: loop, outCount: step, lanes: 4)
        return Tensor(dtype: .float64, shape: keptShape, doubles: sums)
    }

    /// The values placed where they lie in memory, from the first element on (a strided
    /// view's elements with the gaps between them; the values themselves otherwise).
    private func memoryBuffer<T: BinaryFloatingPoint>(_ values: [T]) -> [T] {
        guard let positions = viewLink?.positions, let first = positions.first else { return values }
        let span = (positions.max() ?? first) - first + 1
        var buffer = [T](repeating: 0, count: span)
        for (i, p) in positions.enumerated() { buffer[p - first] = values[i] }
        return buffer
    }

    /// `cascade_sum` over a reduction loop (sizes and [output, input] strides innermost first):
    /// the first two dims are one `loop2d` call, the others are iterated outside it.
    static func cascadeReduce<T: BinaryFloatingPoint>(_ input: [T], loop: (shape: [Int], strides: [[Int]]), outCount: Int, lanes: Int) -> [T] {
        var out = [T](repeating: 0, count: outCount)
        let sizes = loop.shape + [1, 1]
        let os = loop.strides[0] + [0, 0], ins = loop.strides[1] + [0, 0]
        let outerDims = Array(2..<max(2, loop.shape.count))
        var index = [Int](repeating: 0, count: sizes.count)
        var (outBase, inBase) = (0, 0)
        input.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                while true {
                    plane(p, inBase, o, outBase, sizes[0], sizes[1], ins[0], ins[1], os[0], os[1], lanes: lanes)
                    // next outer index, the innermost outer dim fastest
                    var k = 0
                    while k < outerDims.count {
                        let d = outerDims[k]
                        index[d] += 1
                        outBase += os[d]
                        inBase += ins[d]
                        if index[d] < sizes[d] { break }
                        outBase -= os[d] * sizes[d]
                        inBase -= ins[d] * sizes[d]
                        index[d] = 0
                        k += 1
                    }
                    if k == outerDims.count { break }
                }
            }
        }
        return out
    }

    /// One `loop2d` call of `cascade_sum`, adding into `out`.
    private static func plane<T: BinaryFloatingPoint>(_ x: UnsafeBufferPointer<T>, _ inBase: Int, _ out: UnsafeMutableBufferPointer<T>, _ outBase: Int,
                                                      _ size0: Int, _ size1: Int, _ in0: Int, _ in1: Int, _ out0: Int, _ out1: Int, lanes: Int) {
        var (s0, s1, i0, i1, o0, o1) = (size0, size1, in0, in1, out0, out1)
        if o0 != 0 && o1 == 0 { swap(&s0, &s1); swap(&i0, &i1); swap(&o0, &o1) }
        if o0 != 0 && o1 != 0 {
            // not a reduction: out += in elementwise
            for j in 0..<s1 {
                for i in 0..<s0 { out[outBase + i * o0 + j * o1] += x[inBase + i * i0 + j * i1] }
            }
            return
        }
        let os = o1
        if i0 == 1 && s0 >= lanes {
            // vectorized_inner_sum
            for j in 0..<s1 {
                let row = inBase + j * i1
                let vectors = s0 / lanes
                let v = CascadeSum.rowSum(size: vectors, width: lanes) { i, lane in x[row + i * lanes + lane] }
                var total: T = 0
                for k in (vectors * lanes)..<s0 { total += x[row + k] }
                for lane in 0..<lanes { total += v[lane] }
                out[outBase + j * os] += total
            }
        } else if i1 == 1 && s1 >= lanes {
            // vectorized_outer_sum: four vectors of columns at a time, then one, then single columns
            var j = 0
            while j + 4 * lanes <= s1 {
                let first = j
                let sums = CascadeSum.multiRowSum(size: s0, nrows: 4, width: lanes) { i, k, lane in x[inBase + first + k * lanes + lane + i * i0] }
                for c in 0..<(4 * lanes) { out[outBase + (j + c) * os] += sums[c] }
                j += 4 * lanes
            }
            while j + lanes <= s1 {
                let first = j
                let sums = CascadeSum.rowSum(size: s0, width: lanes) { i, lane in x[inBase + first + lane + i * i0] }
                for c in 0..<lanes { out[outBase + (j + c) * os] += sums[c] }
                j += lanes
            }
            while j < s1 {
                let column = inBase + j
                out[outBase + j * os] += CascadeSum.rowSum(size: s0, width: 1) { i, _ in x[column + i * i0] }[0]
                j += 1
            }
        } else if i0 < i1 {
            // scalar_inner_sum
            for j in 0..<s1 {
                let row = inBase + j * i1
                out[outBase + j * os] += CascadeSum.rowSum(size: s0, width: 1) { i, _ in x[row + i * i0] }[0]
            }
        } else {
            // scalar_outer_sum: four columns at a time, then single columns
            var j = 0
            while j + 3 < s1 {
                let first = inBase + j * i1
                let sums = CascadeSum.multiRowSum(size: s0, nrows: 4, width: 1) { i, k, _ in x[first + k * i1 + i * i0] }
                for c in 0..<4 { out[outBase + (j + c) * os] += sums[c] }
                j += 4
            }
            while j < s1 {
                let column = inBase + j * i1
                out[outBase + j * os] += CascadeSum.rowSum(size: s0, width: 1) { i, _ in x[column + i * i0] }[0]
                j += 1
            }
        }
    }
}
