import Figures

/// Positional-or-keyword parameters of a call, and the keywords left for `PlotKeywords`.
struct PlotCall {
    var slots: [Value?]
    var keywords: PlotKeywords

    init(_ function: String, artist: String?, _ args: Arguments, _ names: [String], required: Int = 0, maxPositional: Int? = nil) throws {
        let limit = maxPositional ?? names.count
        if args.positional.count > limit {
            throw PyError("TypeError", "\(function)() takes from \(required) to \(limit) positional arguments but \(args.positional.count) were given")
        }
        slots = [Value?](repeating: nil, count: names.count)
        for (i, v) in args.positional.enumerated() { slots[i] = v }
        var rest: [(String, Value)] = []
        for (k, v) in args.keywords {
            if let i = names.firstIndex(of: k) {
                if slots[i] != nil { throw PyError("TypeError", "\(function)() got multiple values for argument '\(k)'") }
                slots[i] = v
            } else {
                rest.append((k, v))
            }
        }
        for i in 0..<required where slots[i] == nil {
            throw PyError("TypeError", "\(function)() missing 1 required positional argument: '\(names[i])'")
        }
        keywords = PlotKeywords(function, artist: artist, rest)
        for n in names { keywords.accept(n) }
    }

    subscript(_ i: Int) -> Value? {
        guard let v = slots[i] else { return nil }
        if case .none = v { return nil }
        return v
    }
}

extension PyplotLibrary {
    /// Appends an artist; returns its handle.
    static func add(_ artist: PlotArtist, to ax: AxesObject, className: String, module: String) -> Value {
        ax.update { $0.artists.append(artist) }
        ax.figureObject.current = ax.index
        return .object(ArtistObject(axes: ax, artistIndex: ax.axes.artists.count - 1, className: className, module: module))
    }

    static func nextLineColor(_ ax: AxesObject) -> PlotColor {
        var c = PlotColor.black
        ax.update { c = .cycle($0.lineCycle); $0.lineCycle += 1 }
        return c
    }

    static func nextPatchColor(_ ax: AxesObject) -> PlotColor {
        var c = PlotColor.black
        ax.update { c = .cycle($0.patchCycle); $0.patchCycle += 1 }
        return c
    }

    // MARK: plot

    static func plot(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, function: String = "plot") throws -> Value {
        var kw = PlotKeywords(function, artist: "Line2D", args.keywords)
        // Groups of (x, y, fmt) / (y, fmt) / (y) as matplotlib splits the positionals.
        var groups: [[Value]] = []
        var rest = args.positional
        while !rest.isEmpty {
            var this = Array(rest.prefix(2))
            rest = Array(rest.dropFirst(2))
            if let first = rest.first, case .str = first {
                this.append(first)
                rest.removeFirst()
            }
            groups.append(this)
        }
        var specs: [(x: [Double], y: [Double], fmt: FormatString)] = []
        for g in groups {
            var parts = g
            var fmt = FormatString()
            if parts.count > 1, case .str(let s) = parts.last! {
                fmt = try FormatString.parse(s)
                parts.removeLast()
            }
            let y = try interp.plotNumbers(parts.last!, "y")
            let x = parts.count == 2 ? try interp.plotNumbers(parts[0], "x") : y.indices.map(Double.init)
            guard x.count == y.count else {
                throw PyError("ValueError", "x and y must have same first dimension, but have shapes (\(x.count),) and (\(y.count),)")
            }
            specs.append((x, y, fmt))
        }
        var template = PlotLine(x: [], y: [], color: .black)
        let explicitColor = kw.take("color", "c")
        var lineKw = kw
        try interp.applyLineKeywords(&template, &lineKw)
        try lineKw.finish()
        var handles: [Value] = []
        for s in specs {
            var l = template
            l.x = s.x
            l.y = s.y
            if let c = s.fmt.color { l.color = c }
            if let v = explicitColor { l.color = try interp.plotColor(v) }
            if s.fmt.color == nil && explicitColor == nil { l.color = nextLineColor(ax) }
            if let ls = s.fmt.lineStyle, args.keywords.first(where: { $0.0 == "linestyle" || $0.0 == "ls" }) == nil { l.lineStyle = ls }
            if let m = s.fmt.marker, args.keywords.first(where: { $0.0 == "marker" }) == nil { l.marker = m }
            handles.append(add(.line(l), to: ax, className: "Line2D", module: "matplotlib.lines"))
        }
        return .list(PyList(handles))
    }

