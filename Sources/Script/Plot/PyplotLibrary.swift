import Foundation
import Figures

/// `matplotlib` and `matplotlib.pyplot`: the module objects, and the methods of figures,
/// axes and artists. Drawing is done by the Figures target (`PlotFigure`); this layer parses
/// arguments as matplotlib does and reports what it cannot draw by name.
enum PyplotLibrary {
    static let site = "/opt/torchenv/lib/python3.11/site-packages/matplotlib/"

    typealias AxesMethod = @Sendable (Interpreter, AxesObject, Arguments) throws -> Value

    /// Axes methods by name.
    static let axesMethods: [String: AxesMethod] = [
        "plot": { try plot($0, $1, $2) },
        "semilogy": { i, a, args in a.update { $0.y.scale = .log }; return try plot(i, a, args, function: "semilogy") },
        "semilogx": { i, a, args in a.update { $0.x.scale = .log }; return try plot(i, a, args, function: "semilogx") },
        "loglog": { i, a, args in a.update { $0.x.scale = .log; $0.y.scale = .log }; return try plot(i, a, args, function: "loglog") },
        "scatter": { try scatter($0, $1, $2) },
        "bar": { try bar($0, $1, $2, horizontal: false) },
        "barh": { try bar($0, $1, $2, horizontal: true) },
        "hist": { try hist($0, $1, $2) },
        "fill_between": { try fillBetween($0, $1, $2, horizontal: false) },
        "fill_betweenx": { try fillBetween($0, $1, $2, horizontal: true) },
        "axhline": { try referenceLine($0, $1, $2, vertical: false) },
        "axvline": { try referenceLine($0, $1, $2, vertical: true) },
        "errorbar": { try errorbar($0, $1, $2) },
        "text": { try text($0, $1, $2) },
        "annotate": { try annotate($0, $1, $2) },
        "contour": { try contour($0, $1, $2, filled: false) },
        "contourf": { try contour($0, $1, $2, filled: true) },
        "clabel": { try clabel($0, $1, $2) },
        "imshow": { try imshow($0, $1, $2) },
        "set_title": { try setTitle($0, $1, $2) },
        "set_xlabel": { try setLabel($0, $1, $2, x: true) },
        "set_ylabel": { try setLabel($0, $1, $2, x: false) },
        "set_xlim": { try setLimits($0, $1, $2, x: true) },
        "set_ylim": { try setLimits($0, $1, $2, x: false) },
        "get_xlim": { _, a, _ in limits(a, x: true) },
        "get_ylim": { _, a, _ in limits(a, x: false) },
        "set_xscale": { try setScale($0, $1, $2, x: true) },
        "set_yscale": { try setScale($0, $1, $2, x: false) },
        "set_xticks": { try setTicks($0, $1, $2, x: true) },
        "set_yticks": { try setTicks($0, $1, $2, x: false) },
        "set_xticklabels": { try setTickLabels($0, $1, $2, x: true) },
        "set_yticklabels": { try setTickLabels($0, $1, $2, x: false) },
        "legend": { try legend($0, $1, $2) },
        "grid": { try grid($0, $1, $2) },
        "axis": { try axis($0, $1, $2) },
        "set_aspect": { try setAspect($0, $1, $2) },
        "twinx": { i, a, args in try args.positionalOnly("twinx", 0...0).isEmpty ? twinx(i, a) : .none },
        "margins": { try margins($0, $1, $2) },
        "invert_xaxis": { _, a, _ in a.update { $0.x.inverted.toggle() }; return .none },
        "invert_yaxis": { _, a, _ in a.update { $0.y.inverted.toggle() }; return .none },
        "set_facecolor": { i, a, args in
            let c = try i.plotColor(try args.positionalOnly("set_facecolor", 1...1)[0])
            a.update { $0.facecolor = c }
            return .none
        },
        "get_title": { _, a, _ in .str(a.axes.title) },
        "get_xlabel": { _, a, _ in .str(a.axes.x.label) },
        "get_ylabel": { _, a, _ in .str(a.axes.y.label) },
        "set": { i, a, args in try set(i, a, args) },
        "get_figure": { _, a, _ in .object(a.figureObject) },
        "cla": { _, a, _ in a.update { $0 = PlotAxes(spot: $0.spot) }; return .none },
        "colorbar": { i, a, args in try colorbar(i, a.figureObject, args) },
    ]

