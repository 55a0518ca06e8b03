/// `batch_norm`: per-channel normalization over the batch (and length) dimensions, as ATen's
/// `batch_norm` on the CPU (kernels in `BatchNormKernels`), with one
/// `NativeBatchNormBackward0` node whose edges are the input, the weight and the bias.
extension Tensor {
    /// `torch.batch_norm(self, weight, bias, runningMean, runningVar, training, momentum, eps)`
    /// on an (N, C, …) input. In training the batch statistics normalize the input and, when
    /// given, the running buffers are updated in place (`momentum` weighting the batch); in
    /// evaluation the running buffers normalize it.
    /// - Throws: PyTorch's errors for buffers or parameters of the wrong size, missing buffers
    ///   in evaluation, integer inputs and mixed dtypes.
    public func batchNorm(runningMean: Tensor?, runningVar: Tensor?, weight: Tensor?, bias: Tensor?,
                          training: Bool, momentum: Double, eps: Double) throws -> Tensor {
        guard rank >= 2 else { throw EngineError.runtime("batch_norm expects an input of at least 2 dimensions, got \(rank)") }
        let channels = shape[1]
        for (name, t) in [("running_mean", runningMean), ("running_var", runningVar), ("weight", weight), ("bias", bias)] {
            if let t, t.count != channels {
                throw EngineError.runtime("\(name) should contain \(channels) elements not \(t.count)")
            }
        }
        guard dtype == .float32 || dtype == .float64 else {
            throw EngineError(.notImplementedError, "\"batch_norm\" not implemented for '\(dtype.scalarTypeName)'")
        }
        if [runningMean, runningVar, weight, bias].contains(where: { $0 != nil && $0!.dtype != dtype }) {
            throw EngineError.runtime("mixed dtype (CPU): all inputs must share same datatype.")
        }
        if !training {
            guard runningMean != nil else { throw EngineError.runtime("running_mean must be defined in evaluation mode") }
            guard runningVar != nil else { throw EngineError.runtime("running_var must be defined in evaluation mode") }
        }
        guard count > 0 else { throw EngineError(.notImplementedError, "batch_norm of an empty input is not supported yet") }
        let layout = BatchNormKernels.Layout(batch: shape[0], channels: channels, image: count / (shape[0] * channels))
        if dtype == .float32 {
            return try batchNormTyped(floats, layout, runningMean, runningVar, weight, bias, training, momentum, eps,
                                      read: { $0.floats }, make: { Tensor(dtype: .float32, shape: $1, floats: $0) },
                                      write: { $0.floats = $1 })
        }
        return try batchNormTyped(doubles, layout, runningMean, runningVar, weight, bias, training, momentum, eps,
                                  read: { $0.doubles }, make: { Tensor(dtype: .float64, shape: $1, doubles: $0) },
                                  write: { $0.doubles = $1 })
    }

    private func batchNormTyped<T: BinaryFloatingPoint>(_ x: [T], _ layout: BatchNormKernels.Layout, _ runningMean: Tensor?, _ runningVar: Tensor?,
                                                       _ weight: Tensor?, _ bias: Tensor?, _ training: Bool, _ momentum: Double, _ eps: Double,
                                                       read: @escaping (Tensor) -> [T], make: @escaping ([T], [Int]) -> Tensor,
                                                       write: (Tensor, [T]) -> Void) throws -> Tensor {
        let w = weight.map(read), b = bias.map(read)
        let mean: [T], invstd: [T]
        if training {
            let stats = BatchNormKernels.collectStats(x, layout)
            mean = stats.mean
            invstd = stats.varSum.map { BatchNormKernels.invStd(varSum: $0, count: layout.count, eps: eps) }
            if let runningMean, let runningVar {
                var rm = read(runningMean), rv = read(runningVar)
                for c in 0..<layout.channels {
                    BatchNormKernels.updateRunning(mean: &rm[c], variance: &rv[c], batchMean: mean[c], varSum: stats.varSum[c],
                                                   count: layout.count, momentum: momentum)
                }
                write(runningMean, rm)
                write(runningVar, rv)
                runningMean.version += 1
                runningVar.version += 1
            }
        } else {
            mean = read(runningMean!)
            invstd = read(runningVar!).map { BatchNormKernels.evalInvStd($0, eps: eps) }
        }
        let out = make(BatchNormKernels.transform(x, layout, mean: mean, invstd: invstd, weight: w, bias: b), shape)
        let wantInput = requiresGrad, wantWeight = weight?.requiresGrad ?? false, wantBias = bias?.requiresGrad ?? false
        guard Tensor.recording, wantInput || wantWeight || wantBias else { return out }
        // The backward kernels recompute the eval-mode invstd in double.
        let backwardInvstd = training ? invstd : read(runningVar!).map { BatchNormKernels.backwardEvalInvStd($0, eps: eps) }
        let savedInput = SavedTensor(self), savedWeight = weight.map(SavedTensor.init)
        let placeholder = Tensor(dtype: dtype, shape: [0])
        let inputShape = shape, channelShape = [layout.channels], dtype = self.dtype
        out.gradFn = MultiInputNode("NativeBatchNormBackward0", [self, weight ?? placeholder, bias ?? placeholder]) { g in
            let xs = read(try savedInput.unpack()), ws = try savedWeight.map { read(try $0.unpack()) }
            let grad = g.dtype == dtype ? g : g.converted(to: dtype)
            let r = BatchNormKernels.backward(read(grad), xs, layout, mean: mean, invstd: backwardInvstd, weight: ws, training: training,
                                              wantInput: wantInput, wantWeight: wantWeight, wantBias: wantBias)
            return [r.dx.map { make($0, inputShape) }, r.dw.map { make($0, channelShape) }, r.db.map { make($0, channelShape) }]
        }
        return out
    }
}
