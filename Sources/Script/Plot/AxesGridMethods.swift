import Figures

extension PyplotLibrary {
    /// The grid of `contour(X, Y, Z)`: 1-d or 2-d coordinates (meshgrid with either
    /// indexing), or `contour(Z)` with column and row numbers.
    static func contourGrid(_ interp: Interpreter, _ xv: Value?, _ yv: Value?, _ zv: Value) throws -> (x: [Double], y: [Double], z: [Double]) {
        let (rows, cols, z) = try interp.plotMatrix(zv, "Z")
        guard rows >= 2, cols >= 2 else { throw PyError("TypeError", "Input z must be at least a (2, 2) shaped array, but has shape (\(rows), \(cols))") }
        guard let xv, let yv else { return ((0..<cols).map(Double.init), (0..<rows).map(Double.init), z) }
        let oneDimensional: Bool
        if case .object(let t as TensorObject) = xv { oneDimensional = t.tensor.shape.count <= 1 } else {
            let first = try interp.collect(xv).first
            oneDimensional = first.map { interp.isScalar($0) } ?? true
        }
        if oneDimensional {
            let x = try interp.plotNumbers(xv, "X"), y = try interp.plotNumbers(yv, "Y")
            guard x.count == cols, y.count == rows else {
                throw PyError("TypeError", "Length of x (\(x.count)) must match number of columns in z (\(cols))")
            }
            return (x, y, z)
        }
        let X = try interp.plotMatrix(xv, "X"), Y = try interp.plotMatrix(yv, "Y")
        guard X.rows == rows, X.columns == cols, Y.rows == rows, Y.columns == cols else {
            throw PyError("TypeError", "Shapes of x (\(X.rows), \(X.columns)) and z (\(rows), \(cols)) do not match")
        }
        // X constant down columns: the usual "xy" meshgrid; constant along rows: "ij" indexing.
        if X.values[1] != X.values[0] || cols == 1 {
            return ((0..<cols).map { X.values[$0] }, (0..<rows).map { Y.values[$0 * cols] }, z)
        }
        // "ij": x runs down the rows; transpose so x runs along the columns.
        var zt = [Double](repeating: 0, count: rows * cols)
        for r in 0..<rows { for c in 0..<cols { zt[c * rows + r] = z[r * cols + c] } }
        return ((0..<rows).map { X.values[$0 * cols] }, (0..<cols).map { Y.values[$0] }, zt)
    }

    static func contour(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, filled: Bool) throws -> Value {
        let fn = filled ? "contourf" : "contour"
        var pos = args.positional
        var levelsArg: Value?
        // contour(Z), contour(Z, levels), contour(X, Y, Z), contour(X, Y, Z, levels)
        if pos.count == 2 || pos.count == 4 { levelsArg = pos.removeLast() }
        guard pos.count == 1 || pos.count == 3 else {
            throw PyError("TypeError", "\(fn)() takes from 1 to 4 positional arguments but \(args.positional.count) were given")
        }
        var kw = PlotKeywords(fn, artist: nil, args.keywords)
        let grid = pos.count == 3 ? try contourGrid(interp, pos[0], pos[1], pos[2]) : try contourGrid(interp, nil, nil, pos[0])
        var c = PlotContour(x: grid.x, y: grid.y, z: grid.z, filled: filled)
        if let v = kw.take("levels") { levelsArg = v }
        if let v = levelsArg {
            if interp.isScalar(v) { c.levels = .count(try interp.toInt(v, fn)) } else {
                let ls = try interp.plotNumbers(v, "levels")
                guard zip(ls, ls.dropFirst()).allSatisfy({ $0 < $1 }) else { throw PyError("ValueError", "Contour levels must be increasing") }
                if filled && ls.count < 2 { throw PyError("ValueError", "Filled contours require at least 2 levels.") }
                c.levels = .values(ls)
            }
        }
        if let v = kw.take("cmap") { c.colormap = try interp.plotColormap(v) }
        if let v = kw.take("colors") {
            if case .str = v { c.colors = [try interp.plotColor(v)] } else { c.colors = try interp.collect(v).map { try interp.plotColor($0) } }
        }
        if let v = kw.take("alpha"), !v.isNone { c.alpha = try interp.plotNumber(v, "alpha") }
        if let v = kw.take("linewidths") { c.lineWidths = try interp.plotNumbers(v, "linewidths").first }
        if let v = kw.take("linestyles") { c.lineStyle = try interp.plotLineStyle(v) }
        if let v = kw.take("vmin") { c.vmin = try interp.plotNumber(v, "vmin") }
        if let v = kw.take("vmax") { c.vmax = try interp.plotNumber(v, "vmax") }
        if let v = kw.take("zorder") { c.zorder = try interp.plotNumber(v, "zorder") }
        if let v = kw.take("extend"), try interp.plotString(v, "extend") != "neither" {
            throw PyError("NotImplementedError", "\(fn)() keyword 'extend' is not supported by Descent's matplotlib")
        }
        try kw.finish()
        return add(.contour(c), to: ax, className: "QuadContourSet", module: "matplotlib.contour")
    }