    /// `ax.set(title=..., xlabel=..., xlim=...)`.
    static func set(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        guard args.positional.isEmpty else { throw PyError("TypeError", "Axes.set() takes 1 positional argument but \(args.positional.count + 1) were given") }
        for (k, v) in args.keywords {
            guard let m = axesMethods["set_" + k] else {
                var message = "Axes.set() got an unexpected keyword argument '\(k)'"
                let known = axesMethods.keys.filter { $0.hasPrefix("set_") }.map { String($0.dropFirst(4)) }.sorted()
                if let near = CPythonSuggestion.closest(to: k, in: known) { message += ". Did you mean: '\(near)'?" }
                throw PyError("AttributeError", message)
            }
            _ = try m(interp, ax, Arguments([v]))
        }
        return .list(PyList([]))
    }

    static func axesAttribute(_ ax: AxesObject, _ name: String, _ interp: Interpreter) throws -> Value? {
        if let m = axesMethods[name] {
            return .builtin(PyBuiltin(name, boundSelf: .object(ax)) { interp, args in try m(interp, ax, args) })
        }
        switch name {
        case "transAxes": return .object(TransformObject(.axes))
        case "transData": return .object(TransformObject(.data))
        case "figure": return .object(ax.figureObject)
        default: break
        }
        if MatplotlibNames.axes.contains(name) {
            throw PyError("NotImplementedError", "Axes.\(name) is not supported by Descent's matplotlib")
        }
        var message = "'Axes' object has no attribute '\(name)'"
        if let near = CPythonSuggestion.closest(to: name, in: axesMethods.keys.sorted()) { message += ". Did you mean: '\(near)'?" }
        throw PyError("AttributeError", message)
    }