    // MARK: scatter

    static func scatter(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("scatter", artist: "PathCollection", args, ["x", "y", "s", "c", "marker", "cmap", "norm", "vmin", "vmax", "alpha", "linewidths", "edgecolors"], required: 2)
        let x = try interp.plotNumbers(call[0]!, "x"), y = try interp.plotNumbers(call[1]!, "y")
        guard x.count == y.count else { throw PyError("ValueError", "x and y must be the same size") }
        var s = PlotScatter(x: x, y: y, colors: [])
        if let v = call[2] { s.sizes = try interp.plotNumbers(v, "s") }
        let colorKw = call.keywords.take("color", "facecolor", "facecolors", "fc")
        if let c = call[3] {
            if case .str = c { s.colors = [try interp.plotColor(c)] } else {
                let items = interp.isScalar(c) ? [c] : try interp.collect(c)
                if case .object(let t as TensorObject) = c {
                    _ = try interp.plotTensor(t)
                }
                if let first = items.first, case .str = first {
                    s.colors = try items.map { try interp.plotColor($0) }
                } else if let first = items.first, case .tuple = first {
                    s.colors = try items.map { try interp.plotColor($0) }
                } else if items.count == 3 || items.count == 4, x.count != items.count, let col = try? interp.plotColor(c) {
                    s.colors = [col]
                } else {
                    let values = try interp.plotNumbers(c, "c")
                    guard values.count == x.count || values.count == 1 else {
                        throw PyError("ValueError", "'c' argument has \(values.count) elements, which is inconsistent with 'x' and 'y' with size \(x.count).")
                    }
                    s.values = values.count == 1 ? Array(repeating: values[0], count: x.count) : values
                }
            }
        } else if let c = colorKw {
            s.colors = [try interp.plotColor(c)]
        }
        if s.colors.isEmpty && s.values == nil { s.colors = [nextPatchColor(ax)] }
        if let v = call[4] { s.marker = try interp.plotMarker(v) ?? .circle }
        if let v = call[5] { s.colormap = try interp.plotColormap(v) }
        if call[6] != nil { throw PyError("NotImplementedError", "scatter() keyword 'norm' is not supported by Descent's matplotlib; use vmin and vmax") }
        if let v = call[7] { s.vmin = try interp.plotNumber(v, "vmin") }
        if let v = call[8] { s.vmax = try interp.plotNumber(v, "vmax") }
        if let v = call[9] { s.alpha = try interp.plotNumber(v, "alpha") }
        if let v = call[10] ?? call.keywords.take("linewidth", "lw") { s.lineWidth = try interp.plotNumbers(v, "linewidths").first ?? 1 }
        if let v = call[11] ?? call.keywords.take("edgecolor", "ec") {
            if case .str(let e) = v, e == "face" { s.edgeColors = nil } else if case .str = v { s.edgeColors = [try interp.plotColor(v)] } else {
                s.edgeColors = try interp.collect(v).map { try interp.plotColor($0) }
            }
        }
        if let v = call.keywords.take("label") { s.label = try interp.plotString(v, "label") }
        if let v = call.keywords.take("zorder") { s.zorder = try interp.plotNumber(v, "zorder") }
        try call.keywords.finish()
        return add(.scatter(s), to: ax, className: "PathCollection", module: "matplotlib.collections")
    }

    // MARK: bars

