import Foundation

extension PlotRenderer {
    /// Draws axes `k` (artists, frame, ticks, labels, legend, colorbars); returns what it covers.
    func drawAxes(_ k: Int, _ layouts: [AxesLayout], into out: inout String) -> DrawnBox {
        let axes = figure.axes[k]
        let L = layouts[k]
        let r = L.rect
        let num = SVGFormat.num
        var box = DrawnBox()
        let clip = "\(idPrefix)c\(k)"
        out += "<g class=\"fig-panel\">\n"
        if let face = axes.facecolor, face.a > 0 {
            out += "<rect x=\"\(num(r.x0, 1))\" y=\"\(num(r.y0, 1))\" width=\"\(num(r.width, 1))\" height=\"\(num(r.height, 1))\" fill=\"\(face.svg)\"\(opacity(face, "fill"))/>\n"
        }
        out += "<clipPath id=\"\(clip)\"><rect x=\"\(num(r.x0, 1))\" y=\"\(num(r.y0, 1))\" width=\"\(num(r.width, 1))\" height=\"\(num(r.height, 1))\"/></clipPath>\n"
        // Artists in z-order (stable), the grid at 1.5 between patches and lines.
        let order = axes.artists.indices.sorted { (axes.artists[$0].zorder, $0) < (axes.artists[$1].zorder, $1) }
        var clipped = ""
        var unclipped = ""
        var gridDrawn = axes.grid == nil || axes.axisOff
        var cycleIndex = 0
        _ = cycleIndex
        for i in order {
            let artist = axes.artists[i]
            if !gridDrawn && artist.zorder > 1.5 {
                drawGrid(axes, L, into: &clipped)
                gridDrawn = true
            }
            switch artist {
            case .text(let t):
                box.add(drawAxesText(t, L, into: &unclipped))
            default:
                drawArtist(artist, L, clipId: clip, into: &clipped)
            }
            cycleIndex += 1
        }
        if !gridDrawn { drawGrid(axes, L, into: &clipped) }
        if !clipped.isEmpty { out += "<g clip-path=\"url(#\(clip))\">\n" + clipped + "</g>\n" }
        if !axes.axisOff {
            box.add(drawFrameAndTicks(axes, L, into: &out))
        }
        box.add(r)
        out += unclipped
        if let legend = axes.legend {
            box.add(drawLegend(legend, axes: axes, layout: L, into: &out))
        }
        for (cb, rect) in zip(axes.colorbars, L.colorbarRects) {
            box.add(drawColorbar(cb, rect: rect, clipId: "\(clip)b", into: &out))
        }
        out += "</g>\n"
        return box
    }

    func opacity(_ c: PlotColor, _ attr: String) -> String {
        c.a < 1 ? " \(attr)-opacity=\"\(SVGFormat.num(c.a, 3))\"" : ""
    }

