import Figures

/// A library object that behaves as a read-only sequence (the array of axes
/// `plt.subplots` returns): iterable, sized and subscriptable through its items.
protocol PySequenceObject: PyIterableObject, PySizedObject, PySubscriptableObject {
    var sequenceItems: [Value] { get }
}

extension PySequenceObject {
    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value? {
        var it = sequenceItems.makeIterator()
        return { it.next() }
    }
    func length(_ interp: Interpreter) throws -> Int { sequenceItems.count }
    func setItem(_ index: Value, _ value: Value, _ interp: Interpreter) throws -> Bool { false }
    func deleteItem(_ index: Value, _ interp: Interpreter) throws -> Bool { false }
}

/// A weak reference, so a figure does not keep its axes handles alive (they keep it).
struct WeakAxes {
    weak var object: AxesObject?
}

/// `matplotlib.figure.Figure`: a handle on one figure of the script.
final class FigureObject: PyObject {
    let number: Int
    var figure: PlotFigure
    var closed = false
    /// The current axes (`gca`), by index.
    var current: Int?
    private var handles: [Int: WeakAxes] = [:]

    init(number: Int, figure: PlotFigure) {
        self.number = number
        self.figure = figure
    }

    static let figureClass = PyClass("Figure", module: "matplotlib.figure")
    var pyClass: PyClass { Self.figureClass }

    func repr(_ interp: Interpreter) throws -> String {
        let w = SVGNumber.short(figure.width * 100), h = SVGNumber.short(figure.height * 100)
        return "<Figure size \(w)x\(h) with \(figure.axes.count) Axes>"
    }

    func str(_ interp: Interpreter) throws -> String {
        "Figure(\(SVGNumber.short(figure.width * 100))x\(SVGNumber.short(figure.height * 100)))"
    }

    /// The handle of axes `index` (the same object while the script holds it).
    func axes(_ index: Int) -> AxesObject {
        if let a = handles[index]?.object { return a }
        let a = AxesObject(figure: self, index: index)
        handles[index] = WeakAxes(object: a)
        return a
    }

    /// Adds axes at `spot` (or returns the existing axes there, as `plt.subplot` does when
    /// `reuse` is set) and makes them current.
    func addAxes(_ spot: GridSpot, reuse: Bool = false) -> AxesObject {
        if reuse, let k = figure.axes.firstIndex(where: { $0.spot == spot && $0.twinOf == nil }) {
            current = k
            return axes(k)
        }
        figure.axes.append(PlotAxes(spot: spot))
        current = figure.axes.count - 1
        return axes(figure.axes.count - 1)
    }

    /// The current axes, made if there are none.
    func currentAxes() -> AxesObject {
        if let c = current, c < figure.axes.count { return axes(c) }
        return addAxes(GridSpot(rows: 1, columns: 1, index: 0))
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        try PyplotLibrary.figureAttribute(self, name, interp)
    }
}

/// `matplotlib.axes.Axes`: a handle on one axes of a figure.
final class AxesObject: PyObject {
    let figureObject: FigureObject
    let index: Int

    init(figure: FigureObject, index: Int) {
        self.figureObject = figure
        self.index = index
    }

    static let axesClass = PyClass("Axes", module: "matplotlib.axes._axes")
    var pyClass: PyClass { Self.axesClass }

    var axes: PlotAxes { figureObject.figure.axes[index] }

    /// Changes the axes in its figure.
    func update(_ body: (inout PlotAxes) throws -> Void) rethrows {
        try body(&figureObject.figure.axes[index])
    }

    func repr(_ interp: Interpreter) throws -> String {
        let t = axes.title
        return t.isEmpty ? "<Axes: >" : "<Axes: title={'center': \(PyFormat.reprString(t))}>"
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        try PyplotLibrary.axesAttribute(self, name, interp)
    }
}

/// The numpy array of axes `plt.subplots(nrows, ncols)` returns: 1-d or 2-d, indexable as
/// `axs[0, 1]`, iterable, unpackable, with `flat`, `flatten()` and `ravel()`.
final class AxesArrayObject: PySequenceObject {
    let items: [AxesObject]
    let shape: [Int]

    init(items: [AxesObject], shape: [Int]) {
        self.items = items
        self.shape = shape
    }

    static let arrayClass = PyClass("ndarray", module: "numpy")
    var pyClass: PyClass { Self.arrayClass }

    var sequenceItems: [Value] {
        if shape.count == 1 { return items.map { .object($0) } }
        return (0..<shape[0]).map { r in .object(AxesArrayObject(items: Array(items[(r * shape[1])..<((r + 1) * shape[1])]), shape: [shape[1]])) }
    }