    /// Bar positions: numbers, or category names mapped to 0, 1, 2… with them as tick labels.
    static func positions(_ interp: Interpreter, _ ax: AxesObject, _ v: Value, horizontal: Bool) throws -> [Double] {
        let items = interp.isScalar(v) ? [v] : try interp.collect(v)
        if let first = items.first, case .str = first {
            let names = try items.map { try interp.plotString($0, "x") }
            ax.update { a in
                var axis = horizontal ? a.y : a.x
                var ticks = axis.ticks ?? [], labels = axis.tickLabels ?? []
                var pos: [Double] = []
                for n in names {
                    if let k = labels.firstIndex(of: n) { pos.append(ticks[k]) } else {
                        ticks.append(Double(labels.count)); labels.append(n); pos.append(Double(labels.count - 1))
                    }
                }
                axis.ticks = ticks
                axis.tickLabels = labels
                if horizontal { a.y = axis } else { a.x = axis }
            }
            let axis = horizontal ? ax.axes.y : ax.axes.x
            return names.map { n in axis.ticks![axis.tickLabels!.firstIndex(of: n)!] }
        }
        return try interp.plotNumbers(v, horizontal ? "y" : "x")
    }

    static func bar(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, horizontal: Bool) throws -> Value {
        let fn = horizontal ? "barh" : "bar"
        var call = try PlotCall(fn, artist: "Rectangle", args, horizontal ? ["y", "width", "height", "left"] : ["x", "height", "width", "bottom"], required: 2)
        let pos = try positions(interp, ax, call[0]!, horizontal: horizontal)
        func broadcast(_ v: Value?, _ d: Double, _ what: String) throws -> [Double] {
            guard let v else { return Array(repeating: d, count: pos.count) }
            let xs = try interp.plotNumbers(v, what)
            if xs.count == 1 { return Array(repeating: xs[0], count: pos.count) }
            guard xs.count == pos.count else { throw PyError("ValueError", "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (\(pos.count),) and arg 1 with shape (\(xs.count),).") }
            return xs
        }
        let length = try broadcast(call[1], 0, horizontal ? "width" : "height")
        let thickness = try broadcast(call[2], 0.8, horizontal ? "height" : "width")
        let base = try broadcast(call[3], 0, horizontal ? "left" : "bottom")
        let align = try call.keywords.take("align").map { try interp.plotString($0, "align") } ?? "center"
        guard align == "center" || align == "edge" else { throw PyError("ValueError", "\(PyFormat.reprString(align)) is not a valid value for align; supported values are 'center', 'edge'") }
        var rects: [PlotPatches.Rect] = []
        for i in pos.indices {
            let p0 = align == "center" ? pos[i] - thickness[i] / 2 : pos[i]
            rects.append(horizontal ? .init(x: base[i], y: p0, width: length[i], height: thickness[i])
                                    : .init(x: p0, y: base[i], width: thickness[i], height: length[i]))
        }
        var p = PlotPatches(rects: rects, colors: [])
        if let v = call.keywords.take("color", "facecolor", "fc") {
            if case .str = v { p.colors = [try interp.plotColor(v)] } else { p.colors = try interp.collect(v).map { try interp.plotColor($0) } }
        } else {
            p.colors = [nextPatchColor(ax)]
        }
        try applyPatchKeywords(interp, &p, &call.keywords)
        if let v = call.keywords.take("tick_label") {
            let labels = try (interp.isScalar(v) ? [v] : interp.collect(v)).map { try interp.plotString($0, "tick_label") }
            ax.update { a in
                if horizontal { a.y.ticks = pos; a.y.tickLabels = labels } else { a.x.ticks = pos; a.x.tickLabels = labels }
            }
        }
        if horizontal { p.stickyX = [0] } else { p.stickyY = [0] }
        try call.keywords.finish()
        return add(.patches(p), to: ax, className: "BarContainer", module: "matplotlib.container")
    }

    static func applyPatchKeywords(_ interp: Interpreter, _ p: inout PlotPatches, _ kw: inout PlotKeywords) throws {
        if let v = kw.take("edgecolor", "ec") { p.edgeColor = try interp.plotColor(v); if p.lineWidth == 0 { p.lineWidth = 1 } }
        if let v = kw.take("linewidth", "lw") { p.lineWidth = try interp.plotNumber(v, "linewidth") }
        if let v = kw.take("alpha"), !v.isNone { p.alpha = try interp.plotNumber(v, "alpha") }
        if let v = kw.take("label") { p.label = try interp.plotString(v, "label") }
        if let v = kw.take("zorder") { p.zorder = try interp.plotNumber(v, "zorder") }
    }