    private func drawGrid(_ axes: PlotAxes, _ L: AxesLayout, into out: inout String) {
        guard let which = axes.grid else { return }
        let num = SVGFormat.num
        var d = ""
        let r = L.rect
        if which != "y" {
            for v in L.xTicks.values { d += "M\(num(L.xm.px(v), 1)) \(num(r.y0, 1))V\(num(r.y1, 1))" }
        }
        if which != "x" {
            for v in L.yTicks.values { d += "M\(num(r.x0, 1)) \(num(L.ym.px(v), 1))H\(num(r.x1, 1))" }
        }
        guard !d.isEmpty else { return }
        if let s = axes.gridStyle {
            out += "<path class=\"fig-grid\"\(strokeAttributes(color: s.color, width: s.lineWidth, style: s.lineStyle, alpha: s.alpha).replacingOccurrences(of: " stroke-linecap=\"square\"", with: "")) d=\"\(d)\"/>\n"
        } else {
            out += "<path class=\"fig-grid\" stroke=\"#b0b0b0\" stroke-width=\"\(num(0.8 * Style.pt, 2))\" d=\"\(d)\"/>\n"
        }
    }

    /// Spines, ticks, tick labels, axis labels and titles.
    private func drawFrameAndTicks(_ axes: PlotAxes, _ L: AxesLayout, into out: inout String) -> DrawnBox {
        let num = SVGFormat.num
        let r = L.rect
        var box = DrawnBox()
        let isTwin = axes.twinOf != nil
        let yRight = isTwin
        let lw = num(Style.axesLineWidth, 2)
        out += "<g class=\"fig-axes\" stroke=\"currentColor\" stroke-width=\"\(lw)\" fill=\"none\">\n"
        if !isTwin {
            out += "<rect x=\"\(num(r.x0, 1))\" y=\"\(num(r.y0, 1))\" width=\"\(num(r.width, 1))\" height=\"\(num(r.height, 1))\"/>\n"
        }
        var d = ""
        let tl = num(Style.tickLength, 1), mtl = num(Style.minorTickLength, 1)
        if !isTwin {
            for v in L.xTicks.values { d += "M\(num(L.xm.px(v), 1)) \(num(r.y1, 1))v\(tl)" }
            for v in L.xTicks.minor { d += "M\(num(L.xm.px(v), 1)) \(num(r.y1, 1))v\(mtl)" }
        }
        let yx = yRight ? r.x1 : r.x0
        let sign = yRight ? "" : "-"
        for v in L.yTicks.values { d += "M\(num(yx, 1)) \(num(L.ym.px(v), 1))h\(sign)\(tl)" }
        for v in L.yTicks.minor { d += "M\(num(yx, 1)) \(num(L.ym.px(v), 1))h\(sign)\(mtl)" }
        if !d.isEmpty { out += "<path d=\"\(d)\"/>\n" }
        out += "</g>\n"

        let fs = Style.tickLabelSize
        var xLabelTop = r.y1
        var tickText = ""
        if !isTwin && axes.x.tickLabelsVisible && !L.xTicks.values.isEmpty {
            let top = r.y1 + Style.tickLength + Style.tickPad
            var bottom = top
            let rot = axes.x.tickRotation
            tickText += "<g text-anchor=\"\(rot == 0 ? "middle" : "end")\">"
            for (v, s) in zip(L.xTicks.values, L.xTicks.labels) where !s.isEmpty {
                let x = L.xm.px(v)
                let w = Self.tickWidth(s, fs)
                if rot == 0 {
                    let base = top + 0.796 * fs
                    tickText += "<text x=\"\(num(x, 1))\" y=\"\(num(base, 1))\">\(Self.tickSVG(s))</text>"
                    box.add(x - w / 2, top, x + w / 2, base + 0.24 * fs)
                    bottom = max(bottom, base + 0.24 * fs)
                } else {
                    // Rotated labels (`rotation=45`) hang from their end at the tick.
                    let rad = rot * .pi / 180
                    let cx = x, cy = top + 0.5 * fs * cos(rad)
                    tickText += "<text x=\"\(num(cx, 1))\" y=\"\(num(cy + 0.36 * fs, 1))\" transform=\"rotate(\(num(-rot, 1)) \(num(cx, 1)) \(num(cy, 1)))\">\(Self.tickSVG(s))</text>"
                    let ext = w * sin(rad) + fs * cos(rad)
                    box.add(cx - w * cos(rad), top, cx + 0.5 * fs, top + ext)
                    bottom = max(bottom, top + ext)
                }
            }
            tickText += "</g>\n"
            xLabelTop = bottom
            if !L.xTicks.offsetText.isEmpty {
                let s = L.xTicks.offsetText
                tickText += "<text x=\"\(num(r.x1, 1))\" y=\"\(num(bottom + 0.96 * fs, 1))\" text-anchor=\"end\">\(s)</text>\n"
                box.add(r.x1 - TextWidth.of(s, fontSize: fs), bottom, r.x1, bottom + 1.2 * fs)
            }
        }
        var yLabelEdge = yRight ? r.x1 : r.x0
        if axes.y.tickLabelsVisible && !L.yTicks.values.isEmpty {
            let edge = yRight ? r.x1 + Style.tickLength + Style.tickPad : r.x0 - Style.tickLength - Style.tickPad
            tickText += "<g text-anchor=\"\(yRight ? "start" : "end")\">"
            for (v, s) in zip(L.yTicks.values, L.yTicks.labels) where !s.isEmpty {
                let y = L.ym.px(v)
                let w = Self.tickWidth(s, fs)
                tickText += "<text x=\"\(num(edge, 1))\" y=\"\(num(y + 0.36 * fs, 1))\">\(Self.tickSVG(s))</text>"
                if yRight {
                    box.add(edge, y - 0.5 * fs, edge + w, y + 0.5 * fs)
                    yLabelEdge = max(yLabelEdge, edge + w)
                } else {
                    box.add(edge - w, y - 0.5 * fs, edge, y + 0.5 * fs)
                    yLabelEdge = min(yLabelEdge, edge - w)
                }
            }
            tickText += "</g>\n"
            if !L.yTicks.offsetText.isEmpty {
                let s = L.yTicks.offsetText
                let x = yRight ? r.x1 : r.x0
                tickText += "<text x=\"\(num(x, 1))\" y=\"\(num(r.y0 - 0.4 * fs, 1))\" text-anchor=\"\(yRight ? "end" : "start")\">\(s)</text>\n"
                box.add(x, r.y0 - 1.2 * fs, x + (yRight ? -1 : 1) * TextWidth.of(s, fontSize: fs), r.y0)
            }
        }
        if !tickText.isEmpty {
            out += "<g class=\"fig-ticklabels\" fill=\"currentColor\">\n" + tickText + "</g>\n"
        }
        if !axes.x.label.isEmpty && !isTwin {
            var t = PlotText(text: axes.x.label, x: 0, y: 0)
            t.fontSize = axes.x.labelSize
            t.horizontalAlignment = "center"
            t.verticalAlignment = "top"
            box.add(drawText(t, at: Point((r.x0 + r.x1) / 2, xLabelTop + Style.labelPad), into: &out, cls: "fig-xlabel"))
        }
        if !axes.y.label.isEmpty {
            var t = PlotText(text: axes.y.label, x: 0, y: 0)
            t.fontSize = axes.y.labelSize
            t.horizontalAlignment = "center"
            t.verticalAlignment = yRight ? "top" : "bottom"
            t.rotation = 90
            t.rotateAboutAnchor = true
            let x = yRight ? yLabelEdge + Style.labelPad : yLabelEdge - Style.labelPad
            box.add(drawText(t, at: Point(x, (r.y0 + r.y1) / 2), into: &out, cls: "fig-ylabel"))
        }
        let titleY = r.y0 - Style.titlePad
        for (text, align, x) in [(axes.title, "center", (r.x0 + r.x1) / 2), (axes.titleLeft, "left", r.x0), (axes.titleRight, "right", r.x1)]
        where !text.isEmpty {
            var t = PlotText(text: text, x: 0, y: 0)
            t.horizontalAlignment = align
            t.fontSize = axes.titleSize
            box.add(drawText(t, at: Point(x, titleY), into: &out, cls: "fig-title"))
        }
        return box
    }

    /// Width of a tick label; "10^3" labels have a superscript.
    static func tickWidth(_ s: String, _ fs: Double) -> Double {
        let parts = s.split(separator: "^", maxSplits: 1).map(String.init)
        if parts.count == 2 { return TextWidth.of(parts[0], fontSize: fs) + TextWidth.of(parts[1], fontSize: 0.7 * fs) }
        return MathText.width(s, fontSize: fs)
    }

    static func tickSVG(_ s: String) -> String {
        let parts = s.split(separator: "^", maxSplits: 1).map(String.init)
        if parts.count == 2 && !s.contains("$") {
            return "\(parts[0])<tspan dy=\"-.45em\" font-size=\"70%\">\(parts[1])</tspan>"
        }
        return MathText.svg(s)
    }

    /// Text at a pixel position with matplotlib's alignment rules; returns its extent.
    func drawText(_ t: PlotText, at p: Point, into out: inout String, cls: String?) -> DrawnBox {
        let num = SVGFormat.num
        let fs = t.fontSize * Style.pt
        let lines = t.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let widths = lines.map { MathText.width($0, fontSize: fs) }
        let w = widths.max() ?? 0
        let lineStep = 1.2 * fs
        let h = LegendLayout.textHeight * fs + lineStep * Double(lines.count - 1)
        // Box offsets in the text's own (unrotated) frame: top of the first line to the bottom.
        let topToBaseline = (LegendLayout.textHeight - LegendLayout.textDescent) * fs
        var top: Double
        switch t.verticalAlignment {
        case "top": top = 0
        case "center": top = -h / 2
        case "bottom": top = -h
        default: top = -topToBaseline  // baseline
        }
        var left: Double
        let anchor: String
        switch t.horizontalAlignment {
        case "center": left = -w / 2; anchor = "middle"
        case "right": left = -w; anchor = "end"
        default: left = 0; anchor = "start"
        }
        // matplotlib aligns the rotated text's bounding box, not the unrotated one.
        let rad = t.rotation * .pi / 180
        let c = cos(rad), s = sin(rad)
        var ox = 0.0, oy = 0.0
        if t.rotation != 0 && !t.rotateAboutAnchor {
            let corners = [(left, top), (left + w, top), (left, top + h), (left + w, top + h)].map { (x: $0.0 * c + $0.1 * s, y: -$0.0 * s + $0.1 * c) }
            let minX = corners.map(\.x).min()!, maxX = corners.map(\.x).max()!
            let minY = corners.map(\.y).min()!, maxY = corners.map(\.y).max()!
            switch t.horizontalAlignment {
            case "center": ox = -(minX + maxX) / 2
            case "right": ox = -maxX
            default: ox = -minX
            }
            switch t.verticalAlignment {
            case "top": oy = -minY
            case "center": oy = -(minY + maxY) / 2
            case "bottom": oy = -maxY
            default: oy = -(-0.0)  // baseline: rotate about the anchor
            }
            if t.verticalAlignment == "baseline" { ox = 0; oy = 0 }
        }
        let ax = p.x + ox, ay = p.y + oy
        var attrs = ""
        if let cls { attrs += " class=\"\(cls)\"" }
        attrs += " text-anchor=\"\(anchor)\""
        attrs += " fill=\"\(t.color.map { $0.svg } ?? "currentColor")\""
        if let col = t.color, col.a < 1 { attrs += " fill-opacity=\"\(num(col.a, 3))\"" }
        if abs(fs - 10 * Style.pt) > 0.01 { attrs += " font-size=\"\(num(fs, 1))\"" }
        if t.bold { attrs += " font-weight=\"bold\"" }
        let bx = ax, by = ay
        if t.rotation != 0 { attrs += " transform=\"rotate(\(num(-t.rotation, 1)) \(num(bx, 1)) \(num(by, 1)))\"" }
        if let bg = t.boxColor {
            let pad = 0.3 * fs
            out += "<rect x=\"\(num(bx + left - pad, 1))\" y=\"\(num(by + top - pad, 1))\" width=\"\(num(w + 2 * pad, 1))\" height=\"\(num(h + 2 * pad, 1))\" rx=\"\(num(pad, 1))\" fill=\"\(bg.svg)\"\(opacity(bg, "fill")) stroke=\"currentColor\" stroke-width=\"1\"/>\n"
        }
        var x = bx
        if anchor == "start" { x = bx + left } else if anchor == "end" { x = bx + left + w } else { x = bx + left + w / 2 }
        let baseline = by + top + topToBaseline
        if lines.count == 1 {
            out += "<text x=\"\(num(x, 1))\" y=\"\(num(baseline, 1))\"\(attrs)>\(MathText.svg(t.text))</text>\n"
        } else {
            out += "<text\(attrs)>"
            for (k, line) in lines.enumerated() {
                out += "<tspan x=\"\(num(x, 1))\" y=\"\(num(baseline + Double(k) * lineStep, 1))\">\(MathText.svg(line))</tspan>"
            }
            out += "</text>\n"
        }
        var box = DrawnBox()
        let corners = [(left, top), (left + w, top), (left, top + h), (left + w, top + h)]
        for (x0, y0) in corners {
            box.add(bx + x0 * c + y0 * s, by - x0 * s + y0 * c, bx + x0 * c + y0 * s, by - x0 * s + y0 * c)
        }
        return box
    }

    /// `text`/`annotate` in an axes (data or axes coordinates), with the annotation's arrow.
    private func drawAxesText(_ t: PlotText, _ L: AxesLayout, into out: inout String) -> DrawnBox {
        func place(_ x: Double, _ y: Double, axesCoordinates: Bool) -> Point {
            axesCoordinates ? Point(L.rect.x0 + x * L.rect.width, L.rect.y1 - y * L.rect.height) : Point(L.xm.px(x), L.ym.px(y))
        }
        var p = place(t.x, t.y, axesCoordinates: t.axesCoordinates)
        if let o = t.offsetPoints { p = Point(p.x + o.0 * Style.pt, p.y - o.1 * Style.pt) }
        var box = DrawnBox()
        if let to = t.arrowTo {
            let q = place(to.x, to.y, axesCoordinates: to.axesCoordinates)
            box.add(drawArrow(from: p, to: q, text: t, into: &out))
        }
        box.add(drawText(t, at: p, into: &out, cls: "fig-text"))
        return box
    }

    /// An annotation arrow from the text to the point, shortened at the text end, with a head.
    private func drawArrow(from p: Point, to q: Point, text t: PlotText, into out: inout String) -> DrawnBox {
        let num = SVGFormat.num
        let dx = q.x - p.x, dy = q.y - p.y
        let len = (dx * dx + dy * dy).squareRoot()
        guard len > 1 else { return DrawnBox() }
        let ux = dx / len, uy = dy / len
        let fs = t.fontSize * Style.pt
        let start = Point(p.x + ux * 0.6 * fs, p.y + uy * 0.6 * fs)
        let head = 8.0, half = 3.5
        let base = Point(q.x - ux * head, q.y - uy * head)
        let colour = (t.arrowColor ?? t.color)?.svg ?? "currentColor"
        out += "<path d=\"M\(num(start.x, 1)) \(num(start.y, 1))L\(num(base.x, 1)) \(num(base.y, 1))\" stroke=\"\(colour)\" stroke-width=\"\(num(Style.pt, 2))\"/>"
        out += "<path d=\"M\(num(q.x, 1)) \(num(q.y, 1))L\(num(base.x - uy * half, 1)) \(num(base.y + ux * half, 1))L\(num(base.x + uy * half, 1)) \(num(base.y - ux * half, 1))z\" fill=\"\(colour)\"/>\n"
        var box = DrawnBox()
        box.add(start.x, start.y, q.x, q.y)
        return box
    }
}
