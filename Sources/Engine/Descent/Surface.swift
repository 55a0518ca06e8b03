/// A two-parameter loss surface `f(w1, w2)` built from the same torch operations, in the
/// same order, as its Python expression.
public struct Surface: Sendable {
    /// Name used by lessons (`sin`, `reg`, ...).
    public let name: String
    /// The Python expression the closure mirrors.
    public let expression: String
    /// Evaluates the surface on tensors (0-d for descent, grids for contours).
    public let evaluate: @Sendable (Tensor, Tensor) throws -> Tensor
    /// The same formula on traced scalars, for `Descent.run(surface:...)`; nil when the
    /// surface only exists on tensors.
    public let traced: (@Sendable (TracedScalar, TracedScalar) throws -> TracedScalar)?

    /// A surface from a closure that mirrors `expression` operation by operation.
    public init(name: String, expression: String, evaluate: @escaping @Sendable (Tensor, Tensor) throws -> Tensor) {
        self.name = name
        self.expression = expression
        self.evaluate = evaluate
        self.traced = nil
    }

    /// A surface from one generic formula, given twice so Swift specialises it for tensors
    /// and for traced scalars.
    init(name: String, expression: String,
         formula tensors: @escaping @Sendable (Tensor, Tensor) throws -> Tensor,
         _ scalars: @escaping @Sendable (TracedScalar, TracedScalar) throws -> TracedScalar) {
        self.name = name
        self.expression = expression
        self.evaluate = tensors
        self.traced = scalars
    }

    /// The built-in surfaces by name.
    public static let builtins: [Surface] = [sin, reg, rosenbrock, himmelblau, beale, booth]

    /// Looks up a built-in surface.
    public static func named(_ name: String) -> Surface? { builtins.first { $0.name == name } }

    /// The seed lesson's `sin_loss_fn`:
    /// `torch.sin(w2) * torch.exp(1 - torch.cos(w1)) ** 2 + torch.cos(w1) * torch.exp(1 - torch.sin(w2)) ** 2 + (w1 - w2) ** 2`
    public static let sin = Surface(
        name: "sin",
        expression: "torch.sin(w2) * torch.exp(1 - torch.cos(w1)) ** 2 + torch.cos(w1) * torch.exp(1 - torch.sin(w2)) ** 2 + (w1 - w2) ** 2",
        formula: SurfaceFormulas.sin, SurfaceFormulas.sin)

    /// The seed lesson's `reg_loss_fn`: `w1**2 + w2**2 + 1.8 * w1 * w2`
    public static let reg = Surface(name: "reg", expression: "w1**2 + w2**2 + 1.8 * w1 * w2", formula: SurfaceFormulas.reg, SurfaceFormulas.reg)

    /// Rosenbrock's function: `(1 - w1)**2 + 100*(w2 - w1**2)**2`
    public static let rosenbrock = Surface(name: "rosenbrock", expression: "(1 - w1)**2 + 100*(w2 - w1**2)**2",
                                           formula: SurfaceFormulas.rosenbrock, SurfaceFormulas.rosenbrock)

    /// Himmelblau's function: `(w1**2 + w2 - 11)**2 + (w1 + w2**2 - 7)**2`
    public static let himmelblau = Surface(name: "himmelblau", expression: "(w1**2 + w2 - 11)**2 + (w1 + w2**2 - 7)**2",
                                           formula: SurfaceFormulas.himmelblau, SurfaceFormulas.himmelblau)

    /// Beale's function:
    /// `(1.5 - w1 + w1*w2)**2 + (2.25 - w1 + w1*w2**2)**2 + (2.625 - w1 + w1*w2**3)**2`
    public static let beale = Surface(
        name: "beale",
        expression: "(1.5 - w1 + w1*w2)**2 + (2.25 - w1 + w1*w2**2)**2 + (2.625 - w1 + w1*w2**3)**2",
        formula: SurfaceFormulas.beale, SurfaceFormulas.beale)

    /// Booth's function: `(w1 + 2*w2 - 7)**2 + (2*w1 + w2 - 5)**2`
    public static let booth = Surface(name: "booth", expression: "(w1 + 2*w2 - 7)**2 + (2*w1 + w2 - 5)**2",
                                      formula: SurfaceFormulas.booth, SurfaceFormulas.booth)

    /// Loss values on the `n`×`n` grid `meshgrid(linspace(x0, x1, n), linspace(y0, y1, n),
    /// indexing="ij")`, in float32, as the seed's `plot_loss` computes them for contours.
    public func grid(x0: Double, x1: Double, y0: Double, y1: Double, steps n: Int) throws -> SurfaceGrid {
        try GradMode.withNoGrad {
            let xs = try Tensor.linspace(x0, x1, steps: n)
            let ys = try Tensor.linspace(y0, y1, steps: n)
            let mesh = try Tensor.meshgrid([xs, ys], indexing: "ij")
            let z = try evaluate(mesh[0], mesh[1])
            return SurfaceGrid(xs: xs.floats, ys: ys.floats, z: z.converted(to: .float32).floats)
        }
    }
}

/// Loss values on a grid: `z[i * ys.count + j] = f(xs[i], ys[j])` (row-major, "ij").
public struct SurfaceGrid: Sendable, Equatable {
    public let xs: [Float]
    public let ys: [Float]
    public let z: [Float]

    /// Value at grid point (i, j).
    public subscript(i: Int, j: Int) -> Float { z[i * ys.count + j] }
}
