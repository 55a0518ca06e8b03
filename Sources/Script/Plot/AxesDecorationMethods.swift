import Figures

extension PyplotLibrary {
    static func setLabel(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, x: Bool) throws -> Value {
        let fn = x ? "set_xlabel" : "set_ylabel"
        var call = try PlotCall(fn, artist: "Text", args, [x ? "xlabel" : "ylabel", "fontdict", "labelpad", "loc"], required: 1)
        let label = try interp.plotString(call[0]!, "label")
        var size = 10.0
        if let v = call.keywords.take("fontsize", "size") { size = try fontSize(interp, v) }
        for (i, n) in [(1, "fontdict"), (2, "labelpad"), (3, "loc")] where call[i] != nil {
            throw PyError("NotImplementedError", "\(fn)() keyword '\(n)' is not supported by Descent's matplotlib")
        }
        try call.keywords.finish()
        ax.update { a in
            if x { a.x.label = label; a.x.labelSize = size } else { a.y.label = label; a.y.labelSize = size }
        }
        return .none
    }

    static func setTitle(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("set_title", artist: "Text", args, ["label", "fontdict", "loc", "pad"], required: 1)
        let label = try interp.plotString(call[0]!, "label")
        let loc = try call[2].map { try interp.plotString($0, "loc") } ?? "center"
        guard ["center", "left", "right"].contains(loc) else { throw PyError("ValueError", "\(PyFormat.reprString(loc)) is not a valid value for loc; supported values are 'left', 'center', 'right'") }
        var size: Double?
        if let v = call.keywords.take("fontsize", "size") { size = try fontSize(interp, v) }
        if call[1] != nil || call[3] != nil { throw PyError("NotImplementedError", "set_title() keywords 'fontdict' and 'pad' are not supported by Descent's matplotlib") }
        try call.keywords.finish()
        ax.update { a in
            switch loc {
            case "left": a.titleLeft = label
            case "right": a.titleRight = label
            default: a.title = label
            }
            if let size { a.titleSize = size }
        }
        return .none
    }

    /// `set_xlim(left, right)`, `set_xlim((left, right))`, `set_xlim(right=…)`; returns the limits.
    static func setLimits(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, x: Bool) throws -> Value {
        let fn = x ? "set_xlim" : "set_ylim"
        var call = try PlotCall(fn, artist: nil, args, x ? ["left", "right"] : ["bottom", "top"])
        var lo = call[0], hi = call[1]
        if let v = lo, !interp.isScalar(v), hi == nil {
            let pair = try interp.collect(v)
            guard pair.count == 2 else { throw PyError("ValueError", "too many values to unpack (expected 2)") }
            lo = pair[0].isNone ? nil : pair[0]; hi = pair[1].isNone ? nil : pair[1]
        }
        if let v = call.keywords.take(x ? "xmin" : "ymin") { lo = v }
        if let v = call.keywords.take(x ? "xmax" : "ymax") { hi = v }
        call.keywords.accept("emit", "auto")
        try call.keywords.finish()
        let a = try lo.map { try interp.plotNumber($0, "limit") }, b = try hi.map { try interp.plotNumber($0, "limit") }
        if let a, let b, a == b {
            // matplotlib warns and widens an empty range; Descent widens it the same way.
        }
        ax.update { axes in
            if x { if let a { axes.x.lower = a }; if let b { axes.x.upper = b } } else { if let a { axes.y.lower = a }; if let b { axes.y.upper = b } }
        }
        return limits(ax, x: x)
    }

    static func limits(_ ax: AxesObject, x: Bool) -> Value {
        let l = ax.figureObject.figure.viewLimits(axes: ax.index)
        let p = x ? l.x : l.y
        return .tuple(PyTuple.of([.float(p.0), .float(p.1)]))
    }

