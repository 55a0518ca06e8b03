import Foundation

/// torch.nn's classification and robust losses (`nll_loss`, `cross_entropy`,
/// `binary_cross_entropy`, `binary_cross_entropy_with_logits`, `huber_loss`) with ATen's
/// formulas, error messages and autograd node names.
extension Tensor {
    /// Applies `reduction` ("mean", "sum", "none") to elementwise losses held as doubles (each
    /// already rounded to `dtype`): the sum is ATen's cascade sum (`CascadeSum`) and the mean
    /// that sum divided by the count in the dtype, as `loss.mean()` computes it in torch.
    static func reduce(_ loss: [Double], shape: [Int], dtype: DType, _ reduction: String) throws -> Tensor {
        let elementwise = try Tensor(loss, shape: shape, dtype: dtype)
        switch reduction {
        case "none": return elementwise
        case "sum": return GradMode.withNoGrad { elementwise.sum() }
        default: return try GradMode.withNoGrad { try elementwise.mean() }
        }
    }

    /// The gradient scale of a reduction for an upstream gradient `g` (0-d or elementwise).
    static func upstream(_ g: Tensor, count: Int, _ reduction: String) -> (Int) -> Double {
        let gv = g.values
        switch reduction {
        case "none": return { gv[$0] }
        case "sum": return { _ in gv[0] }
        default: return { _ in gv[0] / Double(count) }
        }
    }

    /// `F.nll_loss(input, target, weight=…)` for input (C), (N, C) or (N, C, d1, …) of
    /// log-probabilities and int64 class indices of shape (), (N) or (N, d1, …)
    /// (`NllLossBackward0`; `NllLoss2DBackward0` from rank 3 on, under a `ViewBackward0` for
    /// unreduced ranks other than 4, as ATen's `nll_loss_nd` reshapes them);
    /// `ignore_index` targets count for nothing. Sums use ATen's cascade (partial sums
    /// flushed every 16, 256, … samples, in (n, d1, …) order) and the mean divides by the
    /// summed weights of the counted targets, as ATen does. Shape checks come in ATen's order.
    public static func nllLoss(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil, reduction: String = "mean", ignoreIndex: Int = -100) throws -> Tensor {
        try checkNllShapes(input, target, weight)
        let spatial = input.rank >= 3
        let batch = input.rank >= 2 ? input.shape[0] : 1
        let classes = input.rank >= 2 ? input.shape[1] : input.shape[0]
        let map = spatial ? input.shape[2...].reduce(1, *) : 1
        let rows = batch * map
        // The targets as stored (int64 values held as doubles); read without a converted copy.
        let targets = target.doubles
        @inline(__always) func t(_ n: Int) -> Int { Int(targets[n]) }
        // Row n (sample n / map, position n % map) of class c in the (N, C, map) layout.
        @inline(__always) func offset(_ n: Int, _ c: Int) -> Int {
            map == 1 ? n * classes + c : (n / map) * classes * map + c * map + n % map
        }
        // Only the picked elements are read, so a float32 input is not converted as a whole.
        let floats = input.dtype == .float32 ? input.floats : [], doubles = input.dtype == .float32 ? [] : input.values
        @inline(__always) func element(_ i: Int) -> Double { floats.isEmpty ? doubles[i] : Double(floats[i]) }
        let w: [Double]? = weight.map { $0.converted(to: input.dtype).values }
        let f32 = input.dtype == .float32
        @inline(__always) func round(_ v: Double) -> Double { f32 ? Double(Float(v)) : v }
        let perSampleLosses = reduction == "none"
        var losses = perSampleLosses ? [Double](repeating: 0, count: rows) : []
        var ignored = 0
        // ATen's cascade of 8 levels of 16 for the loss and the weight sums.
        let (total, weightSum) = try f32 && w == nil && !perSampleLosses && !spatial
            ? (nllCascadeSum(floats, targets: targets, batch: batch, classes: classes, ignoreIndex: ignoreIndex, ignored: &ignored), 0)
            : withUnsafeTemporaryAllocation(of: Double.self, capacity: 16) { levels in
            let lossLevels = levels.baseAddress!, weightLevels = lossLevels + 8
            lossLevels.initialize(repeating: 0, count: 16)
            for n in 0..<rows {
                let tn = t(n)
                if tn == ignoreIndex { ignored += 1; continue }
                guard tn >= 0 && tn < classes else {
                    throw EngineError(.indexError, "Target \(tn) is out of bounds.")
                }
                let data = element(offset(n, tn))
                if let w {
                    if perSampleLosses { losses[n] = round(-(data * w[tn])) }
                    lossLevels[0] = round(lossLevels[0] - round(data * w[tn]))
                    weightLevels[0] = round(weightLevels[0] + w[tn])
                } else {
                    if perSampleLosses { losses[n] = -data }
                    lossLevels[0] = round(lossLevels[0] - data)
                }
                for j in 0..<7 {
                    if n & (15 << (j * 4)) != 0 { break }
                    lossLevels[j + 1] = round(lossLevels[j + 1] + lossLevels[j])
                    weightLevels[j + 1] = round(weightLevels[j + 1] + weightLevels[j])
                    lossLevels[j] = 0
                    weightLevels[j] = 0
                }
            }
            var total = 0.0, weightSum = 0.0
            for j in 0..<8 {
                total = round(total + lossLevels[j])
                weightSum = round(weightSum + weightLevels[j])
            }
            return (total, weightSum)
        }
        let totalWeight = w == nil ? Double(rows - ignored) : weightSum
        var out: Tensor
        switch reduction {
        case "none": out = try Tensor(losses, shape: spatial ? (input.rank == 4 ? target.shape : [batch, 1, map]) : input.rank == 2 ? [batch] : [], dtype: input.dtype)
        case "sum": out = Tensor(total, dtype: input.dtype)
        default: out = Tensor(round(total / totalWeight), dtype: input.dtype)
        }
        if recording && input.requiresGrad {
            let shape = input.shape, dtype = input.dtype
            let perSample = reduction == "none", summed = reduction == "sum"
            out.gradFn = FunctionNode(spatial ? "NllLoss2DBackward0" : "NllLossBackward0", input) { g in
                let gv = perSample ? g.values : [g.value(at: 0)]
                @inline(__always) func value(_ n: Int) -> Double {
                    let scale = perSample ? gv[n] : summed ? gv[0] : gv[0] / totalWeight
                    return -scale * (w?[t(n)] ?? 1)
                }
                if dtype == .float32 && w == nil && !perSample && !spatial {
                    // One value for every counted target: -scale, rounded to float32 once.
                    return [nllUniformGradient(shape: shape, batch: batch, classes: classes, targets: targets,
                                               ignoreIndex: ignoreIndex, value: Float(value(0)))]
                }
                if dtype == .float32 {
                    // Each value rounded to float32 once, as the double path's conversion does.
                    var grad = [Float](repeating: 0, count: shape.reduce(1, *))
                    grad.withUnsafeMutableBufferPointer { out in
                        for n in 0..<rows where t(n) != ignoreIndex { out[offset(n, t(n))] = Float(value(n)) }
                    }
                    return [Tensor(dtype: .float32, shape: shape, floats: grad)]
                }
                var grad = [Double](repeating: 0, count: shape.reduce(1, *))
                for n in 0..<rows where t(n) != ignoreIndex { grad[offset(n, t(n))] = value(n) }
                return [try Tensor(grad, shape: shape, dtype: dtype)]
            }
        }
        if perSampleLosses && spatial && input.rank != 4 { out = try out.reshape(target.shape) }
        return out
    }