    func item(_ key: Value, _ interp: Interpreter) throws -> Value {
        func index(_ v: Value, _ n: Int, axis: Int) throws -> Int {
            guard case .int(var k) = v else {
                throw PyError("IndexError", "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
            }
            if k < 0 { k += n }
            guard k >= 0 && k < n else { throw PyError("IndexError", "index \(k < 0 ? k - n : k) is out of bounds for axis \(axis) with size \(n)") }
            return k
        }
        if case .tuple(let t) = key {
            guard t.count <= shape.count else {
                throw PyError("IndexError", "too many indices for array: array is \(shape.count)-dimensional, but \(t.count) were indexed")
            }
            if t.count == 2 {
                let r = try index(t[0], shape[0], axis: 0), c = try index(t[1], shape[1], axis: 1)
                return .object(items[r * shape[1] + c])
            }
            return try item(t[0], interp)
        }
        if case .object(let s as PySlice) = key {
            let rows = sequenceItems
            let picked = try s.indices(count: rows.count)
            if shape.count == 1 { return .object(AxesArrayObject(items: picked.map { items[$0] }, shape: [picked.count])) }
            var flat: [AxesObject] = []
            for r in picked { flat += items[(r * shape[1])..<((r + 1) * shape[1])] }
            return .object(AxesArrayObject(items: flat, shape: [picked.count, shape[1]]))
        }
        return sequenceItems[try index(key, shape[0], axis: 0)]
    }

    func repr(_ interp: Interpreter) throws -> String {
        func row(_ r: ArraySlice<AxesObject>) throws -> String { "[" + (try r.map { try $0.repr(interp) }.joined(separator: " ")) + "]" }
        if shape.count == 1 { return "array(\(try row(items[...])), dtype=object)" }
        let rows = try (0..<shape[0]).map { try row(items[($0 * shape[1])..<(($0 + 1) * shape[1])]) }
        return "array([" + rows.joined(separator: ",\n       ") + "], dtype=object)"
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "flat": return .list(PyList(items.map { .object($0) }))
        case "flatten", "ravel":
            let flat = AxesArrayObject(items: items, shape: [items.count])
            return .builtin(PyBuiltin(name) { _, _ in .object(flat) })
        case "shape": return .tuple(PyTuple.of(shape.map { .int($0) }))
        case "size": return .int(items.count)
        case "ndim": return .int(shape.count)
        default: return nil
        }
    }
}

/// An artist a drawing call returns (`Line2D`, `PathCollection`, `QuadContourSet`…): where
/// it is, so `clabel`, `colorbar` and `legend(handles=...)` can use it.
final class ArtistObject: PyObject {
    let axes: AxesObject
    let artistIndex: Int
    let cls: PyClass

    init(axes: AxesObject, artistIndex: Int, className: String, module: String) {
        self.axes = axes
        self.artistIndex = artistIndex
        self.cls = ArtistObject.classes[className] ?? PyClass(className, module: module)
    }

    nonisolated(unsafe) static var classes: [String: PyClass] = [:]
    var pyClass: PyClass { cls }

    var artist: PlotArtist { axes.axes.artists[artistIndex] }

    func str(_ interp: Interpreter) throws -> String {
        if cls.name == "Line2D", let label = label { return "Line2D(\(label))" }
        return try repr(interp)
    }

    var label: String? {
        switch artist {
        case .line(let l): return l.label
        case .scatter(let s): return s.label
        case .patches(let p): return p.label
        case .fill(let f): return f.label
        case .errorbar(let e): return e.line.label
        default: return nil
        }
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        try PyplotLibrary.artistAttribute(self, name, interp)
    }
}

/// `ax.transAxes` / `ax.transData` / `fig.transFigure`, for `transform=`.
final class TransformObject: PyObject {
    enum Kind { case axes, data, figure }
    let kind: Kind
    init(_ kind: Kind) { self.kind = kind }
    static let transformClass = PyClass("Transform", module: "matplotlib.transforms")
    var pyClass: PyClass { Self.transformClass }
}

/// A colormap object (`plt.cm.viridis`, `mpl.colormaps["RdBu"]`): callable on values in [0, 1].
final class ColormapObject: PyCallable {
    let colormap: PlotColormap
    init(_ colormap: PlotColormap) { self.colormap = colormap }
    static let colormapClass = PyClass("ListedColormap", module: "matplotlib.colors")
    var pyClass: PyClass { Self.colormapClass }

    func repr(_ interp: Interpreter) throws -> String { "<matplotlib.colors.ListedColormap object at \(interp.address(of: self))>" }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        if name == "name" { return .str(colormap.name) }
        if name == "N" { return .int(256) }
        return nil
    }

    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        let a = try args.bind("__call__", ["X", "alpha", "bytes"], required: 1)
        let alpha = try a[1].map { try interp.toDouble($0) }
        func rgba(_ x: Double) -> Value {
            let c = colormap.color(x).with(alpha: alpha)
            return .tuple(PyTuple.of([.float(c.r), .float(c.g), .float(c.b), .float(c.a)]))
        }
        switch a[0]! {
        case .int(let i): return rgba(Double(i) / 255)
        case .float(let d): return rgba(d)
        default:
            return .list(PyList(try interp.plotNumbers(a[0]!, "X").map(rgba)))
        }
    }
}

/// Short numbers for reprs ("640", "1200").
enum SVGNumber {
    static func short(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}
