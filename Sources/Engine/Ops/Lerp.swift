/// `lerp`: linear interpolation `start + weight * (end - start)`, as ATen's `lerp_kernel`
/// (`cpu/LerpKernel.cpp`) rounds it: one fused multiply-add from whichever end is nearer the
/// weight (`start + w * (end - start)` for |w| < 0.5, else `end + (w - 1) * (end - start)`).
/// A number weight gives `LerpBackward0`, a tensor weight `LerpBackward1`.
extension Tensor {
    /// The weight of `lerp`: a number or a tensor broadcast with the ends.
    public enum LerpWeight {
        case scalar(Double)
        case tensor(Tensor)
    }

    /// `torch.lerp(self, end, weight)`, broadcasting the operands.
    /// - Throws: PyTorch's errors for mismatched dtypes, integer tensors and shapes that do
    ///   not broadcast.
    public func lerp(_ end: Tensor, _ weight: LerpWeight) throws -> Tensor {
        if end.dtype != dtype {
            throw EngineError.runtime("expected dtype \(dtype.cTypeName) for `end` but got dtype \(end.dtype.cTypeName)")
        }
        var shape = try Tensor.broadcastShape(self.shape, end.shape)
        var weightTensor: Tensor? = nil
        if case .tensor(let w) = weight {
            if w.rank > 0, w.dtype != dtype {
                throw EngineError.runtime("expected dtype \(dtype.cTypeName) for `weight` but got dtype \(w.dtype.cTypeName)")
            }
            shape = try Tensor.broadcastShape(shape, w.shape)
            weightTensor = w
        }
        guard dtype.isFloatingPoint else {
            let kernel = weightTensor == nil ? "lerp_kernel_scalar" : "lerp_kernel_tensor"
            throw EngineError(.notImplementedError, "\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'")
        }
        let count = shape.reduce(1, *)
        let s = expand(to: shape), e = end.expand(to: shape)
        let w = weightTensor.map { $0.converted(to: dtype).expand(to: shape) }
        let out: Tensor
        if dtype == .float32 {
            let ws: (Int) -> Float
            if let w { let v = w.floats; ws = { v[$0] } } else if case .scalar(let x) = weight { let v = Float(x); ws = { _ in v } } else { ws = { _ in 0 } }
            let a = s.floats, b = e.floats
            out = Tensor(dtype: .float32, shape: shape, floats: (0..<count).map { Tensor.lerpValue(a[$0], b[$0], ws($0)) })
        } else {
            let ws: (Int) -> Double
            if let w { let v = w.doubles; ws = { v[$0] } } else if case .scalar(let x) = weight { ws = { _ in x } } else { ws = { _ in 0 } }
            let a = s.doubles, b = e.doubles
            out = Tensor(dtype: dtype, shape: shape, doubles: (0..<count).map { Tensor.lerpValue(a[$0], b[$0], ws($0)) })
        }
        let inputs = [self, end] + (weightTensor.map { [$0] } ?? [])
        guard Tensor.recording, inputs.contains(where: { $0.requiresGrad }) else { return out }
        if case .scalar(let x) = weight {
            out.gradFn = MultiInputNode("LerpBackward0", inputs) { g in
                [try Tensor.kernel(.mul, .tensor(g), .scalar(.double(1 - x))), try Tensor.kernel(.mul, .tensor(g), .scalar(.double(x)))]
            }
            return out
        }
        let savedStart = SavedTensor(self), savedEnd = SavedTensor(end), savedWeight = SavedTensor(weightTensor!)
        out.gradFn = MultiInputNode("LerpBackward1", inputs) { g in
            let w = try savedWeight.unpack()
            let oneMinus = try Tensor.kernel(.sub, .scalar(.double(1)), .tensor(w))
            let difference = try Tensor.kernel(.sub, .tensor(try savedEnd.unpack()), .tensor(try savedStart.unpack()))
            return [try Tensor.kernel(.mul, .tensor(g), .tensor(oneMinus)), try Tensor.kernel(.mul, .tensor(g), .tensor(w)),
                    try Tensor.kernel(.mul, .tensor(g), .tensor(difference))]
        }
        return out
    }

    /// ATen's `lerp` of one element: `fma(coeff, end - start, base)` from the nearer end.
    static func lerpValue<T: BinaryFloatingPoint>(_ start: T, _ end: T, _ weight: T) -> T {
        let small = Swift.abs(weight) < 0.5
        return (small ? start : end).addingProduct(small ? weight : weight - 1, end - start)
    }
}
