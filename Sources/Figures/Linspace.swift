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

extension DescentPanel {
    /// A panel whose surface is `loss` sampled on a `steps` x `steps` float32 grid over
    /// `window`, as the seed's `plot_loss` samples it (`torch.meshgrid(..., indexing="ij")`).
    public init(window: Window, steps: Int = 100, loss: (Float, Float) -> Float, levels: Int = 30,
                path: [PathPoint] = [], optimum: Point? = nil, title: String = "") {
        let x = Linspace.float32(Float(window.xMin), Float(window.xMax), steps)
        let y = Linspace.float32(Float(window.yMin), Float(window.yMax), steps)
        var z = [Float](repeating: 0, count: x.count * y.count)
        for i in x.indices { for j in y.indices { z[i * y.count + j] = loss(x[i], y[j]) } }
        self.init(window: window, gridX: x, gridY: y, z: z, levels: levels, path: path, optimum: optimum, title: title)
    }
}