    /// ATen's checks of `nll_loss_nd`, then of `nll_loss` (rank 1-2) or `nll_loss2d` (rank 3
    /// and up, viewed as (N, C, 1, -1)), in the order torch makes them.
    static func checkNllShapes(_ input: Tensor, _ target: Tensor, _ weight: Tensor?) throws {
        func sizes(_ shape: [Int]) -> String { "[\(shape.map(String.init).joined(separator: ", "))]" }
        guard input.rank >= 1 else { throw EngineError.value("Expected 1 or more dimensions (got \(input.rank))") }
        if input.rank != 1 && input.shape[0] != (target.shape.first ?? 1) {
            throw EngineError.value("Expected input batch_size (\(input.shape[0])) to match target batch_size (\(target.shape.first ?? 1)).")
        }
        if input.rank == 1 && target.rank == 1 && target.shape[0] != 1 {
            throw EngineError.value("For 1D input, 1D target must have size 1, but got target size: \(target.shape[0])")
        }
        let classes = input.rank >= 2 ? input.shape[1] : input.shape[0]
        if input.rank <= 2 {
            guard target.rank <= 1 || input.rank == 1 else {
                throw EngineError.runtime("0D or 1D target tensor expected, multi-target not supported")
            }
            guard target.dtype == .int64 else { throw targetDTypeError(target) }
            if let weight, weight.count != classes || weight.rank != 1 {
                throw EngineError.runtime("weight tensor should be defined either for all \(classes) classes or no classes but got weight tensor of shape: \(sizes(weight.shape))")
            }
            return
        }
        if input.rank != 4 && Array(target.shape.dropFirst()) != Array(input.shape[2...]) {
            throw EngineError.runtime("Expected target size \(sizes([input.shape[0]] + input.shape[2...])), got \(sizes(target.shape))")
        }
        if input.rank == 4 && target.rank != 3 {
            throw EngineError.runtime("only batches of spatial targets supported (3D tensors) but got targets of dimension: \(target.rank)")
        }
        guard target.dtype == .int64 else { throw targetDTypeError(target) }
        if let weight, weight.count != classes {
            throw EngineError.runtime("weight tensor should be defined either for all or no classes")
        }
        if input.rank == 4 && Array(target.shape.dropFirst()) != Array(input.shape[2...]) {
            throw EngineError.runtime("size mismatch (got input: \(sizes(input.shape)) , target: \(sizes(target.shape))")
        }
    }