    // MARK: hist

    static func hist(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("hist", artist: "Rectangle", args, ["x", "bins", "range", "density", "weights", "cumulative", "bottom", "histtype", "align", "orientation", "rwidth", "log", "color", "label", "stacked"], required: 1)
        let data = try interp.plotNumbers(call[0]!, "x").filter { !$0.isNaN }
        var edges: [Double]
        var lo = data.min() ?? 0, hi = data.max() ?? 1
        if let r = call[2] {
            let rr = try interp.plotNumbers(r, "range")
            guard rr.count == 2 else { throw PyError("ValueError", "too many values to unpack (expected 2)") }
            lo = rr[0]; hi = rr[1]
        }
        if lo == hi { lo -= 0.5; hi += 0.5 }
        if let b = call[1], !interp.isScalar(b) {
            edges = try interp.plotNumbers(b, "bins")
        } else {
            let n = try call[1].map { try interp.toInt($0, "hist") } ?? 10
            guard n >= 1 else { throw PyError("ValueError", "`bins` must be positive, when an integer") }
            edges = (0...n).map { lo + (hi - lo) * Double($0) / Double(n) }
            edges[n] = hi
        }
        let weights = try call[4].map { try interp.plotNumbers($0, "weights") }
        var counts = [Double](repeating: 0, count: max(0, edges.count - 1))
        for (k, v) in data.enumerated() {
            guard let first = edges.first, let last = edges.last, v >= first, v <= last else { continue }
            var lo = 0, hi = edges.count - 1
            while hi - lo > 1 { let m = (lo + hi) / 2; if v >= edges[m] { lo = m } else { hi = m } }
            counts[lo] += weights.map { $0[k] } ?? 1
        }
        if call[3]?.isTruthy == true {
            let total = counts.reduce(0, +)
            counts = counts.indices.map { total > 0 ? counts[$0] / total / (edges[$0 + 1] - edges[$0]) : 0 }
        }
        if call[5]?.isTruthy == true { for i in counts.indices.dropFirst() { counts[i] += counts[i - 1] } }
        let histtype = try call[7].map { try interp.plotString($0, "histtype") } ?? "bar"
        guard ["bar", "step", "stepfilled", "barstacked"].contains(histtype) else {
            throw PyError("ValueError", "\(PyFormat.reprString(histtype)) is not a valid value for histtype; supported values are 'bar', 'barstacked', 'step', 'stepfilled'")
        }
        let horizontal = try call[9].map { try interp.plotString($0, "orientation") } == "horizontal"
        let rwidth = try call[10].map { try interp.plotNumber($0, "rwidth") } ?? 1
        var rects: [PlotPatches.Rect] = []
        for i in counts.indices {
            let w = (edges[i + 1] - edges[i]) * rwidth
            let x0 = edges[i] + (edges[i + 1] - edges[i] - w) / 2
            rects.append(horizontal ? .init(x: 0, y: x0, width: counts[i], height: w) : .init(x: x0, y: 0, width: w, height: counts[i]))
        }
        var p = PlotPatches(rects: rects, colors: [])
        p.colors = [try call[12].map { try interp.plotColor($0) } ?? nextLineColor(ax)]
        if let v = call[13] { p.label = try interp.plotString(v, "label") }
        try applyPatchKeywords(interp, &p, &call.keywords)
        if horizontal { p.stickyX = [0] } else { p.stickyY = [0] }
        p.stepOutline = histtype == "step"
        for (i, name) in [(6, "bottom"), (8, "align"), (11, "log"), (14, "stacked")] where call[i] != nil {
            throw PyError("NotImplementedError", "hist() keyword '\(name)' is not supported by Descent's matplotlib")
        }
        try call.keywords.finish()
        let patches = add(.patches(p), to: ax, className: "BarContainer", module: "matplotlib.container")
        return .tuple(PyTuple.of([.list(PyList(counts.map { .float($0) })), .list(PyList(edges.map { .float($0) })), patches]))
    }

    // MARK: fill_between, axhline, axvline

