/// The float32, unweighted `nll_loss` of a (C) or (N, C) input with a "mean" or "sum" reduction (what
/// `nn.CrossEntropyLoss()` runs on every training step) over raw pointers.
///
/// The general loop in `nllLoss` reads every element through closures that handle class
/// weights, float64 inputs and per-sample losses; these do the same additions, roundings
/// and checks in the same order, for the common case only, so results are bit-identical.
extension Tensor {
    /// The sum of `-input[n, target[n]]` over the counted samples, through ATen's cascade of
    /// eight levels of 16 (each addition rounded to float32, as the general loop does);
    /// `ignored` counts the samples whose target is `ignoreIndex`.
    /// - Throws: `IndexError` for the first target outside `0..<classes`.
    static func nllCascadeSum(_ input: [Float], targets: [Double], batch: Int, classes: Int, ignoreIndex: Int,
                              ignored: inout Int) throws -> Double {
        var levels = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
        var skipped = 0
        try input.withUnsafeBufferPointer { xp in
            try targets.withUnsafeBufferPointer { tp in
                try withUnsafeMutableBytes(of: &levels) { raw in
                    let level = raw.baseAddress!.assumingMemoryBound(to: Double.self)
                    let x = xp.baseAddress!, t = tp.baseAddress!
                    for n in 0..<batch {
                        let tn = Int(t[n])
                        if tn == ignoreIndex { skipped += 1; continue }
                        guard tn >= 0 && tn < classes else { throw EngineError(.indexError, "Target \(tn) is out of bounds.") }
                        level[0] = Double(Float(level[0] - Double(x[n * classes + tn])))
                        // Flush a full level into the next one every 16, 256, … counted positions.
                        if n & 15 != 0 { continue }
                        for j in 0..<7 {
                            if n & (15 << (j * 4)) != 0 { break }
                            level[j + 1] = Double(Float(level[j + 1] + level[j]))
                            level[j] = 0
                        }
                    }
                }
            }
        }
        ignored += skipped
        var total = 0.0
        withUnsafeBytes(of: &levels) { raw in
            let level = raw.baseAddress!.assumingMemoryBound(to: Double.self)
            for j in 0..<8 { total = Double(Float(total + level[j])) }
        }
        return total
    }

    /// `NllLossBackward0`'s gradient when every counted sample gets the same value (no class
    /// weights, a "mean" or "sum" reduction): zeros with `value` at each `[n, target[n]]`.
    static func nllUniformGradient(shape: [Int], batch: Int, classes: Int, targets: [Double], ignoreIndex: Int,
                                   value: Float) -> Tensor {
        var grad = [Float](repeating: 0, count: shape.reduce(1, *))
        grad.withUnsafeMutableBufferPointer { out in
            targets.withUnsafeBufferPointer { tp in
                let o = out.baseAddress!, t = tp.baseAddress!
                for n in 0..<batch {
                    let tn = Int(t[n])
                    if tn != ignoreIndex { o[n * classes + tn] = value }
                }
            }
        }
        return Tensor(dtype: .float32, shape: shape, floats: grad)
    }
}