    /// `F.cross_entropy(input, target)`: `nll_loss(log_softmax(input, 1))` for class indices,
    /// `-(log_softmax * target).sum(1)` reduced for class probabilities, with label smoothing
    /// as ATen mixes it in.
    public static func crossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil, reduction: String = "mean",
                                    ignoreIndex: Int = -100, labelSmoothing: Double = 0) throws -> Tensor {
        guard labelSmoothing >= 0 && labelSmoothing <= 1 else {
            throw EngineError.runtime("label_smoothing must be between 0.0 and 1.0. Got: \(labelSmoothing)")
        }
        let classDim = input.rank == 1 ? 0 : 1
        let logp = try input.logSoftmax(dim: classDim)
        let classes = input.rank == 0 ? 1 : input.shape[classDim]
        if target.shape == input.shape {
            // ATen takes same-shaped targets for class probabilities.
            guard target.dtype.isFloatingPoint else {
                throw EngineError.runtime("Expected floating point type for target with class probabilities, got \(target.dtype.scalarTypeName)")
            }
            guard ignoreIndex < 0 else { throw EngineError.runtime("ignore_index is not supported for floating point target") }
            var t = target
            if labelSmoothing > 0 {
                let kept = try Tensor.binary(.mul, .tensor(target), .scalar(.double(1 - labelSmoothing)))
                t = try Tensor.binary(.add, .tensor(kept), .scalar(.double(labelSmoothing / Double(classes))))
            }
            var product = try Tensor.binary(.mul, .tensor(logp), .tensor(t))
            if let weight { product = try Tensor.binary(.mul, .tensor(product), .tensor(classWeights(weight, input.rank, classDim))) }
            // ATen: -(input * target).sum(class_dim) for "none", else the sum over all
            // elements negated, divided by the sample count (a Scalar: `DivBackward1`) for "mean".
            switch reduction {
            case "none": return try product.sum(dims: [classDim]).neg()
            case "sum": return product.sum().neg()
            default:
                let total = product.sum().neg()
                let samples = Scalar.int(input.rank == 1 ? 1 : input.count / classes)
                let out = try kernel(.div, .tensor(total), .scalar(samples))
                if recording && total.requiresGrad {
                    out.gradFn = FunctionNode("DivBackward1", total) { g in [try kernel(.div, .tensor(g), .scalar(samples))] }
                }
                return out
            }
        }
        let nll = try nllLoss(logp, target, weight: weight, reduction: reduction, ignoreIndex: ignoreIndex)
        guard labelSmoothing > 0 else { return nll }
        var smooth = try logp.sum(dims: [classDim]).neg()
        if let weight {
            smooth = try Tensor.binary(.mul, .tensor(logp), .tensor(classWeights(weight, input.rank, classDim))).sum(dims: [classDim]).neg()
        }
        let ignored = target.values.map { Int($0) == ignoreIndex }
        if ignored.contains(true) {
            let keep = try Tensor(ignored.map { $0 ? 0 : 1 }, shape: smooth.shape, dtype: smooth.dtype)
            smooth = try Tensor.binary(.mul, .tensor(smooth), .tensor(keep))
        }
        switch reduction {
        case "mean":
            if let weight {
                // ATen normalizes by the weights of the counted targets, as nll_loss does.
                let wv = weight.values
                let picked = target.values.map { Int($0) }.filter { $0 != ignoreIndex }.map { wv[$0] }
                let total = try Tensor(picked, shape: [picked.count], dtype: weight.dtype).sum()
                smooth = try Tensor.binary(.div, .tensor(smooth.sum()), .tensor(total))
            } else {
                // ATen: smooth_loss.sum() / (~ignore_mask).sum(), the counted targets only.
                let counted = ignored.filter { !$0 }.count
                smooth = try Tensor.binary(.div, .tensor(smooth.sum()), .tensor(Tensor(Double(counted), dtype: .int64)))
            }
        case "sum": smooth = smooth.sum()
        default: break
        }
        let a = try Tensor.binary(.mul, .tensor(nll), .scalar(.double(1 - labelSmoothing)))
        let b = try Tensor.binary(.mul, .tensor(smooth), .scalar(.double(labelSmoothing / Double(classes))))
        return try Tensor.binary(.add, .tensor(a), .tensor(b))
    }

    /// `weight` shaped to broadcast along the class dimension of a rank-`rank` input.
    private static func classWeights(_ weight: Tensor, _ rank: Int, _ classDim: Int) throws -> Tensor {
        var shape = [Int](repeating: 1, count: max(rank, 1))
        shape[classDim] = weight.count
        return try weight.reshape(shape)
    }

    /// ATen's error for class-index targets of another dtype than int64.
    static func targetDTypeError(_ target: Tensor) -> EngineError {
        let name = target.dtype.scalarTypeName
        return EngineError.runtime("expected target dtype to be Long or Byte, but got \(name)")
    }

    private static func sameShape(_ input: Tensor, _ target: Tensor, _ what: String) throws {
        guard input.shape == target.shape else {
            if what == "binary_cross_entropy_with_logits" {
                throw EngineError.value("Target size (\(Tensor.sizeText(target.shape))) must be the same as input size (\(Tensor.sizeText(input.shape)))")
            }
            throw EngineError.value("Using a target size (\(Tensor.sizeText(target.shape))) that is different to the input size (\(Tensor.sizeText(input.shape))) is deprecated. Please ensure they have the same size.")
        }
    }

    public static func sizeText(_ shape: [Int]) -> String { "torch.Size([\(shape.map(String.init).joined(separator: ", "))])" }

    /// `F.binary_cross_entropy(input, target)`: `(y - 1)·log1p(-x) - y·log(x)`, logs clamped at -100
    /// (`BinaryCrossEntropyBackward0`).
    public static func binaryCrossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil, reduction: String = "mean") throws -> Tensor {
        try sameShape(input, target, "binary_cross_entropy")
        guard input.dtype == target.dtype else {
            throw EngineError.runtime("Found dtype \(Tensor.scalarTypeName(target.dtype)) but expected \(Tensor.scalarTypeName(input.dtype))")
        }
        let x = input.values, y = target.values
        guard x.allSatisfy({ $0 >= 0 && $0 <= 1 }) else {
            throw EngineError.runtime("all elements of input should be between 0 and 1")
        }
        let w = try weight.map { try $0.expand(to: input.shape).values }
        let f32 = input.dtype == .float32
        let loss: [Double] = (0..<x.count).map { i in
            if f32 {
                let (xi, yi) = (Float(x[i]), Float(y[i]))
                let a: Float = (yi - 1) * max(Foundation.log1p(-xi), -100)
                let b: Float = yi * max(Foundation.log(xi), -100)
                let l: Float = a - b
                return Double(w.map { Float($0[i]) * l } ?? l)
            }
            let a: Double = (y[i] - 1) * max(Foundation.log1p(-x[i]), -100)
            let b: Double = y[i] * max(Foundation.log(x[i]), -100)
            let l: Double = a - b
            return w.map { $0[i] * l } ?? l
        }
        let out = try reduce(loss, shape: input.shape, dtype: input.dtype, reduction)
        if recording && input.requiresGrad {
            let shape = input.shape, dtype = input.dtype, count = x.count
            out.gradFn = FunctionNode("BinaryCrossEntropyBackward0", input) { g in
                if f32, g.dtype == .float32 {
                    // ATen: grad * (x - y) / max((1 - x) * x, 1e-12), then * weight, then / numel.
                    let gv = g.floats, n = Float(count)
                    let grad: [Float] = (0..<count).map { i in
                        let (xi, yi) = (Float(x[i]), Float(y[i]))
                        var d = (reduction == "none" ? gv[i] : gv[0]) * (xi - yi) / max((1 - xi) * xi, 1e-12)
                        if let w { d = d * Float(w[i]) }
                        return reduction == "mean" ? d / n : d
                    }
                    return [try Tensor(floats: grad, shape: shape)]
                }
                let up = upstream(g, count: count, reduction)
                let grad = (0..<count).map { i in
                    up(i) * (x[i] - y[i]) / max((1 - x[i]) * x[i], 1e-12) * (w?[i] ?? 1)
                }
                return [try Tensor(grad, shape: shape, dtype: dtype)]
            }
        }
        return out
    }

    /// `F.binary_cross_entropy_with_logits(input, target, pos_weight=…)`:
    /// `(1 - y) * x - log_weight * log_sigmoid(x)` (`BinaryCrossEntropyWithLogitsBackward0`).
    public static func binaryCrossEntropyWithLogits(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil, posWeight: Tensor? = nil, reduction: String = "mean") throws -> Tensor {
        try sameShape(input, target, "binary_cross_entropy_with_logits")
        if !target.dtype.isFloatingPoint {
            throw EngineError.runtime("result type \(Tensor.scalarTypeName(input.dtype)) can't be cast to the desired output type \(Tensor.scalarTypeName(target.dtype))")
        }
        let x = input.values, y = target.values
        let p = try posWeight.map { try $0.expand(to: input.shape).values }
        let w = try weight.map { try $0.expand(to: input.shape).values }
        // ATen's steps, each rounded to the dtype its in-place operation writes:
        // log_sigmoid(x) in the input's dtype (scaled by (pos_weight - 1) * y + 1), then
        // (1 - y).mul_(x).sub_(log_sigmoid).mul_(weight) in the target's, which the loss keeps.
        let inF = input.dtype == .float32, tF = target.dtype == .float32
        let pwF = posWeight?.dtype == .float32
        func r(_ v: Double, _ f32: Bool) -> Double { f32 ? Double(Float(v)) : v }
        let loss: [Double] = (0..<x.count).map { i in
            var logSig: Double
            if inF {
                let xi = Float(x[i])
                logSig = Double(min(xi, 0) - Foundation.log1p(Foundation.exp(-Swift.abs(xi))))
            } else {
                logSig = min(x[i], 0) - Foundation.log1p(Foundation.exp(-Swift.abs(x[i])))
            }
            if let p {
                let logWeight = r(r(r(p[i] - 1, pwF) * y[i], pwF && tF) + 1, pwF && tF)
                logSig = r(logSig * logWeight, inF)
            }
            var l = r(1 - y[i], tF)
            l = r(l * x[i], tF)
            l = r(l - logSig, tF)
            if let w { l = r(l * w[i], tF) }
            return l
        }
        let out = try reduce(loss, shape: input.shape, dtype: target.dtype, reduction)
        if recording && input.requiresGrad {
            let shape = input.shape, dtype = input.dtype, count = x.count
            let allFloat = inF && tF && (posWeight == nil || pwF) && (weight?.dtype ?? .float32) == .float32
            out.gradFn = FunctionNode("BinaryCrossEntropyWithLogitsBackward0", input) { g in
                if allFloat, g.dtype == .float32 {
                    return [try bceWithLogitsGradient(g, x: x, y: y, p: p, w: w, shape: shape, reduction)]
                }
                let up = upstream(g, count: count, reduction)
                let grad = (0..<count).map { i -> Double in
                    let s = 1 / (1 + Foundation.exp(-x[i]))
                    let pw = p?[i] ?? 1
                    let d = ((pw - 1) * y[i] + 1) * s - pw * y[i]
                    return up(i) * d * (w?[i] ?? 1)
                }
                return [try Tensor(grad, shape: shape, dtype: dtype)]
            }
        }
        return out
    }

    /// The float32 gradient of `binary_cross_entropy_with_logits` in ATen's steps, each rounded:
    /// `sigmoid(x) - y` (or `((p·y + 1) - y)·sigmoid(x) - p·y` with `pos_weight`), times the
    /// upstream gradient, times `weight`, divided by the element count for the mean.
    static func bceWithLogitsGradient(_ g: Tensor, x: [Double], y: [Double], p: [Double]?, w: [Double]?, shape: [Int], _ reduction: String) throws -> Tensor {
        let s = VectorKernels.sigmoid(x.map { Float($0) })
        let gv = g.floats
        let n = Float(x.count)
        let grad: [Float] = (0..<x.count).map { i in
            let yi = Float(y[i])
            var d: Float
            if let p {
                let t = Float(p[i]) * yi
                d = ((t + 1) - yi) * s[i] - t
            } else {
                d = s[i] - yi
            }
            d = d * (reduction == "none" ? gv[i] : gv[0])
            if let w { d = d * Float(w[i]) }
            return reduction == "mean" ? d / n : d
        }
        return try Tensor(floats: grad, shape: shape)
    }
}