    static func setScale(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, x: Bool) throws -> Value {
        let fn = x ? "set_xscale" : "set_yscale"
        var call = try PlotCall(fn, artist: nil, args, ["value"], required: 1)
        let s = try interp.plotString(call[0]!, "value")
        try call.keywords.finish()
        guard s == "linear" || s == "log" else {
            if ["symlog", "logit", "asinh", "function", "functionlog"].contains(s) {
                throw PyError("NotImplementedError", "\(fn)(\(PyFormat.reprString(s))) is not supported by Descent's matplotlib (it draws 'linear' and 'log')")
            }
            throw PyError("ValueError", "\(PyFormat.reprString(s)) is not a valid value for scale; supported values are 'asinh', 'function', 'functionlog', 'linear', 'log', 'logit', 'symlog'")
        }
        ax.update { if x { $0.x.scale = s == "log" ? .log : .linear } else { $0.y.scale = s == "log" ? .log : .linear } }
        return .none
    }

    static func setTicks(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, x: Bool) throws -> Value {
        let fn = x ? "set_xticks" : "set_yticks"
        var call = try PlotCall(fn, artist: "Text", args, ["ticks", "labels", "minor"])
        let ticks = try call[0].map { try interp.plotNumbers($0, "ticks") } ?? []
        var labels: [String]?
        if let v = call[1] { labels = try interp.collect(v).map { try interp.plotString($0, "labels") } }
        if let labels, labels.count != ticks.count {
            throw PyError("ValueError", "The number of FixedLocator locations (\(ticks.count)), usually from a call to set_ticks, does not match the number of labels (\(labels.count)).")
        }
        var rotation: Double?
        if let v = call.keywords.take("rotation") {
            if case .str(let s) = v { rotation = s == "vertical" ? 90 : 0 } else { rotation = try interp.plotNumber(v, "rotation") }
        }
        if call[2]?.isTruthy == true { throw PyError("NotImplementedError", "\(fn)(minor=True) is not supported by Descent's matplotlib") }
        try call.keywords.finish()
        ax.update { a in
            var axis = x ? a.x : a.y
            axis.ticks = ticks
            axis.tickLabels = labels
            if let rotation { axis.tickRotation = rotation }
            if x { a.x = axis } else { a.y = axis }
        }
        return .none
    }

    static func setTickLabels(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments, x: Bool) throws -> Value {
        let fn = x ? "set_xticklabels" : "set_yticklabels"
        var call = try PlotCall(fn, artist: "Text", args, ["labels"], required: 1)
        let labels = try interp.collect(call[0]!).map { try interp.plotString($0, "labels") }
        var rotation: Double?
        if let v = call.keywords.take("rotation") {
            if case .str(let s) = v { rotation = s == "vertical" ? 90 : 0 } else { rotation = try interp.plotNumber(v, "rotation") }
        }
        try call.keywords.finish()
        guard (x ? ax.axes.x.ticks : ax.axes.y.ticks) != nil else {
            throw PyError("NotImplementedError", "\(fn)() needs fixed ticks first in Descent's matplotlib: call set_\(x ? "x" : "y")ticks(positions, labels) instead")
        }
        ax.update { a in
            if x { a.x.tickLabels = labels; if let rotation { a.x.tickRotation = rotation } } else { a.y.tickLabels = labels; if let rotation { a.y.tickRotation = rotation } }
        }
        return .none
    }

    /// `xticks()` / `yticks()` of pyplot: positions and labels, or rotation alone.
    static func pyplotTicks(_ interp: Interpreter, _ args: Arguments, x: Bool) throws -> Value {
        let ax = interp.pyplot.currentFigure().currentAxes()
        var call = try PlotCall(x ? "xticks" : "yticks", artist: "Text", args, ["ticks", "labels", "minor"])
        var rotation: Double?
        if let v = call.keywords.take("rotation") {
            if case .str(let s) = v { rotation = s == "vertical" ? 90 : 0 } else { rotation = try interp.plotNumber(v, "rotation") }
        }
        call.keywords.accept("fontsize")
        try call.keywords.finish()
        if call[0] != nil {
            var kw: [(String, Value)] = []
            if let l = call[1] { kw.append(("labels", l)) }
            _ = try setTicks(interp, ax, Arguments([call[0]!], keywords: kw), x: x)
        }
        if let rotation { ax.update { if x { $0.x.tickRotation = rotation } else { $0.y.tickRotation = rotation } } }
        return .none
    }