    static func clabel(_ interp: Interpreter, _ ax: AxesObject?, _ args: Arguments) throws -> Value {
        var call = try PlotCall("clabel", artist: nil, args, ["CS", "levels"], required: 1)
        guard case .object(let cs as ArtistObject) = call[0]!, case .contour(var c) = cs.artist else {
            throw PyError("TypeError", "clabel() needs the contour set contour() returned, not \(call[0]!.typeName)")
        }
        var labels = PlotContour.ContourLabels()
        if let v = call[1] { labels.levels = try interp.plotNumbers(v, "levels") }
        if let v = call.keywords.take("fontsize") { labels.fontSize = try fontSize(interp, v) }
        if let v = call.keywords.take("inline") { labels.inline = v.isTruthy }
        if let v = call.keywords.take("colors") { labels.colors = try interp.plotColor(v) }
        if let v = call.keywords.take("fmt") {
            guard case .str(let s) = v, s == "%1.3f" || s == "%.3g" || s == "%g" else {
                throw PyError("NotImplementedError", "clabel() keyword 'fmt' is not supported by Descent's matplotlib (labels use matplotlib's default ScalarFormatter)")
            }
        }
        call.keywords.accept("inline_spacing")
        try call.keywords.finish()
        c.labels = labels
        cs.axes.update { $0.artists[cs.artistIndex] = .contour(c) }
        return .list(PyList([]))
    }

    static func imshow(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("imshow", artist: "AxesImage", args, ["X", "cmap", "norm", "aspect", "interpolation", "alpha", "vmin", "vmax", "origin", "extent"], required: 1)
        var im: PlotImage
        if case .object(let t as TensorObject) = call[0]!, t.tensor.shape.count == 3 {
            let (shape, values) = try interp.plotTensor(t)
            guard shape[2] == 3 || shape[2] == 4 else { throw PyError("TypeError", "Invalid shape \(shape) for image data") }
            im = PlotImage(rows: shape[0], columns: shape[1])
            im.rgb = (0..<(shape[0] * shape[1])).map { k in
                let o = k * shape[2]
                return PlotColor(r: values[o], g: values[o + 1], b: values[o + 2], a: shape[2] == 4 ? values[o + 3] : 1)
            }
        } else {
            let m = try interp.plotMatrix(call[0]!, "X")
            im = PlotImage(rows: m.rows, columns: m.columns)
            im.values = m.values
        }
        guard im.rows * im.columns <= 256 * 256 else {
            throw PyError("NotImplementedError", "imshow() draws arrays up to 256 x 256 cells in Descent's matplotlib, not \(im.rows) x \(im.columns)")
        }
        if let v = call[1] { im.colormap = try interp.plotColormap(v) }
        if call[2] != nil { throw PyError("NotImplementedError", "imshow() keyword 'norm' is not supported by Descent's matplotlib; use vmin and vmax") }
        if let v = call[3] {
            let s = try interp.plotString(v, "aspect")
            guard s == "equal" || s == "auto" else { throw PyError("NotImplementedError", "imshow() aspect=\(PyFormat.reprString(s)) is not supported by Descent's matplotlib (it supports 'equal' and 'auto')") }
            im.aspectEqual = s == "equal"
        }
        if let v = call[4] {
            let s = try interp.plotString(v, "interpolation")
            guard ["nearest", "none", "antialiased", "auto"].contains(s) else {
                throw PyError("NotImplementedError", "imshow() interpolation=\(PyFormat.reprString(s)) is not supported by Descent's matplotlib (cells are drawn as 'nearest')")
            }
        }
        if let v = call[5] { im.alpha = try interp.plotNumber(v, "alpha") }
        if let v = call[6] { im.vmin = try interp.plotNumber(v, "vmin") }
        if let v = call[7] { im.vmax = try interp.plotNumber(v, "vmax") }
        if let v = call[8] {
            let s = try interp.plotString(v, "origin")
            guard s == "upper" || s == "lower" else { throw PyError("ValueError", "\(PyFormat.reprString(s)) is not a valid value for origin; supported values are 'upper', 'lower'") }
            im.originUpper = s == "upper"
        }
        if let v = call[9] {
            let e = try interp.plotNumbers(v, "extent")
            guard e.count == 4 else { throw PyError("ValueError", "extent must be (left, right, bottom, top)") }
            im.extent = (e[0], e[1], e[2], e[3])
        }
        try call.keywords.finish()
        return add(.image(im), to: ax, className: "AxesImage", module: "matplotlib.image")
    }

