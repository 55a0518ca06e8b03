import Figures

/// A `plot` format string (`"r--"`, `"o-"`, `"k:"`, `"C1^"`): colour, line style, marker.
struct FormatString {
    var color: PlotColor?
    var lineStyle: LineStyle?
    var marker: MarkerShape?

    /// Parses `fmt` as matplotlib's `_process_plot_format` does: the whole string as a colour
    /// first, then line styles, markers, one-letter colours and `Cn`.
    static func parse(_ fmt: String) throws -> FormatString {
        var f = FormatString()
        // The whole string as a colour, unless it is an integer ("1" is the tri_down marker).
        if !fmt.isEmpty, let c = PlotColor.parse(fmt), Int(fmt) == nil {
            f.color = c
            return f
        }
        let chars = Array(fmt)
        var i = 0
        func fail(_ message: String) -> PyError {
            PyError("ValueError", "\(PyFormat.reprString(fmt)) is not a valid format string (\(message))")
        }
        while i < chars.count {
            let c = chars[i]
            let two = i + 1 < chars.count ? String(chars[i...i + 1]) : ""
            if two == "--" || two == "-." {
                if f.lineStyle != nil { throw fail("two linestyle symbols") }
                f.lineStyle = two == "--" ? .dashed : .dashDot
                i += 2
            } else if c == "-" || c == ":" {
                if f.lineStyle != nil { throw fail("two linestyle symbols") }
                f.lineStyle = c == "-" ? .solid : .dotted
                i += 1
            } else if let m = MarkerShape(rawValue: String(c)) {
                if f.marker != nil { throw fail("two marker symbols") }
                f.marker = m
                i += 1
            } else if "bgrcmykw".contains(c) {
                if f.color != nil { throw fail("two color symbols") }
                f.color = PlotColor.parse(String(c))
                i += 1
            } else if c == "C", i + 1 < chars.count, let n = chars[i + 1].wholeNumberValue {
                if f.color != nil { throw fail("two color symbols") }
                f.color = .cycle(n)
                i += 2
            } else {
                throw fail("unrecognized character \(PyFormat.reprString(String(c)))")
            }
        }
        if f.lineStyle == nil && f.marker != nil { f.lineStyle = LineStyle.none }
        return f
    }
}

extension Interpreter {
    /// A line style from its name or symbol.
    func plotLineStyle(_ v: Value) throws -> LineStyle {
        let s = try plotString(v, "linestyle")
        switch s {
        case "-", "solid": return .solid
        case "--", "dashed": return .dashed
        case "-.", "dashdot": return .dashDot
        case ":", "dotted": return .dotted
        case "", " ", "None", "none": return LineStyle.none
        default:
            throw PyError("ValueError", "\(PyFormat.reprString(s)) is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'")
        }
    }

    func plotMarker(_ v: Value) throws -> MarkerShape? {
        if case .none = v { return nil }
        let s = try plotString(v, "marker")
        if s == "None" || s == "none" || s == "" || s == " " { return nil }
        guard let m = MarkerShape(rawValue: s) ?? ["o": .circle][s] else {
            throw PyError("ValueError", "Unrecognized marker style \(PyFormat.reprString(s))")
        }
        return m
    }

    /// Applies the Line2D keywords (`color`, `linestyle`, `linewidth`, `marker`…) to a line.
    func applyLineKeywords(_ l: inout PlotLine, _ kw: inout PlotKeywords) throws {
        if let v = kw.take("color", "c") { l.color = try plotColor(v) }
        if let v = kw.take("linestyle", "ls") { l.lineStyle = try plotLineStyle(v) }
        if let v = kw.take("linewidth", "lw") { l.lineWidth = try plotNumber(v, "linewidth") }
        if let v = kw.take("marker") { l.marker = try plotMarker(v) }
        if let v = kw.take("markersize", "ms") { l.markerSize = try plotNumber(v, "markersize") }
        if let v = kw.take("markerfacecolor", "mfc") { l.markerFaceColor = try plotColor(v) }
        if let v = kw.take("markeredgecolor", "mec") { l.markerEdgeColor = try plotColor(v) }
        if let v = kw.take("markeredgewidth", "mew") { l.markerEdgeWidth = try plotNumber(v, "markeredgewidth") }
        if let v = kw.take("alpha"), !v.isNone { l.alpha = try plotNumber(v, "alpha") }
        if let v = kw.take("label") { l.label = try plotString(v, "label") }
        if let v = kw.take("zorder") { l.zorder = try plotNumber(v, "zorder") }
        if let v = kw.take("drawstyle", "ds") {
            let s = try plotString(v, "drawstyle")
            guard ["default", "steps", "steps-pre", "steps-mid", "steps-post"].contains(s) else {
                throw PyError("ValueError", "\(PyFormat.reprString(s)) is not a valid value for drawstyle; supported values are 'default', 'steps-mid', 'steps-pre', 'steps-post', 'steps'")
            }
            l.drawStyle = s == "steps" ? "steps-pre" : s
        }
        kw.accept("antialiased", "aa")
    }
}