    static func legend(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var kw = PlotKeywords("legend", artist: nil, args.keywords)
        var legend = PlotLegend()
        var handles: [ArtistObject]?
        var labels: [String]?
        func artists(_ v: Value) throws -> [ArtistObject] {
            try interp.collect(v).flatMap { item -> [ArtistObject] in
                if case .object(let a as ArtistObject) = item { return [a] }
                if case .list = item { return try artists(item) }
                throw PyError("TypeError", "legend() handles must be the artists plot() and friends return, not \(item.typeName)")
            }
        }
        switch args.positional.count {
        case 0: break
        case 1: labels = try interp.collect(args.positional[0]).map { try interp.plotString($0, "labels") }
        case 2:
            handles = try artists(args.positional[0])
            labels = try interp.collect(args.positional[1]).map { try interp.plotString($0, "labels") }
        default: throw PyError("TypeError", "legend only accepts two non-keyword arguments")
        }
        if let v = kw.take("handles") { handles = try artists(v) }
        if let v = kw.take("labels") { labels = try interp.collect(v).map { try interp.plotString($0, "labels") } }
        if let v = kw.take("loc") {
            if case .str(let s) = v {
                guard let k = PlotLegend.locations.firstIndex(of: s) else {
                    throw PyError("ValueError", "\(PyFormat.reprString(s)) is not a valid value for loc; supported values are " + PlotLegend.locations.map { PyFormat.reprString($0) }.joined(separator: ", "))
                }
                legend.location = k
            } else {
                let k = try interp.toInt(v, "legend")
                guard (0...10).contains(k) else { throw PyError("ValueError", "loc must be between 0 and 10 inclusive, not \(k)") }
                legend.location = k
            }
        }
        if let v = kw.take("fontsize") { legend.fontSize = try fontSize(interp, v) }
        if let v = kw.take("ncols", "ncol") { legend.columns = try interp.toInt(v, "legend") }
        if let v = kw.take("title") { legend.title = try interp.plotString(v, "title") }
        if let v = kw.take("frameon") { legend.frame = v.isTruthy }
        if let v = kw.take("bbox_to_anchor") {
            let p = try interp.plotNumbers(v, "bbox_to_anchor")
            guard p.count == 2 else { throw PyError("NotImplementedError", "legend() bbox_to_anchor takes a point (x, y) in Descent's matplotlib") }
            legend.anchor = (p[0], p[1])
        }
        try kw.finish()
        if let handles {
            // Labels given with handles: set them on the artists shown, in order.
            let names = labels ?? handles.map { $0.label ?? "" }
            legend.labels = nil
            var chosen: [(Int, String)] = []
            for (h, n) in zip(handles, names) where h.axes === ax { chosen.append((h.artistIndex, n)) }
            legend.entries = chosen
        } else if let labels {
            legend.labels = labels
        }
        ax.update { $0.legend = legend }
        return .object(LegendObject())
    }

    static func grid(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("grid", artist: "Line2D", args, ["visible", "which", "axis"])
        let which = try call[1].map { try interp.plotString($0, "which") } ?? "major"
        guard ["major", "minor", "both"].contains(which) else { throw PyError("ValueError", "'which' must be one of 'major', 'minor', 'both'") }
        let axis = try call[2].map { try interp.plotString($0, "axis") } ?? "both"
        guard ["both", "x", "y"].contains(axis) else { throw PyError("ValueError", "keyword axis must be one of 'both', 'x', 'y'") }
        var style = PlotLine(x: [], y: [], color: PlotColor(r: 0.6902, g: 0.6902, b: 0.6902))
        style.lineWidth = 0.8
        let hasStyle = !call.keywords.isEmptyOfUntaken
        try interp.applyLineKeywords(&style, &call.keywords)
        try call.keywords.finish()
        let visible = call[0].map { $0.isTruthy } ?? (hasStyle ? true : ax.axes.grid == nil)
        ax.update { a in
            a.grid = visible ? axis : nil
            a.gridStyle = hasStyle ? style : nil
        }
        return .none
    }