    static func fillBetween(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, horizontal: Bool) throws -> Value {
        let fn = horizontal ? "fill_betweenx" : "fill_between"
        var call = try PlotCall(fn, artist: "FillBetweenPolyCollection", args, horizontal ? ["y", "x1", "x2", "where", "step", "interpolate"] : ["x", "y1", "y2", "where", "interpolate", "step"], required: 2)
        let x = try interp.plotNumbers(call[0]!, "x")
        func curve(_ v: Value?, _ what: String) throws -> [Double] {
            guard let v else { return Array(repeating: 0, count: x.count) }
            let ys = try interp.plotNumbers(v, what)
            if ys.count == 1 { return Array(repeating: ys[0], count: x.count) }
            guard ys.count == x.count else { throw PyError("ValueError", "\(what) must be a scalar or have the same length as x") }
            return ys
        }
        let y1 = try curve(call[1], horizontal ? "x1" : "y1"), y2 = try curve(call[2], horizontal ? "x2" : "y2")
        let mask = try call[3].map { v in try interp.collect(v).map { $0.isTruthy } } ?? Array(repeating: true, count: x.count)
        let colour = try call.keywords.take("color", "facecolor", "fc").map { try interp.plotColor($0) } ?? nextPatchColor(ax)
        var template = PlotFill(x: [], y1: [], y2: [], color: colour)
        template.horizontal = horizontal
        if let v = call.keywords.take("alpha"), !v.isNone { template.alpha = try interp.plotNumber(v, "alpha") }
        if let v = call.keywords.take("label") { template.label = try interp.plotString(v, "label") }
        if let v = call.keywords.take("edgecolor", "ec") { template.edgeColor = try interp.plotColor(v) }
        if let v = call.keywords.take("zorder") { template.zorder = try interp.plotNumber(v, "zorder") }
        if let v = call[horizontal ? 4 : 5], v.isTruthy { throw PyError("NotImplementedError", "\(fn)() keyword 'step' is not supported by Descent's matplotlib") }
        try call.keywords.finish()
        // One polygon per run of points where `where` holds.
        var handle: Value = .none
        var start: Int?
        for i in 0...x.count {
            let on = i < x.count && i < mask.count && mask[i]
            if on && start == nil { start = i }
            if !on, let s = start {
                var f = template
                f.x = Array(x[s..<i]); f.y1 = Array(y1[s..<i]); f.y2 = Array(y2[s..<i])
                if handle.isNone == false { f.label = "_" + f.label }
                let h = add(.fill(f), to: ax, className: "FillBetweenPolyCollection", module: "matplotlib.collections")
                if handle.isNone { handle = h }
                start = nil
            }
        }
        return handle
    }

    static func referenceLine(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, vertical: Bool) throws -> Value {
        let fn = vertical ? "axvline" : "axhline"
        var call = try PlotCall(fn, artist: "Line2D", args, vertical ? ["x", "ymin", "ymax"] : ["y", "xmin", "xmax"])
        var line = PlotLine(x: [], y: [], color: .cycle(0))
        try interp.applyLineKeywords(&line, &call.keywords)
        try call.keywords.finish()
        var r = PlotReferenceLine(vertical: vertical, value: try call[0].map { try interp.plotNumber($0, vertical ? "x" : "y") } ?? 0, line: line)
        if let v = call[1] { r.from = try interp.plotNumber(v, "min") }
        if let v = call[2] { r.to = try interp.plotNumber(v, "max") }
        return add(.referenceLine(r), to: ax, className: "Line2D", module: "matplotlib.lines")
    }

    // MARK: errorbar

