/// One item of a subscript `t[...]`.
public enum IndexItem {
    case int(Int)
    case slice(start: Int?, end: Int?, step: Int)
    case none
    case ellipsis
    /// An int64 or bool tensor (advanced indexing).
    case tensor(Tensor)
}

/// Where a subscript reads: for every result element, the flat position in the source.
struct IndexPlan {
    let positions: [Int]
    let shape: [Int]
    /// `grad_fn` name of the read (`SelectBackward0`, `SliceBackward0`, `IndexBackward0`…),
    /// nil when the subscript selects everything (`t[:]`, `t[...]`).
    let nodeName: String?
    let advanced: Bool
}

extension Tensor {
    /// The plan of `self[items]` with NumPy/PyTorch semantics: ints, slices with steps, None,
    /// one ellipsis, bool masks and int64 index tensors (broadcast together; their result
    /// dimensions go where the first one was when they are adjacent, else first).
    /// - Throws: PyTorch's `IndexError`s for out-of-range indices and mismatched masks.
    func indexPlan(_ rawItems: [IndexItem]) throws -> IndexPlan {
        // Expand the ellipsis.
        var consumed = 0
        var ellipsisCount = 0
        for item in rawItems {
            switch item {
            case .int, .slice: consumed += 1
            case .tensor(let t): consumed += t.dtype == .bool ? Swift.max(t.rank, 0) : 1
            case .ellipsis: ellipsisCount += 1
            case .none: break
            }
        }
        guard ellipsisCount <= 1 else { throw EngineError.index("an index can only have a single ellipsis ('...')") }
        guard consumed <= rank else {
            throw EngineError.index("too many indices for tensor of dimension \(rank)")
        }
        var items: [IndexItem] = []
        for item in rawItems {
            if case .ellipsis = item {
                items.append(contentsOf: [IndexItem](repeating: .slice(start: nil, end: nil, step: 1), count: rank - consumed))
            } else {
                items.append(item)
            }
        }
        // Basic indexing on a view of positions; advanced indices recorded per view dim.
        var view = Tensor(dtype: .float64, shape: shape, doubles: (0..<count).map(Double.init))
        var dim = 0
        var lastName: String? = nil
        var advanced: [(dim: Int, index: Tensor)] = []
        var sourceDim = 0
        for item in items {
            switch item {
            case .int(let i):
                let size = view.shape[dim]
                guard i >= -size && i < size else {
                    throw EngineError.index("index \(i) is out of bounds for dimension \(sourceDim) with size \(size)")
                }
                view = try GradMode.withNoGrad { try view.select(i, dim: dim) }
                lastName = "SelectBackward0"
                sourceDim += 1
            case .slice(let start, let end, let step):
                guard step > 0 else { throw EngineError.value("step must be greater than zero") }
                let size = view.shape[dim]
                let full = (start == nil || start == 0 || (start! <= -size)) && (end == nil || end! >= size) && step == 1
                if !full {
                    view = try GradMode.withNoGrad { try view.slice(start: start, end: end, step: step, dim: dim) }
                    lastName = "SliceBackward0"
                }
                dim += 1
                sourceDim += 1
            case .none:
                view = GradMode.withNoGrad { view.unsqueeze(dim) }
                lastName = "UnsqueezeBackward0"
                dim += 1
            case .ellipsis:
                break
            case .tensor(let t):
                if t.dtype == .bool {
                    let k = t.rank
                    if k == 0 {
                        // A 0-d bool adds a dimension of size 1 (true) or 0 (false).
                        view = GradMode.withNoGrad { view.unsqueeze(dim) }
                        advanced.append((dim, Tensor(dtype: .int64, shape: [t.doubles[0] != 0 ? 1 : 0], doubles: t.doubles[0] != 0 ? [0] : [])))
                        dim += 1
                        continue
                    }
                    for j in 0..<k where t.shape[j] != view.shape[dim + j] {
                        throw EngineError.index("The shape of the mask \(Tensor.sizeList(t.shape)) at index \(j) does not match the shape of the indexed tensor \(Tensor.sizeList(view.shape)) at index \(dim + j)")
                    }
                    let coords = t.nonzeroCoordinates()
                    for j in 0..<k {
                        advanced.append((dim + j, Tensor(dtype: .int64, shape: [coords.count], doubles: coords.map { Double($0[j]) })))
                    }
                    dim += k
                    sourceDim += k
                } else {
                    guard t.dtype.isIntegral else {
                        throw EngineError.index("tensors used as indices must be long, int, byte or bool tensors")
                    }
                    let size = view.shape[dim]
                    for v in t.doubles where Int(v) < -size || Int(v) >= size {
                        throw EngineError.index("index \(Int(v)) is out of bounds for dimension \(sourceDim) with size \(size)")
                    }
                    advanced.append((dim, t))
                    dim += 1
                    sourceDim += 1
                }
            }
        }
        if advanced.isEmpty {
            return IndexPlan(positions: view.doubles.map { Int($0) }, shape: view.shape, nodeName: lastName, advanced: false)
        }
        // Advanced indexing on the view.
        var b: [Int] = []
        for (_, index) in advanced {
            do { b = try Tensor.broadcastShape(b, index.shape) } catch {
                let shapes = advanced.map { Tensor.sizeList($0.index.shape) }.joined(separator: ", ")
                throw EngineError.index("shape mismatch: indexing tensors could not be broadcast together with shapes \(shapes)")
            }
        }
        let advDims = advanced.map(\.dim)
        let rest = (0..<view.rank).filter { !advDims.contains($0) }
        let permuted = view.permutedValues(advDims + rest)
        let restShape = rest.map { view.shape[$0] }
        let restCount = restShape.reduce(1, *)
        let bCount = b.reduce(1, *)
        let expandedIdx = advanced.map { a -> [Int] in
            let size = view.shape[a.dim]
            return a.index.expand(to: b).doubles.map { v in Int(v) < 0 ? Int(v) + size : Int(v) }
        }
        let pStrides = Tensor.strides(permuted.shape)
        var positions = [Int](repeating: 0, count: bCount * restCount)
        for i in 0..<bCount {
            var base = 0
            for (k, idx) in expandedIdx.enumerated() { base += idx[i] * pStrides[k] }
            for r in 0..<restCount { positions[i * restCount + r] = Int(permuted.doubles[base + r]) }
        }
        var outShape = b + restShape
        let adjacent = advDims.last! - advDims.first! + 1 == advDims.count
        if adjacent && advDims.first! > 0 {
            // Move the broadcast dims to where the first indexed dim was.
            let lead = advDims.first!
            let nb = b.count
            let perm = Array(nb..<(nb + lead)) + Array(0..<nb) + Array((nb + lead)..<outShape.count)
            let moved = Tensor(dtype: .float64, shape: outShape, doubles: positions.map(Double.init)).permutedValues(perm)
            positions = moved.doubles.map { Int($0) }
            outShape = moved.shape
        }
        return IndexPlan(positions: positions, shape: outShape, nodeName: "IndexBackward0", advanced: true)
    }