    static func artistAttribute(_ a: ArtistObject, _ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "get_label": return .builtin(PyBuiltin(name) { _, _ in .str(a.label ?? "") })
        case "set_label":
            return .builtin(PyBuiltin(name) { interp, args in
                let s = try interp.plotString(try args.positionalOnly("set_label", 1...1)[0], "label")
                a.axes.update { axes in
                    switch axes.artists[a.artistIndex] {
                    case .line(var l): l.label = s; axes.artists[a.artistIndex] = .line(l)
                    case .scatter(var sc): sc.label = s; axes.artists[a.artistIndex] = .scatter(sc)
                    case .patches(var p): p.label = s; axes.artists[a.artistIndex] = .patches(p)
                    case .fill(var f): f.label = s; axes.artists[a.artistIndex] = .fill(f)
                    default: break
                    }
                }
                return .none
            })
        case "levels":
            if case .contour(let c) = a.artist { return .list(PyList(c.resolvedLevels.map { .float($0) })) }
            return nil
        case "axes": return .object(a.axes)
        default: return nil
        }
    }

    // MARK: Figure

    typealias FigureMethod = @Sendable (Interpreter, FigureObject, Arguments) throws -> Value

    static let figureMethods: [String: FigureMethod] = [
        "add_subplot": { try addSubplot($0, $1, $2) },
        "subplots": { i, f, args in try subplotGrid(i, f, args, function: "subplots") },
        "suptitle": { try suptitle($0, $1, $2) },
        "tight_layout": { _, f, args in
            var kw = PlotKeywords("tight_layout", artist: nil, args.keywords)
            kw.accept("pad", "h_pad", "w_pad", "rect")
            try kw.finish()
            f.figure.tightLayout = true
            return .none
        },
        "savefig": { try savefig($0, $1, $2) },
        "colorbar": { try colorbar($0, $1, $2) },
        "gca": { _, f, _ in .object(f.currentAxes()) },
        "show": { _, _, _ in .none },
        "text": { i, f, args in
            var call = try PlotCall("text", artist: "Text", args, ["x", "y", "s"], required: 3)
            var t = PlotText(text: try i.plotString(call[2]!, "s"), x: try i.plotNumber(call[0]!, "x"), y: try i.plotNumber(call[1]!, "y"))
            try applyTextKeywords(i, &t, &call.keywords)
            try call.keywords.finish()
            f.figure.texts.append(t)
            return .none
        },
        "set_size_inches": { i, f, args in
            var call = try PlotCall("set_size_inches", artist: nil, args, ["w", "h", "forward"], required: 1)
            try call.keywords.finish()
            var w = 0.0, h = 0.0
            if let hv = call[1] { w = try i.plotNumber(call[0]!, "w"); h = try i.plotNumber(hv, "h") } else {
                let p = try i.plotNumbers(call[0]!, "size"); guard p.count == 2 else { throw PyError("ValueError", "size must be (w, h)") }
                w = p[0]; h = p[1]
            }
            f.figure.width = w; f.figure.height = h
            return .none
        },
        "set_facecolor": { i, f, args in
            f.figure.facecolor = try i.plotColor(try args.positionalOnly("set_facecolor", 1...1)[0])
            return .none
        },
        "clf": { _, f, _ in f.figure.axes = []; f.current = nil; return .none },
    ]

    static func figureAttribute(_ f: FigureObject, _ name: String, _ interp: Interpreter) throws -> Value? {
        if let m = figureMethods[name] {
            return .builtin(PyBuiltin(name, boundSelf: .object(f)) { interp, args in try m(interp, f, args) })
        }
        switch name {
        case "axes": return .list(PyList(f.figure.axes.indices.map { .object(f.axes($0)) }))
        case "number": return .int(f.number)
        case "transFigure": return .object(TransformObject(.figure))
        default: break
        }
        if MatplotlibNames.figure.contains(name) {
            throw PyError("NotImplementedError", "Figure.\(name) is not supported by Descent's matplotlib")
        }
        var message = "'Figure' object has no attribute '\(name)'"
        if let near = CPythonSuggestion.closest(to: name, in: figureMethods.keys.sorted()) { message += ". Did you mean: '\(near)'?" }
        throw PyError("AttributeError", message)
    }

    static func suptitle(_ interp: Interpreter, _ f: FigureObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("suptitle", artist: "Text", args, ["t"], required: 1)
        f.figure.suptitle = try interp.plotString(call[0]!, "t")
        if let v = call.keywords.take("fontsize", "size") { f.figure.suptitleSize = try fontSize(interp, v) }
        try call.keywords.finish()
        return .none
    }

    /// `add_subplot(nrows, ncols, index)` / `add_subplot(235)`; `projection` other than 2-d fails.
    static func addSubplot(_ interp: Interpreter, _ f: FigureObject, _ args: Arguments, reuse: Bool = false, function: String = "add_subplot") throws -> Value {
        var kw = PlotKeywords(function, artist: nil, args.keywords)
        if let p = kw.take("projection"), !p.isNone {
            throw PyError("NotImplementedError", "\(function)(projection=\(try interp.repr(p))) is not supported by Descent's matplotlib (2-d axes only)")
        }
        let sharex = kw.take("sharex"), sharey = kw.take("sharey")
        try kw.finish()
        var (rows, cols, index) = (1, 1, 1)
        switch args.positional.count {
        case 0: break
        case 1:
            let n = try interp.toInt(args.positional[0], function)
            guard n >= 111 && n <= 999 else { throw PyError("ValueError", "Integer subplot specification must be a three-digit number, not \(n)") }
            (rows, cols, index) = (n / 100, (n / 10) % 10, n % 10)
        case 3:
            (rows, cols, index) = (try interp.toInt(args.positional[0], function), try interp.toInt(args.positional[1], function), try interp.toInt(args.positional[2], function))
        default:
            throw PyError("TypeError", "\(function)() takes 1 or 3 positional arguments but \(args.positional.count) were given")
        }
        guard rows >= 1, cols >= 1 else { throw PyError("ValueError", "Number of rows must be a positive integer, not \(rows)") }
        guard index >= 1 && index <= rows * cols else {
            throw PyError("ValueError", "num must be an integer with 1 <= num <= \(rows * cols), not \(index)")
        }
        let ax = f.addAxes(GridSpot(rows: rows, columns: cols, index: index - 1), reuse: reuse)
        if case .object(let other as AxesObject)? = sharex { ax.update { $0.x.sharedWith = other.index } }
        if case .object(let other as AxesObject)? = sharey { ax.update { $0.y.sharedWith = other.index } }
        return .object(ax)
    }

    /// `subplots(nrows, ncols, sharex=, sharey=, squeeze=)` on a figure: the axes (or array).
    static func subplotGrid(_ interp: Interpreter, _ f: FigureObject, _ args: Arguments, function: String, extra: PlotKeywords? = nil) throws -> Value {
        var call = try PlotCall(function, artist: nil, args, ["nrows", "ncols", "sharex", "sharey", "squeeze"])
        let rows = try call[0].map { try interp.toInt($0, function) } ?? 1
        let cols = try call[1].map { try interp.toInt($0, function) } ?? 1
        guard rows >= 1 else { throw PyError("ValueError", "Number of rows must be a positive integer, not \(rows)") }
        guard cols >= 1 else { throw PyError("ValueError", "Number of columns must be a positive integer, not \(cols)") }
        func share(_ v: Value?) throws -> String {
            guard let v else { return "none" }
            switch v {
            case .bool(let b): return b ? "all" : "none"
            case .str(let s) where ["all", "row", "col", "none"].contains(s): return s
            default: throw PyError("ValueError", "\(try interp.repr(v)) is not a valid value for sharex; supported values are 'all', 'row', 'col', 'none', True, False")
            }
        }
        let sx = try share(call[2]), sy = try share(call[3])
        let squeeze = call[4].map { $0.isTruthy } ?? true
        if let v = call.keywords.take("subplot_kw"), !v.isNone { throw PyError("NotImplementedError", "\(function)() keyword 'subplot_kw' is not supported by Descent's matplotlib") }
        if let v = call.keywords.take("gridspec_kw"), !v.isNone { throw PyError("NotImplementedError", "\(function)() keyword 'gridspec_kw' is not supported by Descent's matplotlib") }
        try call.keywords.finish()
        var axes: [AxesObject] = []
        for k in 0..<(rows * cols) {
            axes.append(f.addAxes(GridSpot(rows: rows, columns: cols, index: k)))
        }
        for (k, ax) in axes.enumerated() {
            let r = k / cols, c = k % cols
            ax.update { a in
                switch sx {
                case "all": if k > 0 { a.x.sharedWith = axes[0].index }; a.x.tickLabelsVisible = r == rows - 1
                case "col": if r > 0 { a.x.sharedWith = axes[c].index }; a.x.tickLabelsVisible = r == rows - 1
                case "row": if c > 0 { a.x.sharedWith = axes[r * cols].index }
                default: break
                }
                switch sy {
                case "all": if k > 0 { a.y.sharedWith = axes[0].index }; a.y.tickLabelsVisible = c == 0
                case "row": if c > 0 { a.y.sharedWith = axes[r * cols].index }; a.y.tickLabelsVisible = c == 0
                case "col": if r > 0 { a.y.sharedWith = axes[c].index }
                default: break
                }
            }
        }
        f.current = axes.first?.index
        if squeeze && rows == 1 && cols == 1 { return .object(axes[0]) }
        if squeeze && (rows == 1 || cols == 1) { return .object(AxesArrayObject(items: axes, shape: [axes.count])) }
        return .object(AxesArrayObject(items: axes, shape: [rows, cols]))
    }

    static func savefig(_ interp: Interpreter, _ f: FigureObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("savefig", artist: nil, args, ["fname"], required: 1)
        let name = try interp.plotString(call[0]!, "fname")
        var format = try call.keywords.take("format").map { try interp.plotString($0, "format") }
        call.keywords.accept("dpi", "bbox_inches", "pad_inches", "transparent", "metadata")
        try call.keywords.finish()
        if format == nil {
            let ext = (name as NSString).pathExtension.lowercased()
            format = ext.isEmpty ? "png" : ext
        }
        guard format == "svg" else {
            throw PyError("ValueError", "savefig: Descent writes SVG only, and \(PyFormat.reprString(name)) asks for \(format!.uppercased()); use a file name ending in .svg")
        }
        let svg = f.figure.svg(idPrefix: "f\(f.number)")
        if interp.pyplot.writesFiles {
            guard FileManager.default.createFile(atPath: name, contents: Data(svg.utf8)) else {
                throw PyError("FileNotFoundError", "[Errno 2] No such file or directory: \(PyFormat.reprString(name))")
            }
        }
        return .none
    }
}
