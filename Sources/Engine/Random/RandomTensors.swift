/// Random tensors and in-place random fills drawn from a `Generator` as ATen draws them.
extension Tensor {
    /// Uniform [from, to) values of `dtype` (float32 or float64) in row-major order.
    static func uniformValues(_ count: Int, from: Double, to: Double, dtype: DType, _ g: Generator) -> Tensor {
        dtype == .float32
            ? Tensor(dtype: .float32, shape: [count], floats: g.uniformFloats(count, from: from, to: to))
            : Tensor(dtype: dtype, shape: [count], doubles: g.uniformDoubles(count, from: from, to: to))
    }

    static func normalValues(_ count: Int, mean: Double, std: Double, dtype: DType, _ g: Generator) -> Tensor {
        dtype == .float32
            ? Tensor(dtype: .float32, shape: [count], floats: g.normalFloats(count, mean: mean, std: std))
            : Tensor(dtype: dtype, shape: [count], doubles: g.normalDoubles(count, mean: mean, std: std))
    }

    private static func floating(_ dtype: DType, _ kernel: String) throws {
        guard dtype.isFloatingPoint else {
            throw EngineError(.notImplementedError, "\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'")
        }
    }

    /// `torch.rand(shape)`.
    /// - Throws: PyTorch's errors for a bad shape or a non-floating dtype.
    public static func rand(_ shape: [Int], dtype: DType = .float32, generator g: Generator) throws -> Tensor {
        try checkShape(shape, dtype: dtype)
        try floating(dtype, "check_uniform_bounds")
        let flat = uniformValues(shape.reduce(1, *), from: 0, to: 1, dtype: dtype, g)
        flat.shape = shape
        return flat
    }

    /// `torch.randn(shape)`.
    /// - Throws: PyTorch's errors for a bad shape or a non-floating dtype.
    public static func randn(_ shape: [Int], dtype: DType = .float32, generator g: Generator) throws -> Tensor {
        try checkShape(shape, dtype: dtype)
        try floating(dtype, "normal_kernel_cpu")
        let flat = normalValues(shape.reduce(1, *), mean: 0, std: 1, dtype: dtype, g)
        flat.shape = shape
        return flat
    }

    /// `torch.randint(low, high, shape)` (int64 unless `dtype` says otherwise).
    /// - Throws: PyTorch's error when `low >= high`.
    public static func randint(low: Int, high: Int, _ shape: [Int], dtype: DType = .int64, generator g: Generator) throws -> Tensor {
        try checkShape(shape, dtype: dtype)
        guard low < high else {
            throw EngineError.runtime("random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)")
        }
        let values = g.integers(shape.reduce(1, *), low: Int64(low), high: Int64(high)).map { Double($0) }
        return try Tensor(values, shape: shape, dtype: dtype)
    }

    /// `torch.randperm(n)`.
    /// - Throws: PyTorch's error for a negative `n`.
    public static func randperm(_ n: Int, dtype: DType = .int64, generator g: Generator) throws -> Tensor {
        try checkShape([n], dtype: dtype)
        return try Tensor(g.permutation(n).map { Double($0) }, shape: [n], dtype: dtype)
    }

    /// `self.uniform_(from, to)`.
    /// - Throws: PyTorch's errors for `from > to`, a non-floating tensor, or a leaf that requires grad.
    public func uniform(from: Double, to: Double, generator g: Generator) throws {
        guard from <= to else {
            throw EngineError.runtime("uniform_ expects to return a [from, to) range, but found from=\(Tensor.number(from)) > to=\(Tensor.number(to))")
        }
        try Tensor.floating(dtype, "check_uniform_bounds")
        try inPlace(zeroGradName: "UniformBackward0") { t in
            let flat = Tensor.uniformValues(t.count, from: from, to: to, dtype: t.dtype, g)
            flat.shape = t.shape
            return flat
        }
    }

    /// `self.normal_(mean, std)`.
    /// - Throws: PyTorch's errors for a negative `std`, a non-floating tensor, or a leaf that requires grad.
    public func normal(mean: Double, std: Double, generator g: Generator) throws {
        guard std >= 0 else {
            throw EngineError.runtime("normal expects std >= 0.0, but found std \(Tensor.number(std))")
        }
        try Tensor.floating(dtype, "normal_kernel_cpu")
        try inPlace(zeroGradName: "NormalBackward0") { t in
            let flat = Tensor.normalValues(t.count, mean: mean, std: std, dtype: t.dtype, g)
            flat.shape = t.shape
            return flat
        }
    }

    /// `self.bernoulli_(p)`: each element 1 with probability `p`, else 0, in this tensor's dtype.
    /// - Throws: PyTorch's error for `p` outside [0, 1], or a leaf that requires grad.
    public func bernoulli(p: Double, generator g: Generator) throws {
        guard p >= 0 && p <= 1 else {
            throw EngineError.runtime("bernoulli_ expects p to be in [0, 1], but got p=\(Tensor.number(p))")
        }
        try inPlace(zeroGradName: "BernoulliBackward2") { t in
            try Tensor(g.bernoulli(t.count, p: p).map { $0 ? 1 : 0 }, shape: t.shape, dtype: t.dtype)
        }
    }

    /// `torch.bernoulli(probabilities)`: per element, a float32 probability compares with a
    /// 24-bit uniform and a float64 one with a 53-bit uniform, as ATen's tensor kernel does.
    /// - Throws: PyTorch's error for a non-floating input.
    public func bernoulliSample(generator g: Generator) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw EngineError(.notImplementedError, "\"bernoulli_tensor_cpu_p_\" not implemented for '\(dtype.scalarTypeName)'")
        }
        let draws: [Double] = dtype == .float32
            ? floats.map { p in g.unitFloat() < p ? 1 : 0 }
            : doubles.map { p in g.unitDouble() < p ? 1 : 0 }
        return try Tensor(draws, shape: shape, dtype: dtype)
    }

    /// A Python-style number for messages: integral values without a fraction (`-1`, `0.5`).
    static func number(_ v: Double) -> String {
        v == v.rounded() && Swift.abs(v) < 1e16 ? String(Int(v)) : "\(v)"
    }
}
