extension Tensor {
    /// Sum of all elements as a 0-d tensor (`SumBackward0`).
    ///
    /// Floating sums follow PyTorch's cascade summation exactly (`CascadeSum`).
    /// A strided view (`x.t()`) is summed in its memory order, as ATen's iterator visits it.
    public func sum() -> Tensor {
        var out: Tensor
        let ordered = dtype.isFloatingPoint ? memoryOrderPermutation().map { detachedView().permutedValues($0) } : nil
        switch dtype {
        case .float32:
            out = Tensor(dtype: .float32, shape: [], floats: [CascadeSum.sum(ordered?.floats ?? floats, lanes: 8)])
        case .float64:
            out = Tensor(dtype: .float64, shape: [], doubles: [CascadeSum.sum(ordered?.doubles ?? doubles, lanes: 4)])
        case .float16:
            out = Tensor(dtype: .float16, shape: [], doubles: [Double(CascadeSum.sum(doubles.map { Float($0) }, lanes: 8))])
        case .int64, .int32, .bool:
            out = Tensor(dtype: .int64, shape: [], doubles: [Tensor.wrappedInt64(doubles.reduce(0, +))])
        }
        if (dtype == .float32 || dtype == .float64) && rank > 1 && !isContiguousLayout,
           let planes = iteratorSum(over: Array(0..<rank)) {
            // a view with gaps (`x[:, ::2]`): ATen sums it plane by plane (`IteratorSum`)
            out = Tensor(dtype: dtype, shape: [], floats: planes.floats, doubles: planes.doubles)
        }
        let shape = self.shape
        return unary("SumBackward0", out, saves: false) { g in
            let e = g.expand(to: shape)
            if e !== g { e.expandedScalarVersion = e.version }
            return e
        }
    }

    /// Mean of all elements (`MeanBackward0`): the float sum divided by the count.
    /// - Throws: `RuntimeError` for integer tensors, as PyTorch.
    public func mean() throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw EngineError(.notImplementedError, "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(dtype.scalarTypeName)")
        }
        let n = count
        let out: Tensor
        if dtype == .float16 {
            // ATen: cast to float, sum, divide, cast back to half
            let total = GradMode.withNoGrad { converted(to: .float32).sum() }
            out = try Tensor.kernel(.div, .tensor(total), .scalar(.int(n))).converted(to: .float16)
        } else {
            let total = GradMode.withNoGrad { sum() }
            out = try Tensor.kernel(.div, .tensor(total), .scalar(.int(n)))
        }
        let shape = self.shape
        return unary("MeanBackward0", out, saves: false) { g in
            try Tensor.kernel(.div, .tensor(g.expand(to: shape)), .scalar(.int(n)))
        }
    }
}
