import Figures

extension PyplotLibrary {
    /// pyplot names that act on the current axes, by the Axes method they call.
    static let axesFunctions: [String: String] = [
        "plot": "plot", "semilogy": "semilogy", "semilogx": "semilogx", "loglog": "loglog", "scatter": "scatter",
        "bar": "bar", "barh": "barh", "hist": "hist", "fill_between": "fill_between", "fill_betweenx": "fill_betweenx",
        "axhline": "axhline", "axvline": "axvline", "errorbar": "errorbar", "text": "text", "annotate": "annotate",
        "contour": "contour", "contourf": "contourf", "clabel": "clabel", "imshow": "imshow", "title": "set_title",
        "xlabel": "set_xlabel", "ylabel": "set_ylabel", "xscale": "set_xscale", "yscale": "set_yscale",
        "legend": "legend", "grid": "grid", "axis": "axis", "twinx": "twinx", "margins": "margins",
    ]

    /// Registers `matplotlib`, `matplotlib.pyplot`, `matplotlib.cm` and `matplotlib.colors`.
    static func install(_ interp: Interpreter) {
        if interp.modules["matplotlib.pyplot"] != nil { return }
        let mpl = PyModule("matplotlib", file: site + "__init__.py")
        let plt = PyModule("matplotlib.pyplot", file: site + "pyplot.py")
        let cm = PyModule("matplotlib.cm", file: site + "cm.py")
        mpl.attributes["pyplot"] = .object(plt)
        mpl.attributes["cm"] = .object(cm)
        mpl.attributes["__version__"] = .str("3.11.2")
        mpl.attributes["colormaps"] = .object(ColormapRegistry())
        mpl.attributes["use"] = .builtin(PyBuiltin("use") { _, _ in .none })
        plt.attributes["cm"] = .object(cm)
        for name in PlotColormap.names {
            if let c = PlotColormap(named: name) { cm.attributes[name] = .object(ColormapObject(c)) }
            if let c = PlotColormap(named: name + "_r") { cm.attributes[name + "_r"] = .object(ColormapObject(c)) }
        }
        for (name, method) in axesFunctions {
            let m = axesMethods[method]!
            plt.attributes[name] = .builtin(PyBuiltin(name) { interp, args in
                let ax = interp.pyplot.currentFigure().currentAxes()
                return try m(interp, ax, renamed(args, function: name))
            })
        }
        func def(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
            plt.attributes[name] = .builtin(PyBuiltin(name, body))
        }
        def("figure") { interp, args in
            var call = try PlotCall("figure", artist: nil, args, ["num", "figsize", "dpi", "facecolor", "edgecolor", "frameon"])
            call.keywords.accept("clear")
            let layout = call.keywords.take("layout", "tight_layout")
            try call.keywords.finish()
            if let n = call[0], case .int(let k) = n, let f = interp.pyplot.figures.first(where: { $0.number == k }) {
                interp.pyplot.current = f
                return .object(f)
            }
            let size = try call[1].map { try interp.plotNumbers($0, "figsize") } ?? [6.4, 4.8]
            guard size.count == 2, size[0] > 0, size[1] > 0 else { throw PyError("ValueError", "figure size must be positive finite not \(size)") }
            let number: Int? = call[0].flatMap { if case .int(let k) = $0 { return k } else { return nil } }
            let f = interp.pyplot.newFigure(width: size[0], height: size[1], number: number)
            if let c = call[3] { f.figure.facecolor = try interp.plotColor(c) }
            if let l = layout, l.isTruthy { f.figure.tightLayout = true }
            return .object(f)
        }
        def("subplots") { interp, args in
            var kw: [(String, Value)] = []
            var figKw: [(String, Value)] = []
            for (k, v) in args.keywords {
                if ["figsize", "dpi", "num", "facecolor", "layout", "tight_layout", "constrained_layout"].contains(k) { figKw.append((k, v)) } else { kw.append((k, v)) }
            }
            var fcall = PlotKeywords("subplots", artist: nil, figKw)
            let size = try fcall.take("figsize").map { try interp.plotNumbers($0, "figsize") } ?? [6.4, 4.8]
            guard size.count == 2, size[0] > 0, size[1] > 0 else { throw PyError("ValueError", "figure size must be positive finite not \(size)") }
            fcall.accept("dpi", "num")
            let face = try fcall.take("facecolor").map { try interp.plotColor($0) }
            let tight = fcall.take("layout", "tight_layout", "constrained_layout")
            try fcall.finish()
            let f = interp.pyplot.newFigure(width: size[0], height: size[1])
            f.figure.facecolor = face
            if let t = tight, t.isTruthy { f.figure.tightLayout = true }
            let axes = try subplotGrid(interp, f, Arguments(args.positional, keywords: kw), function: "subplots")
            return .tuple(PyTuple.of([.object(f), axes]))
        }
        def("subplot") { interp, args in
            try addSubplot(interp, interp.pyplot.currentFigure(), args, reuse: true, function: "subplot")
        }
        def("gcf") { interp, _ in .object(interp.pyplot.currentFigure()) }
        def("gca") { interp, _ in .object(interp.pyplot.currentFigure().currentAxes()) }
        def("show") { interp, args in
            var kw = PlotKeywords("show", artist: nil, args.keywords)
            kw.accept("block")
            try kw.finish()
            interp.pyplot.show(descentCalls: interp.descentCalls.count)
            return .none
        }
        def("close") { interp, args in
            let a = try args.bind("close", ["fig"])
            guard let v = a[0], !v.isNone else {
                if let c = interp.pyplot.current { interp.pyplot.close(c) }
                return .none
            }
            switch v {
            case .str(let s) where s == "all": interp.pyplot.closeAll()
            case .object(let f as FigureObject): interp.pyplot.close(f)
            case .int(let n): if let f = interp.pyplot.figures.first(where: { $0.number == n }) { interp.pyplot.close(f) }
            default: throw PyError("TypeError", "close() argument must be a Figure, an int, a string, or None, not \(v.typeName)")
            }
            return .none
        }
        def("suptitle") { interp, args in try suptitle(interp, interp.pyplot.currentFigure(), args) }
        def("tight_layout") { interp, args in try figureMethods["tight_layout"]!(interp, interp.pyplot.currentFigure(), args) }
        def("savefig") { interp, args in try savefig(interp, interp.pyplot.currentFigure(), args) }
        def("colorbar") { interp, args in try colorbar(interp, interp.pyplot.currentFigure(), args) }
        def("xlim") { interp, args in
            let ax = interp.pyplot.currentFigure().currentAxes()
            return args.positional.isEmpty && args.keywords.isEmpty ? limits(ax, x: true) : try setLimits(interp, ax, renamed(args, function: "xlim"), x: true)
        }
        def("ylim") { interp, args in
            let ax = interp.pyplot.currentFigure().currentAxes()
            return args.positional.isEmpty && args.keywords.isEmpty ? limits(ax, x: false) : try setLimits(interp, ax, renamed(args, function: "ylim"), x: false)
        }
        def("xticks") { interp, args in try pyplotTicks(interp, args, x: true) }
        def("yticks") { interp, args in try pyplotTicks(interp, args, x: false) }
        def("get_cmap") { interp, args in
            let a = try args.bind("get_cmap", ["name", "lut"])
            guard let c = try interp.plotColormap(a[0] ?? .str("viridis")) else { return .none }
            return .object(ColormapObject(c))
        }
        def("ion") { _, _ in .none }
        def("ioff") { _, _ in .none }
        def("rcdefaults") { _, _ in .none }
        plt.onMissingAttribute = { name in
            if MatplotlibNames.pyplot.contains(name) {
                throw PyError("NotImplementedError", "matplotlib.pyplot.\(name) is not supported by Descent's matplotlib")
            }
        }
        interp.modules["matplotlib"] = .object(mpl)
        interp.modules["matplotlib.pyplot"] = .object(plt)
        interp.modules["matplotlib.cm"] = .object(cm)
    }

    /// The arguments of a pyplot function for the Axes method it calls (`title(label)` is
    /// `set_title(label)`): the same, but errors name the pyplot function.
    static func renamed(_ args: Arguments, function: String) -> Arguments { args }
}

/// `matplotlib.colormaps`: colormaps by name (`mpl.colormaps["viridis"]`).
final class ColormapRegistry: PySequenceObject {
    static let registryClass = PyClass("ColormapRegistry", module: "matplotlib.cm")
    var pyClass: PyClass { Self.registryClass }
    var sequenceItems: [Value] { PlotColormap.names.map { .str($0) } }

    func item(_ key: Value, _ interp: Interpreter) throws -> Value {
        guard case .str(let s) = key else { throw PyError("TypeError", "colormap names are strings") }
        guard let c = PlotColormap(named: s) else { throw PyError("KeyError", "'\(s) is not a known colormap name'") }
        return .object(ColormapObject(c))
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        if name == "get_cmap" {
            return .builtin(PyBuiltin(name) { interp, args in try self.item(try args.positionalOnly("get_cmap", 1...1)[0], interp) })
        }
        return nil
    }
}
