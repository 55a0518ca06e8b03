import Foundation
extension Tensor {
    /// Validates sizes for a new tensor.
    /// - Throws: PyTorch's `RuntimeError` for a negative dimension.
    /// - Throws: PyTorch's `RuntimeError` for a negative dimension, a size whose element count
    ///   overflows, or one beyond `maxElements` (see `checkAllocation`).
    public static func checkShape(_ shape: [Int], dtype: DType = .float32) throws {
        if let negative = shape.first(where: { $0 < 0 }) {
            throw EngineError.runtime("Trying to create tensor with negative dimension \(negative): \(sizeList(shape))")
        }
        var count = 1
        for size in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            if overflow { throw EngineError.runtime("Storage size calculation overflowed with sizes=\(sizeList(shape))") }
            count = product
        }
        try checkAllocation(count, dtype: dtype)
    }

    /// The most elements one tensor may hold (2²⁸, 1 GiB of float32): larger requests fail with
    /// PyTorch's allocation error instead of exhausting the machine's memory.
    public static let maxElements = 1 << 28

    /// Refuses an allocation of `count` elements beyond `maxElements`.
    /// - Throws: PyTorch's `RuntimeError` for a failed CPU allocation.
    public static func checkAllocation(_ count: Int, dtype: DType) throws {
        guard count > maxElements else { return }
        let itemSize = dtype == .float32 || dtype == .int32 ? 4 : 8
        let (bytes, overflow) = count.multipliedReportingOverflow(by: itemSize)
        let amount = overflow ? "\(count.magnitude.multipliedFullWidth(by: UInt(itemSize)).low)" : "\(bytes)"
        throw EngineError.runtime("[enforce fail at alloc_cpu.cpp:117] data. DefaultCPUAllocator: not enough memory: you tried to allocate \(amount) bytes.")
    }

    /// `torch.zeros(shape)` (negative sizes are treated as 0; see `checkShape`).
    public static func zeros(_ shape: [Int], dtype: DType = .float32) -> Tensor { full(shape, 0, dtype: dtype) }

    /// `torch.ones(shape)`.
    public static func ones(_ shape: [Int], dtype: DType = .float32) -> Tensor { full(shape, 1, dtype: dtype) }

    /// `torch.full(shape, value)`; the dtype defaults to the value's (float32 for floats,
    /// int64 for ints).
    public static func full(_ shape: [Int], value: Scalar, dtype: DType? = nil) -> Tensor {
        full(shape, value.doubleValue, dtype: dtype ?? value.dtype)
    }

    /// `torch.zeros_like(self)`.
    public func zerosLike() -> Tensor { Tensor.full(shape, 0, dtype: dtype) }

    /// `torch.ones_like(self)`.
    public func onesLike() -> Tensor { Tensor.full(shape, 1, dtype: dtype) }

    /// `torch.linspace(start, end, steps)` with PyTorch's CPU algorithm.
    ///
    /// The step is computed in the tensor's dtype; the first half counts up from `start`
    /// (`fma(step, i, start)`), the second half down from `end` (`fma(-step, steps-1-i, end)`),
    /// fused as PyTorch's compiled kernel does, so the values are bit-identical.
    /// - Throws: `RuntimeError` for negative `steps`.
    public static func linspace(_ start: Double, _ end: Double, steps: Int, dtype: DType = .float32) throws -> Tensor {
        guard steps >= 0 else { throw EngineError.runtime("number of steps must be non-negative") }
        try checkAllocation(steps, dtype: dtype)
        if steps == 0 { return zeros([0], dtype: dtype) }
        if steps == 1 { return full([1], start, dtype: dtype) }
        let halfway = steps / 2
        if dtype == .float32 {
            let s = Float(start), e = Float(end)
            let step = (e - s) / Float(steps - 1)
            let values = (0..<steps).map { idx in
                idx < halfway ? s.addingProduct(step, Float(idx)) : e.addingProduct(-step, Float(steps - idx - 1))
            }
            return Tensor(dtype: .float32, shape: [steps], floats: values)
        }
        let step = (end - start) / Double(steps - 1)
        let values = (0..<steps).map { idx in
            idx < halfway ? start.addingProduct(step, Double(idx)) : end.addingProduct(-step, Double(steps - idx - 1))
        }
        return Tensor(dtype: dtype, shape: [steps], doubles: values.map { cast($0, to: dtype) })
    }

    /// `torch.logspace(start, end, steps, base)` with ATen's CPU loop: `start` and `end` in
    /// the tensor's dtype, the step in double, `pow(base, start + step·i)` for the first half
    /// and `pow(base, end - step·(steps-1-i))` for the second, in double, then cast.
    public static func logspace(_ start: Double, _ end: Double, steps: Int, base: Double = 10, dtype: DType = .float32) throws -> Tensor {
        guard steps >= 0 else { throw EngineError.runtime("number of steps must be non-negative") }
        try checkAllocation(steps, dtype: dtype)
        let s = cast(start, to: dtype), e = cast(end, to: dtype)
        let step = (e - s) / Double(Swift.max(steps - 1, 1))
        let halfway = steps / 2
        let values = steps == 1 ? [cast(Foundation.pow(base, start), to: dtype)] : (0..<steps).map { i in
            cast(i < halfway ? Foundation.pow(base, s + step * Double(i)) : Foundation.pow(base, e - step * Double(steps - i - 1)), to: dtype)
        }
        if dtype == .float32 { return Tensor(dtype: .float32, shape: [steps], floats: values.map { Float($0) }) }
        return Tensor(dtype: dtype, shape: [steps], doubles: values)
    }

    /// `torch.arange(end)` or `torch.arange(start, end, step)`: int64 when all arguments are
    /// ints, else float32.
    /// - Throws: `RuntimeError` as PyTorch for a zero step or a step of the wrong sign.
    public static func arange(_ first: Scalar, _ second: Scalar? = nil, step: Scalar = .int(1), dtype: DType? = nil) throws -> Tensor {
        let start = second == nil ? Scalar.int(0) : first
        let end = second ?? first
        let allInts = [start, end, step].allSatisfy { if case .int = $0 { return true } else { return false } }
        let type = dtype ?? (allInts ? .int64 : .float32)
        let a = start.doubleValue, b = end.doubleValue, s = step.doubleValue
        guard s != 0 else { throw EngineError.runtime("step must be nonzero") }
        guard (s > 0 && b >= a) || (s < 0 && b <= a) else {
            throw EngineError.runtime("upper bound and lower bound inconsistent with step sign")
        }
        let span = ((b - a) / s).rounded(.up)
        guard span.isFinite, span < 1e9 else {
            throw EngineError.runtime("arange: invalid range [\(start.doubleValue), \(end.doubleValue)) with step \(s)")
        }
        let n = Int(span)
        try checkAllocation(n, dtype: type)
        let values = (0..<Swift.max(n, 0)).map { a + s * Double($0) }
        if type == .float32 { return Tensor(dtype: .float32, shape: [values.count], floats: values.map { Float($0) }) }
        return Tensor(dtype: type, shape: [values.count], doubles: values.map { cast($0, to: type) })
    }

    /// `torch.meshgrid(*tensors, indexing="ij")` (or `"xy"`), each result of shape
    /// `[len(t0), len(t1), ...]` (`[len(t1), len(t0), ...]` for "xy").
    /// - Throws: `RuntimeError` for non-1-d inputs; `ValueError` for another indexing.
    public static func meshgrid(_ tensors: [Tensor], indexing: String = "ij") throws -> [Tensor] {
        guard indexing == "ij" || indexing == "xy" else {
            throw EngineError.value("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: \(indexing)")
        }
        for t in tensors where t.rank > 1 {
            throw EngineError.runtime("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: \(t.rank)D")
        }
        var inputs = tensors.map { $0.rank == 0 ? (try? $0.reshape([1])) ?? $0 : $0 }
        let swap = indexing == "xy" && inputs.count >= 2
        if swap { inputs.swapAt(0, 1) }
        let shape = inputs.map { $0.count }
        try checkShape(shape, dtype: inputs.first?.dtype ?? .float32)
        var outputs: [Tensor] = []
        for (k, t) in inputs.enumerated() {
            var viewShape = [Int](repeating: 1, count: shape.count)
            viewShape[k] = t.count
            let viewed = try t.reshape(viewShape)
            let out = viewed.expand(to: shape)
            outputs.append(viewed.unary("ExpandBackward0", out, saves: false) { g in g.sumTo(viewShape) })
        }
        // As ATen: the grids of the swapped inputs already have the "xy" shape; swapping them
        // back gives each input its own grid.
        if swap { outputs.swapAt(0, 1) }
        return outputs
    }
}
