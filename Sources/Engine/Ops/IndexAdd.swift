/// `index_add(dim, index, source, alpha)`: slices of `source` added into `self` at the
/// positions `index` names along `dim` (`IndexAddBackward0`).
extension Tensor {
    /// The out-of-place form; `index_add_` applies it through `inPlace`. Repeated indices
    /// accumulate in index order, `alpha * source` rounded first as ATen does.
    public func indexAdd(dim: Int, index: Tensor, source: Tensor, alpha: Double = 1) throws -> Tensor {
        let d = try checkDimAllowingScalar(dim)
        guard index.dtype == .int64 || index.dtype == .int32 else {
            throw EngineError.runtime("index_add_(): Expected dtype int32/int64 for index but got: \(index.dtype.scalarTypeName)")
        }
        guard index.rank <= 1 else { throw EngineError.index("index_add_(): Index is supposed to be a vector") }
        let positions = index.values.map { Int($0) }
        let size = rank == 0 ? 1 : shape[d]
        let sourceSize = source.rank == 0 ? 1 : source.shape[Swift.min(d, Swift.max(source.rank - 1, 0))]
        guard source.rank == Swift.max(rank, 1) || (rank == 0 && source.rank <= 1), positions.count == sourceSize else {
            throw EngineError.runtime("index_add_(): Number of indices (\(positions.count)) should be equal to source.size(dim): (\(sourceSize)), for dim: \(d)")
        }
        var expected = shape
        if rank > 0 { expected[d] = positions.count }
        guard rank == 0 || source.shape == expected else {
            throw EngineError.runtime("index_add_(): Source/destination tensor must have same slice shapes. Destination slice shape: \(Tensor.sizeList(shape.enumerated().filter { $0.offset != d }.map(\.element))) at dimension \(d) and source slice shape: \(Tensor.sizeList(source.shape.enumerated().filter { $0.offset != d }.map(\.element))) at dimension 0.")
        }
        for p in positions where p < -size || p >= size {
            throw EngineError.index("index out of range in self")
        }
        let outer = rank == 0 ? 1 : shape[..<d].reduce(1, *), inner = rank == 0 ? 1 : shape[(d + 1)...].reduce(1, *)
        let f32 = dtype == .float32
        var out = values
        let src = source.converted(to: dtype).values
        for o in 0..<outer {
            for (i, p) in positions.enumerated() {
                let row = p < 0 ? p + size : p
                for j in 0..<inner {
                    var v = src[(o * positions.count + i) * inner + j]
                    if alpha != 1 { v = f32 ? Double(Float(v) * Float(alpha)) : v * alpha }
                    let k = (o * size + row) * inner + j
                    out[k] = f32 ? Double(Float(out[k]) + Float(v)) : dtype.isFloatingPoint ? out[k] + v : out[k] + v
                }
            }
        }
        let result = withValues(out, shape: shape)
        guard Tensor.recording && (requiresGrad || source.requiresGrad) && dtype.isFloatingPoint else { return result }
        let sourceShape = source.shape, sourceDType = source.dtype
        result.gradFn = FunctionNode("IndexAddBackward0", self, source, savesTensors: false) { g in
            var picked: [Int] = []
            for o in 0..<outer {
                for p in positions {
                    let row = p < 0 ? p + size : p
                    for j in 0..<inner { picked.append((o * size + row) * inner + j) }
                }
            }
            var gs = g.gathered(picked, shape: sourceShape)
            if alpha != 1 { gs = try Tensor.binary(.mul, .tensor(gs), .scalar(.double(alpha))) }
            return [g, gs.converted(to: sourceDType)]
        }
        return result
    }

    /// `index_add_`: the same in place.
    public func applyIndexAdd(dim: Int, index: Tensor, source: Tensor, alpha: Double = 1) throws {
        try inPlace { try $0.indexAdd(dim: dim, index: index, source: source, alpha: alpha) }
    }
}