    static func axis(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var kw = PlotKeywords("axis", artist: nil, args.keywords)
        try kw.finish()
        guard let arg = args.positional.first else { return limitsTuple(ax) }
        if case .str(let s) = arg {
            switch s {
            case "off": ax.update { $0.axisOff = true }
            case "on": ax.update { $0.axisOff = false }
            case "equal": ax.update { $0.aspect = .equalLimits }
            case "scaled", "image": ax.update { $0.aspect = .equalBox; $0.tight = s == "image" }
            case "square": ax.update { $0.aspect = .equalBox }
            case "tight": ax.update { $0.tight = true }
            case "auto", "normal": ax.update { $0.aspect = nil }
            default:
                throw PyError("ValueError", "Unrecognized string \(PyFormat.reprString(s)) to axis; try 'on' or 'off'")
            }
            return limitsTuple(ax)
        }
        let l = try interp.plotNumbers(arg, "axis")
        guard l.count == 4 else { throw PyError("TypeError", "The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]") }
        ax.update { $0.x.lower = l[0]; $0.x.upper = l[1]; $0.y.lower = l[2]; $0.y.upper = l[3] }
        return limitsTuple(ax)
    }

    static func limitsTuple(_ ax: AxesObject) -> Value {
        let l = ax.figureObject.figure.viewLimits(axes: ax.index)
        return .tuple(PyTuple.of([.float(l.x.0), .float(l.x.1), .float(l.y.0), .float(l.y.1)]))
    }

    static func setAspect(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("set_aspect", artist: nil, args, ["aspect", "adjustable", "anchor", "share"], required: 1)
        let adjustable = try call[1].map { try interp.plotString($0, "adjustable") } ?? "box"
        guard adjustable == "box" || adjustable == "datalim" else { throw PyError("ValueError", "\(PyFormat.reprString(adjustable)) is not a valid value for adjustable; supported values are 'box', 'datalim'") }
        try call.keywords.finish()
        let v = call[0]!
        var aspect: PlotAspect?
        if case .str(let s) = v {
            guard s == "equal" || s == "auto" else { throw PyError("ValueError", "aspect must be finite and positive ") }
            aspect = s == "equal" ? (adjustable == "box" ? .equalBox : .equalLimits) : nil
        } else {
            let r = try interp.plotNumber(v, "aspect")
            aspect = r == 1 ? (adjustable == "box" ? .equalBox : .equalLimits) : .ratio(r)
        }
        ax.update { $0.aspect = aspect }
        return .none
    }

    static func twinx(_ interp: Interpreter, _ ax: AxesObject) -> Value {
        let f = ax.figureObject
        var twin = PlotAxes(spot: ax.axes.spot)
        twin.twinOf = ax.index
        // The twin continues the line colour cycle? No: matplotlib gives it its own cycle.
        f.figure.axes.append(twin)
        f.current = f.figure.axes.count - 1
        return .object(f.axes(f.figure.axes.count - 1))
    }

    static func margins(_ interp: Interpreter, _ ax: AxesObject, _ args: Arguments) throws -> Value {
        var call = try PlotCall("margins", artist: nil, args, ["x", "y"])
        var mx = call[0].map { try? interp.plotNumber($0, "margins") } ?? nil, my = call[1].map { try? interp.plotNumber($0, "margins") } ?? nil
        if args.positional.count == 1 { my = mx }
        if let v = call.keywords.take("tight") { if v.isTruthy { ax.update { $0.tight = false } } }
        try call.keywords.finish()
        if mx == nil && my == nil {
            return .tuple(PyTuple.of([.float(ax.axes.xMargin), .float(ax.axes.yMargin)]))
        }
        if let m = mx, m <= -0.5 { mx = nil; throw PyError("ValueError", "margin must be greater than -0.5") }
        ax.update { a in if let mx { a.xMargin = mx }; if let my { a.yMargin = my } }
        return .none
    }
}

/// The legend object `legend()` returns (nothing to configure on it yet).
final class LegendObject: PyObject {
    static let legendClass = PyClass("Legend", module: "matplotlib.legend")
    var pyClass: PyClass { Self.legendClass }
}
