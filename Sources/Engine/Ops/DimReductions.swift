#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reductions over dimensions (`sum(dim)`, `mean(dim)`, `var`/`std`, `prod`, `cumsum`,
/// `norm`), in ATen's summation orders and with PyTorch's autograd nodes.
extension Tensor {
    /// Normalized, sorted, deduplicated reduction dims (all dims for an empty list).
    func reductionDims(_ dims: [Int]) throws -> [Int] {
        if dims.isEmpty { return Array(0..<rank) }
        var seen = Set<Int>()
        var out: [Int] = []
        for d in dims {
            let n = try checkDimAllowingScalar(d)
            guard !seen.contains(n) else {
                throw EngineError.runtime("dim \(n) appears multiple times in the list of dims")
            }
            seen.insert(n)
            out.append(n)
        }
        return out.sorted()
    }

    /// Shape after reducing `dims` (kept as 1 with `keepdim`).
    func reducedShape(_ dims: [Int], keepdim: Bool) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(shape.count)
        for (i, s) in shape.enumerated() {
            if dims.contains(i) { if keepdim { out.append(1) } } else { out.append(s) }
        }
        return out
    }

    /// Sum of the values over `dims` (sorted, valid) as a keepdim-shaped tensor, in ATen's order
    /// (`IteratorSum` for dims that are not adjacent; half and integers one dim at a time).
    func sumValues(over dims: [Int]) -> Tensor {
        let keptShape = reducedShape(dims, keepdim: true)
        if rank == 0 || dims.isEmpty { return detachedView() }
        let adjacent = dims.last! - dims.first! + 1 == dims.count
        if !adjacent {
            if let sum = iteratorSum(over: dims) { return sum }
            var t = self
            for d in dims.reversed() { t = t.sumValues(over: [d]) }
            return t
        }
        let outer = shape[..<dims.first!].reduce(1, *)
        let r = shape[dims.first!...dims.last!].reduce(1, *)
        let inner = shape[(dims.last! + 1)...].reduce(1, *)
        switch dtype {
        case .float32:
            return Tensor(dtype: .float32, shape: keptShape, floats: CascadeSum.sum(floats, outer: outer, r: r, inner: inner, lanes: 8))
        case .float64:
            return Tensor(dtype: .float64, shape: keptShape, doubles: CascadeSum.sum(doubles, outer: outer, r: r, inner: inner, lanes: 4))
        case .float16:
            let sums = CascadeSum.sum(doubles.map { Float($0) }, outer: outer, r: r, inner: inner, lanes: 8)
            return Tensor(dtype: .float16, shape: keptShape, doubles: sums.map(Double.init))
        case .int64, .int32, .bool:
            var out = [Double](repeating: 0, count: outer * inner)
            for o in 0..<outer {
                for i in 0..<r {
                    for j in 0..<inner { out[o * inner + j] += doubles[(o * r + i) * inner + j] }
                }
            }
            return Tensor(dtype: .int64, shape: keptShape, doubles: out.map(Tensor.wrappedInt64))
        }
    }

    /// `sumValues(over:)` in ATen's order for a view that is not contiguous (`x.t().sum(0)`,
    /// `x.permute(…).sum((0, 2))`) or reduced dims that are not adjacent (`IteratorSum`).
    func memoryOrderedSum(over d: [Int]) -> Tensor {
        guard dtype == .float32 || dtype == .float64 else {
            guard dtype.isFloatingPoint, d.count == 1 || d.count == rank else { return sumValues(over: d) }
            return reducedInMemoryOrder(dims: d) { m, md in m.sumValues(over: md) } ?? sumValues(over: d)
        }
        let adjacent = d.isEmpty || d.last! - d.first! + 1 == d.count
        if adjacent && isContiguousLayout { return sumValues(over: d) }
        return iteratorSum(over: d) ?? sumValues(over: d)
    }

    /// `sum(dim, keepdim)` (`SumBackward1`).
    public func sum(dims: [Int], keepdim: Bool = false) throws -> Tensor {
        let d = try reductionDims(dims)
        let kept = memoryOrderedSum(over: d)
        let out = try kept.reshapeValues(reducedShape(d, keepdim: keepdim))
        let inputShape = shape, keptShape = kept.shape
        return unary("SumBackward1", out, saves: false) { g in try g.reshapeValues(keptShape).expand(to: inputShape) }
    }

    /// `mean(dim, keepdim)` (`MeanBackward1`): the dim sum divided by the reduced count.
    public func mean(dims: [Int], keepdim: Bool = false) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw EngineError(.notImplementedError, "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(Tensor.scalarTypeName(dtype))")
        }
        let d = try reductionDims(dims)
        let n = d.reduce(1) { $0 * (rank == 0 ? 1 : shape[$1]) }
        // half: ATen casts to float, sums, divides, and casts the mean back to half
        let half = dtype == .float16
        let kept = half ? GradMode.withNoGrad { converted(to: .float32) }.memoryOrderedSum(over: d) : memoryOrderedSum(over: d)
        var out = try Tensor.kernel(.div, .tensor(try kept.reshapeValues(reducedShape(d, keepdim: keepdim))), .scalar(.int(n)))
        if half { out = out.converted(to: .float16) }
        let inputShape = shape, keptShape = kept.shape
        return unary("MeanBackward1", out, saves: false) { g in
            try Tensor.kernel(.div, .tensor(try g.reshapeValues(keptShape).expand(to: inputShape)), .scalar(.int(n)))
        }
    }

    /// Welford mean/M2 over `dims` in double, as ATen's `std_var_kernel` accumulates.
    func welford(over dims: [Int]) -> (mean: [Double], m2: [Double], count: Int, keptShape: [Int]) {
        let moved = movingToEnd(dims)
        let r = dims.reduce(1) { $0 * shape[$1] }
        let outer = r == 0 ? moved.count : moved.count / r
        let x = moved.values
        var means = [Double](repeating: 0, count: outer), m2s = [Double](repeating: 0, count: outer)
        for o in 0..<outer {
            var mean = 0.0, m2 = 0.0
            for i in 0..<r {
                let v = x[o * r + i]
                let delta = v - mean
                mean += delta / Double(i + 1)
                m2 += delta * (v - mean)
            }
            means[o] = mean
            m2s[o] = m2
        }
        return (means, m2s, r, reducedShape(dims, keepdim: true))
    }

    /// Values with `dims` moved to the end (in order), no autograd.
    func movingToEnd(_ dims: [Int]) -> Tensor {
        let kept = (0..<rank).filter { !dims.contains($0) }
        let perm = kept + dims
        return perm == Array(0..<rank) ? self : permutedValues(perm)
    }

    /// `var`/`std` with Bessel's `correction` over `dims` (all when empty), as ATen: the
    /// full reduction is two-pass in double around the float mean; dim reductions use
    /// Welford's algorithm in double (`VarBackward0` / `StdBackward0`).
    public func variance(dims: [Int]?, correction: Double = 1, keepdim: Bool = false, takeSqrt: Bool) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw EngineError(.notImplementedError, "std and var only support floating point and complex dtypes")
        }
        let d = try reductionDims(dims ?? [])
        var results: [Double]
        let keptShape: [Int]
        let n: Int
        if dims == nil || d.count == rank {
            let mean = try GradMode.withNoGrad { try self.mean() }.item()
            var sum = 0.0
            for v in values { let dx = v - mean; sum += dx * dx }
            n = count
            let v = sum / Swift.max(0, Double(n) - correction)
            results = [takeSqrt ? v.squareRoot() : v]
            keptShape = reducedShape(d, keepdim: true)
        } else {
            let w = welford(over: d)
            n = w.count
            results = w.m2.map { m2 in
                let v = m2 / Swift.max(0, Double(n) - correction)
                return takeSqrt ? v.squareRoot() : v
            }
            keptShape = w.keptShape
        }
        let outShape = dims == nil && !keepdim ? [] : reducedShape(d, keepdim: keepdim)
        let out = dtype == .float32
            ? Tensor(dtype: .float32, shape: outShape, floats: results.map { Float($0) })
            : Tensor(dtype: .float64, shape: outShape, doubles: results)
        guard Tensor.recording, requiresGrad else { return out }
        let saved = SavedTensor(self), result = out.detach()
        let name = takeSqrt ? "StdBackward0" : "VarBackward0"
        return unary(name, out) { g in
            let x = try saved.unpack()
            let mean = try GradMode.withNoGrad { try x.mean(dims: d, keepdim: true) }
            let centered = try Tensor.kernel(.sub, .tensor(x), .tensor(mean))
            var gk = try g.reshapeValues(keptShape)
            // ATen: std's gradient goes through var's as `grad / (2 * std)` (0 where std is 0),
            // then var's is `(2 / (n - correction)) * grad * (x - mean)`, rounded step by step.
            if takeSqrt {
                let std = try result.reshapeValues(keptShape)
                let divided = try Tensor.kernel(.div, .tensor(gk), .tensor(try Tensor.kernel(.mul, .tensor(std), .scalar(.int(2)))))
                gk = try Tensor.whereZero(try Tensor.kernel(.eq, .tensor(std), .scalar(.int(0))), divided)
            }
            let scale = 2.0 / (Double(n) - correction)
            return try Tensor.kernel(.mul, .tensor(try Tensor.kernel(.mul, .scalar(.double(scale)), .tensor(gk))), .tensor(centered))
        }
    }

    /// `prod()` (`ProdBackward0`) or `prod(dim)` (`ProdBackward1`), multiplied in order.
    public func prod(dim: Int? = nil, keepdim: Bool = false) throws -> Tensor {
        let outType: DType = dtype.isFloatingPoint ? dtype : .int64
        let d = try dim.map { [try checkDimAllowingScalar($0)] } ?? Array(0..<rank)
        let moved = movingToEnd(d)
        let r = rank == 0 ? 1 : d.reduce(1) { $0 * shape[$1] }
        let outer = r == 0 ? reducedShape(d, keepdim: false).reduce(1, *) : moved.count / r
        let outShape = dim == nil ? [] : reducedShape(d, keepdim: keepdim)
        let out: Tensor
        if outType == .float32 {
            var res = [Float](repeating: 1, count: outer)
            for o in 0..<outer { for i in 0..<r { res[o] *= moved.floats[o * r + i] } }
            out = Tensor(dtype: .float32, shape: outShape, floats: res)
        } else {
            var res = [Double](repeating: 1, count: outer)
            let x = moved.values
            for o in 0..<outer { for i in 0..<r { res[o] *= x[o * r + i] } }
            if outType == .int64 { res = res.map(Tensor.wrappedInt64) }
            out = Tensor(dtype: outType, shape: outShape, doubles: res)
        }
        guard Tensor.recording, requiresGrad else { return out }
        let saved = SavedTensor(self), result = out.detach()
        let keptShape = reducedShape(d, keepdim: true)
        return unary(dim == nil ? "ProdBackward0" : "ProdBackward1", out) { g in
            let x = try saved.unpack()
            // grad * prod / x where x != 0; products of the others where x == 0.
            let gk = try g.reshapeValues(keptShape).expand(to: x.shape)
            let pk = try result.reshapeValues(keptShape).expand(to: x.shape)
            let xs = x.values, gs = gk.values, ps = pk.values
            var out = [Double](repeating: 0, count: xs.count)
            let movedX = x.movingToEnd(d).values
            let inputStrides = Tensor.strides(x.shape)
            for i in 0..<xs.count {
                if xs[i] != 0 { out[i] = gs[i] * ps[i] / xs[i]; continue }
                // product of the other elements of the same reduction group
                var idx = i, coords = [Int](repeating: 0, count: x.rank)
                for k in 0..<x.rank { coords[k] = idx / inputStrides[k]; idx %= inputStrides[k] }
                let keptIndex = (0..<x.rank).filter { !d.contains($0) }.reduce(0) { $0 * x.shape[$1] + coords[$1] }
                var inner = 0
                for k in d { inner = inner * x.shape[k] + coords[k] }
                var p = 1.0
                for j in 0..<r where j != inner { p *= movedX[keptIndex * r + j] }
                out[i] = gs[i] * p
            }
            return x.dtype == .float32
                ? Tensor(dtype: .float32, shape: x.shape, floats: out.map { Float($0) })
                : Tensor(dtype: x.dtype, shape: x.shape, doubles: out)
        }
    }

    /// `cumsum(dim)` (`CumsumBackward0`), accumulated in double as ATen's `cumsum_cpu_kernel`.
    public func cumsum(dim: Int) throws -> Tensor {
        let d = try checkDimAllowingScalar(dim)
        let outType: DType = dtype.isFloatingPoint ? dtype : .int64
        if rank == 0 { return unary("CumsumBackward0", converted(to: outType), saves: false) { $0 } }
        let outer = shape[..<d].reduce(1, *), size = shape[d], inner = shape[(d + 1)...].reduce(1, *)
        let x = values
        var res = [Double](repeating: 0, count: x.count)
        for o in 0..<outer {
            for j in 0..<inner {
                var acc = 0.0
                for i in 0..<size {
                    let k = (o * size + i) * inner + j
                    acc += outType == .float32 ? Double(Float(x[k])) : x[k]
                    res[k] = outType == .float32 ? Double(Float(acc)) : acc
                }
            }
        }
        let out = outType == .float32
            ? Tensor(dtype: .float32, shape: shape, floats: res.map { Float($0) })
            : Tensor(dtype: outType, shape: shape, doubles: outType == .int64 ? res.map(Tensor.wrappedInt64) : res)
        return unary("CumsumBackward0", out, saves: false) { g in
            // reversed cumulative sum of the gradient
            let flipped = try g.flipValues(d)
            let cs = try GradMode.withNoGrad { try flipped.cumsum(dim: d) }
            return try cs.flipValues(d)
        }
    }

    /// Values reversed along `dim` (no autograd).
    func flipValues(_ dim: Int) throws -> Tensor {
        let size = shape[dim]
        let indices = Tensor.gatherIndices(shape, dim: dim, positions: Array((0..<size).reversed()))
        return gathered(indices, shape: shape)
    }
}
