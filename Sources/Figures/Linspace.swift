/// Evenly spaced grid coordinates as `torch.linspace` computes them in float32.
///
/// torch fills the first half from the start and the second half back from the end
/// (`start + step * i` for `i < steps / 2`, else `end - step * (steps - 1 - i)`), so both ends
/// are exact. Its CPU kernel is compiled with fused multiply-add, so each value is rounded once;
/// doing the same keeps the grid, and so the contour levels, bit-identical to the lesson's.
public enum Linspace {
    /// `torch.linspace(start, end, steps)` with dtype float32.
    public static func float32(_ start: Float, _ end: Float, _ steps: Int) -> [Float] {
        guard steps > 1 else { return steps == 1 ? [start] : [] }
        let step = (end - start) / Float(steps - 1)
        let half = steps / 2
        return (0..<steps).map { i in
            i < half ? start.addingProduct(step, Float(i)) : end.addingProduct(-step, Float(steps - 1 - i))
        }
    }
}