    static func errorbar(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("errorbar", artist: "Line2D", args, ["x", "y", "yerr", "xerr", "fmt", "ecolor", "elinewidth", "capsize"], required: 2)
        let x = try interp.plotNumbers(call[0]!, "x"), y = try interp.plotNumbers(call[1]!, "y")
        guard x.count == y.count else { throw PyError("ValueError", "'x' and 'y' must have the same size") }
        func err(_ v: Value?, _ what: String) throws -> (lower: [Double], upper: [Double])? {
            guard let v else { return nil }
            if interp.isScalar(v) { let e = try interp.plotNumber(v, what); return (Array(repeating: e, count: x.count), Array(repeating: e, count: x.count)) }
            let items = try interp.collect(v)
            if items.count == 2, !interp.isScalar(items[0]) {
                return (try interp.plotNumbers(items[0], what), try interp.plotNumbers(items[1], what))
            }
            let e = try interp.plotNumbers(v, what)
            guard e.count == x.count else { throw PyError("ValueError", "'\(what)' (shape: (\(e.count),)) must be a scalar or a 1D or (2, n) array-like whose shape matches 'x' (shape: (\(x.count),))") }
            if e.contains(where: { $0 < 0 }) { throw PyError("ValueError", "'\(what)' must not contain negative values") }
            return (e, e)
        }
        var line = PlotLine(x: x, y: y, color: .black)
        let fmt = try FormatString.parse(try call[4].map { try interp.plotString($0, "fmt") } ?? "")
        let explicit = call.keywords.take("color", "c")
        try interp.applyLineKeywords(&line, &call.keywords)
        line.color = try explicit.map { try interp.plotColor($0) } ?? fmt.color ?? nextLineColor(ax)
        if let ls = fmt.lineStyle, args.keywords.first(where: { $0.0 == "linestyle" || $0.0 == "ls" }) == nil { line.lineStyle = ls }
        if let m = fmt.marker, args.keywords.first(where: { $0.0 == "marker" }) == nil { line.marker = m }
        try call.keywords.finish()
        var e = PlotErrorBar(line: line)
        e.yErr = try err(call[2], "yerr")
        e.xErr = try err(call[3], "xerr")
        if let v = call[5] { e.errorColor = try interp.plotColor(v) }
        if let v = call[6] { e.errorLineWidth = try interp.plotNumber(v, "elinewidth") }
        if let v = call[7] { e.capSize = try interp.plotNumber(v, "capsize") }
        return add(.errorbar(e), to: ax, className: "ErrorbarContainer", module: "matplotlib.container")
    }

    // MARK: text, annotate

    static func applyTextKeywords(_ interp: Interpreter, _ t: inout PlotText, _ kw: inout PlotKeywords) throws {
        if let v = kw.take("fontsize", "size") { t.fontSize = try fontSize(interp, v) }
        if let v = kw.take("color", "c") { t.color = try interp.plotColor(v) }
        if let v = kw.take("horizontalalignment", "ha") {
            let s = try interp.plotString(v, "ha")
            guard ["left", "center", "right"].contains(s) else { throw PyError("ValueError", "\(PyFormat.reprString(s)) is not a valid value for horizontalalignment; supported values are 'left', 'center', 'right'") }
            t.horizontalAlignment = s
        }
        if let v = kw.take("verticalalignment", "va") {
            var s = try interp.plotString(v, "va")
            guard ["baseline", "bottom", "center", "top", "center_baseline"].contains(s) else { throw PyError("ValueError", "\(PyFormat.reprString(s)) is not a valid value for verticalalignment; supported values are 'baseline', 'bottom', 'center', 'center_baseline', 'top'") }
            if s == "center_baseline" { s = "center" }
            t.verticalAlignment = s
        }
        if let v = kw.take("rotation") {
            if case .str(let s) = v { t.rotation = s == "vertical" ? 90 : 0 } else { t.rotation = try interp.plotNumber(v, "rotation") }
        }
        if let v = kw.take("fontweight", "weight") {
            if case .str(let s) = v { t.bold = ["bold", "heavy", "extra bold", "black", "semibold", "demibold"].contains(s) } else { t.bold = try interp.plotNumber(v, "fontweight") >= 600 }
        }
        if let v = kw.take("alpha"), !v.isNone { t.color = (t.color ?? .black).with(alpha: try interp.plotNumber(v, "alpha")) }
        if let v = kw.take("zorder") { t.zorder = try interp.plotNumber(v, "zorder") }
        if let v = kw.take("bbox") {
            guard case .dict(let d) = v else { throw PyError("TypeError", "bbox must be a dict") }
            let face = try d.get(.str("facecolor")) ?? d.get(.str("fc"))
            var c = try face.map { try interp.plotColor($0) } ?? .white
            if let a = try d.get(.str("alpha")) { c = c.with(alpha: try interp.plotNumber(a, "alpha")) }
            t.boxColor = c
        }
        if let v = kw.take("transform") {
            guard case .object(let tr as TransformObject) = v else { throw PyError("TypeError", "transform must be ax.transAxes or ax.transData") }
            t.axesCoordinates = tr.kind == .axes
        }
    }