    /// `colorbar(mappable, ax=…)`: the colour scale of a scatter, image or contour set.
    static func colorbar(_ interp: Interpreter, _ figure: FigureObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("colorbar", artist: nil, args, ["mappable", "cax", "ax"])
        var mappable: ArtistObject?
        if case .object(let a as ArtistObject)? = call[0] { mappable = a } else if call[0] != nil {
            throw PyError("TypeError", "colorbar() needs what scatter(), imshow(), contour() or contourf() returned, not \(call[0]!.typeName)")
        } else {
            // plt.colorbar(): the latest colour-mapped artist of the current axes.
            let ax = figure.currentAxes()
            for (i, a) in ax.axes.artists.enumerated().reversed() {
                switch a {
                case .contour, .image: mappable = ArtistObject(axes: ax, artistIndex: i, className: "QuadContourSet", module: "matplotlib.contour")
                case .scatter(let s) where s.values != nil: mappable = ArtistObject(axes: ax, artistIndex: i, className: "PathCollection", module: "matplotlib.collections")
                default: continue
                }
                break
            }
        }
        guard let m = mappable else {
            throw PyError("RuntimeError", "No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).")
        }
        if call[1] != nil { throw PyError("NotImplementedError", "colorbar() keyword 'cax' is not supported by Descent's matplotlib") }
        var target = m.axes
        if case .object(let a as AxesObject)? = call[2] { target = a } else if let v = call[2], case .object(let arr as AxesArrayObject) = v, let first = arr.items.first {
            target = first
        }
        var cb: PlotColorbar
        switch m.artist {
        case .contour(let c):
            let (lo, hi) = c.normRange
            cb = PlotColorbar(colormap: c.colormap ?? PlotColormap(named: "viridis")!, vmin: lo, vmax: hi)
            let levels = c.resolvedLevels
            cb.vmin = levels.first ?? lo
            cb.vmax = levels.last ?? hi
            cb.boundaries = levels
            cb.bandColors = c.filled ? c.layerColors : nil
            if !c.filled {
                // Line contours: a band per level around it, in the level's colour.
                let cols = c.layerColors
                let mids = zip(levels, levels.dropFirst()).map { 0.5 * ($0 + $1) }
                if levels.count >= 2 {
                    let b = [levels[0] - (mids[0] - levels[0])] + mids + [levels.last! + (levels.last! - mids.last!)]
                    cb.vmin = b.first!; cb.vmax = b.last!
                    cb.bandColors = cols
                    cb.boundaries = b
                    cb.lineLevels = levels
                }
            }
        case .image(let im):
            let (lo, hi) = im.normRange
            cb = PlotColorbar(colormap: im.colormap ?? PlotColormap(named: "viridis")!, vmin: lo, vmax: hi)
        case .scatter(let s):
            let (lo, hi) = s.normRange
            cb = PlotColorbar(colormap: s.colormap ?? PlotColormap(named: "viridis")!, vmin: lo, vmax: hi)
        default:
            throw PyError("TypeError", "colorbar() needs a colour-mapped artist (scatter with c=, imshow, contour, contourf)")
        }
        if let v = call.keywords.take("label") { cb.label = try interp.plotString(v, "label") }
        if let v = call.keywords.take("orientation", "location") {
            let s = try interp.plotString(v, "orientation")
            guard ["vertical", "horizontal", "right", "bottom"].contains(s) else { throw PyError("NotImplementedError", "colorbar() orientation/location \(PyFormat.reprString(s)) is not supported by Descent's matplotlib") }
            cb.horizontal = s == "horizontal" || s == "bottom"
            if cb.horizontal { cb.pad = 0.15 }
        }
        if let v = call.keywords.take("fraction") { cb.fraction = try interp.plotNumber(v, "fraction") }
        if let v = call.keywords.take("pad") { cb.pad = try interp.plotNumber(v, "pad") }
        if let v = call.keywords.take("shrink") { cb.shrink = try interp.plotNumber(v, "shrink") }
        if let v = call.keywords.take("aspect") { cb.aspect = try interp.plotNumber(v, "aspect") }
        try call.keywords.finish()
        target.update { $0.colorbars.append(cb) }
        let bar = ColorbarObject(axes: target, index: target.axes.colorbars.count - 1)
        return .object(bar)
    }
}

/// `matplotlib.colorbar.Colorbar`: `set_label` on the bar made by `colorbar()`.
final class ColorbarObject: PyObject {
    let axes: AxesObject
    let index: Int
    init(axes: AxesObject, index: Int) { self.axes = axes; self.index = index }
    static let colorbarClass = PyClass("Colorbar", module: "matplotlib.colorbar")
    var pyClass: PyClass { Self.colorbarClass }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "set_label":
            return .builtin(PyBuiltin("set_label", boundSelf: .object(self)) { interp, args in
                let a = try args.bind("set_label", ["label"], required: 1)
                let label = try interp.plotString(a[0]!, "label")
                self.axes.update { $0.colorbars[self.index].label = label }
                return .none
            })
        case "ax": return .object(axes)
        default: return nil
        }
    }
}
