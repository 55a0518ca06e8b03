import Foundation

extension PlotRenderer {
    /// The colorbar's ticks: AutoLocator over the value range, or the band edges thinned to at
    /// most 10 as `FixedLocator(levels, nbins=10)` thins them.
    static func colorbarTicks(_ cb: PlotColorbar, length: Double) -> AxisTicks {
        if let b = cb.boundaries {
            let step = max(Int((Double(b.count) / 10).rounded(.up)), 1)
            var ticks = Swift.stride(from: 0, to: b.count, by: step).map { b[$0] }
            for i in Swift.stride(from: 1, to: step, by: 1) {
                let alt = Swift.stride(from: i, to: b.count, by: step).map { b[$0] }
                if let a = alt.map(abs).min(), let c = ticks.map(abs).min(), a < c { ticks = alt }
            }
            var t = AxisTicks()
            t.values = ticks
            t.labels = ScalarFormatter(viewInterval: (cb.vmin, cb.vmax), useOffset: true).formatTicks(ticks)
            return t
        }
        return AxisTicks.linear(lo: cb.vmin, hi: cb.vmax, lengthPx: length, vertical: !cb.horizontal)
    }

    func drawColorbar(_ cb: PlotColorbar, rect r: PixelRect, clipId: String, into out: inout String) -> DrawnBox {
        let num = SVGFormat.num
        var box = DrawnBox()
        box.add(r)
        let lo = cb.vmin, hi = cb.vmax
        guard hi > lo else { return box }
        // Position along the bar: bottom to top (vertical) or left to right.
        func along(_ v: Double) -> Double {
            let f = (v - lo) / (hi - lo)
            return cb.horizontal ? r.x0 + f * r.width : r.y1 - f * r.height
        }
        out += "<g class=\"fig-colorbar\">\n"
        if let b = cb.boundaries, let colors = cb.bandColors, b.count >= 2 {
            for i in 0..<(b.count - 1) where i < colors.count {
                let a = along(b[i]), c = along(b[i + 1])
                let col = colors[i]
                if cb.horizontal {
                    out += "<rect x=\"\(num(min(a, c), 1))\" y=\"\(num(r.y0, 1))\" width=\"\(num(abs(c - a) + 0.2, 1))\" height=\"\(num(r.height, 1))\" fill=\"\(col.svg)\"\(opacity(col, "fill"))/>"
                } else {
                    out += "<rect x=\"\(num(r.x0, 1))\" y=\"\(num(min(a, c), 1))\" width=\"\(num(r.width, 1))\" height=\"\(num(abs(c - a) + 0.2, 1))\" fill=\"\(col.svg)\"\(opacity(col, "fill"))/>"
                }
            }
            out += "\n"
        } else {
            let id = clipId + "g"
            let (x2, y1) = cb.horizontal ? ("1", "0") : ("0", "1")
            out += "<linearGradient id=\"\(id)\" x1=\"0\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"0\">"
            let n = 32
            for k in 0...n {
                let f = Double(k) / Double(n)
                out += "<stop offset=\"\(num(f, 3))\" stop-color=\"\(cb.colormap.color(f).svg)\"/>"
            }
            out += "</linearGradient>\n"
            out += "<rect x=\"\(num(r.x0, 1))\" y=\"\(num(r.y0, 1))\" width=\"\(num(r.width, 1))\" height=\"\(num(r.height, 1))\" fill=\"url(#\(id))\"/>\n"
        }
        let ticks = Self.colorbarTicks(cb, length: cb.horizontal ? r.width : r.height)
        var d = ""
        let tl = num(Style.tickLength, 1)
        for v in ticks.values where v >= lo - 1e-9 * (hi - lo) && v <= hi + 1e-9 * (hi - lo) {
            d += cb.horizontal ? "M\(num(along(v), 1)) \(num(r.y1, 1))v\(tl)" : "M\(num(r.x1, 1)) \(num(along(v), 1))h\(tl)"
        }
        out += "<g stroke=\"currentColor\" stroke-width=\"\(num(Style.axesLineWidth, 2))\" fill=\"none\"><rect x=\"\(num(r.x0, 1))\" y=\"\(num(r.y0, 1))\" width=\"\(num(r.width, 1))\" height=\"\(num(r.height, 1))\"/><path d=\"\(d)\"/></g>\n"
        let fs = Style.tickLabelSize
        out += "<g fill=\"currentColor\" text-anchor=\"\(cb.horizontal ? "middle" : "start")\">"
        var edge = cb.horizontal ? r.y1 : r.x1
        for (v, s) in zip(ticks.values, ticks.labels) where v >= lo - 1e-9 * (hi - lo) && v <= hi + 1e-9 * (hi - lo) {
            let w = Self.tickWidth(s, fs)
            if cb.horizontal {
                let top = r.y1 + Style.tickLength + Style.tickPad
                out += "<text x=\"\(num(along(v), 1))\" y=\"\(num(top + 0.8 * fs, 1))\">\(s)</text>"
                box.add(along(v) - w / 2, top, along(v) + w / 2, top + 1.03 * fs)
                edge = max(edge, top + 1.03 * fs)
            } else {
                let x = r.x1 + Style.tickLength + Style.tickPad
                out += "<text x=\"\(num(x, 1))\" y=\"\(num(along(v) + 0.36 * fs, 1))\">\(s)</text>"
                box.add(x, along(v) - 0.5 * fs, x + w, along(v) + 0.5 * fs)
                edge = max(edge, x + w)
            }
        }
        out += "</g>\n"
        if !ticks.offsetText.isEmpty {
            let s = ticks.offsetText
            out += "<text x=\"\(num(r.x0, 1))\" y=\"\(num(r.y0 - 0.4 * fs, 1))\" fill=\"currentColor\">\(s)</text>\n"
            box.add(r.x0, r.y0 - 1.2 * fs, r.x0 + TextWidth.of(s, fontSize: fs), r.y0)
        }
        if !cb.label.isEmpty {
            var t = PlotText(text: cb.label, x: 0, y: 0)
            t.horizontalAlignment = "center"
            t.verticalAlignment = "top"
            if cb.horizontal {
                box.add(drawText(t, at: Point((r.x0 + r.x1) / 2, edge + Style.labelPad), into: &out, cls: "fig-cblabel"))
            } else {
                t.rotation = 90
                t.rotateAboutAnchor = true
                t.verticalAlignment = "top"
                box.add(drawText(t, at: Point(edge + Style.labelPad, (r.y0 + r.y1) / 2), into: &out, cls: "fig-cblabel"))
            }
        }
        out += "</g>\n"
        return box
    }
}