    /// Row-major coordinates of the true (nonzero) elements.
    func nonzeroCoordinates() -> [[Int]] {
        let strides = Tensor.strides(shape)
        var out: [[Int]] = []
        let x = values
        for i in 0..<x.count where x[i] != 0 {
            var rem = i
            out.append(strides.map { s in let c = rem / s; rem %= s; return c })
        }
        return out
    }

    /// `torch.nonzero(t)`: int64 `[n, rank]` coordinates.
    public func nonzero() -> Tensor {
        let coords = nonzeroCoordinates()
        return Tensor(dtype: .int64, shape: [coords.count, rank], doubles: coords.flatMap { $0.map(Double.init) })
    }

    /// `self[items]` (`SelectBackward0`, `SliceBackward0`, `UnsqueezeBackward0` or
    /// `IndexBackward0` by the last operation PyTorch would apply).
    public func index(_ items: [IndexItem]) throws -> Tensor {
        let plan = try indexPlan(items)
        let out = gathered(plan.positions, shape: plan.shape)
        let inputShape = shape
        guard let name = plan.nodeName else {
            return unary("AliasBackward0", out, saves: false) { $0 }
        }
        return unary(name, out, saves: false) { g in g.scattered(plan.positions, into: inputShape) }
    }

    /// `self[items] = value` in place (broadcasting `value` to the selection; the last write
    /// wins for repeated positions). With autograd history the result records
    /// `CopySlices` (basic indexing) or `IndexPutBackward0` (advanced).
    /// - Throws: PyTorch's errors for a leaf that requires grad and for values that do not
    ///   broadcast to the selection.
    public func indexPut(_ items: [IndexItem], _ value: TensorOperand) throws {
        let plan = try indexPlan(items)
        let source: Tensor
        switch value {
        case .tensor(let v):
            guard (try? Tensor.broadcastShape(v.shape, plan.shape)) == plan.shape else {
                if plan.advanced {
                    throw EngineError.runtime("shape mismatch: value tensor of shape \(Tensor.sizeList(v.shape)) cannot be broadcast to indexing result of shape \(Tensor.sizeList(plan.shape))")
                }
                throw EngineError.runtime("The expanded size of the tensor (\(plan.shape.last ?? 0)) must match the existing size (\(v.shape.last ?? 0)) at non-singleton dimension \(plan.shape.count - 1).  Target sizes: \(Tensor.sizeList(plan.shape)).  Tensor sizes: \(Tensor.sizeList(v.shape))")
            }
            source = v
        case .scalar(let s):
            source = Tensor.full([], s.doubleValue, dtype: dtype)
        }
        if !dtype.isFloatingPoint, source.dtype.isFloatingPoint, case .tensor = value {
            if plan.advanced {
                throw EngineError.runtime("Index put requires the source and destination dtypes match, got \(Tensor.scalarTypeName(dtype)) for the destination and \(Tensor.scalarTypeName(source.dtype)) for the source.")
            }
        }
        if plan.advanced, case .tensor(let v) = value, v.dtype != dtype {
            throw EngineError.runtime("Index put requires the source and destination dtypes match, got \(Tensor.scalarTypeName(dtype)) for the destination and \(Tensor.scalarTypeName(v.dtype)) for the source.")
        }
        let expanded = source.converted(to: dtype).expand(to: plan.shape)
        let positions = plan.positions
        var name = plan.advanced ? "IndexPutBackward0" : "CopySlices"
        if items.count == 1, case .tensor(let mask) = items[0], mask.dtype == .bool, case .scalar = value { name = "MaskedFillBackward0" }
        if case .tensor = value, let rootPositions = viewLink?.positions {
            let written = plan.advanced ? rootPositions : Array(Set(positions)).map { rootPositions[$0] }
            if Set(written).count != written.count { throw EngineError.runtime(Tensor.overlapMessage) }
        }
        try inPlace(checkOverlap: false) { base in
            let out = base.detachedView()
            if out.dtype == .float32 {
                for (k, p) in positions.enumerated() { out.floats[p] = expanded.floats[k] }
            } else {
                for (k, p) in positions.enumerated() { out.doubles[p] = expanded.doubles[k] }
            }
            guard Tensor.recording, base.requiresGrad || source.requiresGrad, out.dtype.isFloatingPoint else { return out }
            let sourceShape = source.shape
            out.gradFn = MultiInputNode(name, [base, source]) { g in
                let gBase = g.detachedView()
                var taken = [Double](repeating: 0, count: positions.count)
                let gv = g.values
                for (k, p) in positions.enumerated() { taken[k] = gv[p] }
                if gBase.dtype == .float32 { for p in positions { gBase.floats[p] = 0 } } else { for p in positions { gBase.doubles[p] = 0 } }
                let gSource = g.withValues(taken, shape: plan.shape).sumTo(sourceShape)
                return [gBase, gSource]
            }
            return out
        }
    }
}