    /// A font size in points, or a relative name (`"large"`).
    static func fontSize(_ interp: Interpreter, _ v: Value) throws -> Double {
        if case .str(let s) = v {
            let scale: [String: Double] = ["xx-small": 0.579, "x-small": 0.694, "small": 0.833, "medium": 1.0,
                                           "large": 1.2, "x-large": 1.44, "xx-large": 1.728, "larger": 1.2, "smaller": 0.833]
            guard let f = scale[s] else {
                throw PyError("ValueError", "\(PyFormat.reprString(s)) is not a valid font size. Valid font sizes are xx-small, x-small, small, medium, large, x-large, xx-large, larger, smaller, None")
            }
            return 10 * f
        }
        return try interp.plotNumber(v, "fontsize")
    }

    static func text(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("text", artist: "Text", args, ["x", "y", "s", "fontdict"], required: 3)
        var t = PlotText(text: try interp.plotString(call[2]!, "s"), x: try interp.plotNumber(call[0]!, "x"), y: try interp.plotNumber(call[1]!, "y"))
        if call[3] != nil { throw PyError("NotImplementedError", "text() keyword 'fontdict' is not supported by Descent's matplotlib; pass fontsize=, color= directly") }
        try applyTextKeywords(interp, &t, &call.keywords)
        try call.keywords.finish()
        return add(.text(t), to: ax, className: "Text", module: "matplotlib.text")
    }

    static func annotate(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("annotate", artist: "Annotation", args, ["text", "xy", "xytext", "xycoords", "textcoords", "arrowprops"], required: 2)
        let xy = try interp.plotNumbers(call[1]!, "xy")
        guard xy.count == 2 else { throw PyError("ValueError", "xy must be a pair of numbers") }
        let xycoords = try call[3].map { try interp.plotString($0, "xycoords") } ?? "data"
        guard ["data", "axes fraction"].contains(xycoords) else { throw PyError("NotImplementedError", "annotate() xycoords=\(PyFormat.reprString(xycoords)) is not supported by Descent's matplotlib (it supports 'data' and 'axes fraction')") }
        let textcoords = try call[4].map { try interp.plotString($0, "textcoords") } ?? xycoords
        guard ["data", "axes fraction", "offset points"].contains(textcoords) else { throw PyError("NotImplementedError", "annotate() textcoords=\(PyFormat.reprString(textcoords)) is not supported by Descent's matplotlib (it supports 'data', 'axes fraction' and 'offset points')") }
        var pos = xy
        if let v = call[2] { pos = try interp.plotNumbers(v, "xytext") }
        var t = PlotText(text: try interp.plotString(call[0]!, "text"), x: pos[0], y: pos[1])
        t.axesCoordinates = textcoords == "axes fraction"
        if textcoords == "offset points" {
            t.x = xy[0]; t.y = xy[1]
            t.axesCoordinates = xycoords == "axes fraction"
            t.offsetPoints = (call[2] != nil) ? (pos[0], pos[1]) : (0, 0)
        }
        try applyTextKeywords(interp, &t, &call.keywords)
        if let props = call[5] {
            guard case .dict(let d) = props else { throw PyError("TypeError", "arrowprops must be a dict") }
            t.arrowTo = (xy[0], xy[1], xycoords == "axes fraction")
            if let c = try d.get(.str("color")) ?? d.get(.str("facecolor")) ?? d.get(.str("fc")) { t.arrowColor = try interp.plotColor(c) } else { t.arrowColor = .black }
        }
        try call.keywords.finish()
        return add(.text(t), to: ax, className: "Annotation", module: "matplotlib.text")
    }
}
