import Foundation

extension MarkerShape {
    /// The outline in units of the marker size, y down (matplotlib's marker paths).
    var outline: [[Point]] {
        func poly(_ n: Int, star: Bool = false) -> [Point] {
            var pts: [Point] = []
            let count = star ? 2 * n : n
            for k in 0..<count {
                let theta = 2 * Double.pi * Double(k) / Double(count) + .pi / 2
                let r = star && k % 2 == 1 ? 0.5 * 0.381966 : 0.5
                pts.append(Point(r * cos(theta), -r * sin(theta)))
            }
            return pts
        }
        let d = 0.5.squareRoot()
        switch self {
        case .triangleUp: return [[Point(0, -0.5), Point(-0.5, 0.5), Point(0.5, 0.5)]]
        case .triangleDown: return [[Point(0, 0.5), Point(-0.5, -0.5), Point(0.5, -0.5)]]
        case .triangleLeft: return [[Point(-0.5, 0), Point(0.5, -0.5), Point(0.5, 0.5)]]
        case .triangleRight: return [[Point(0.5, 0), Point(-0.5, -0.5), Point(-0.5, 0.5)]]
        case .diamond: return [[Point(0, -d), Point(d, 0), Point(0, d), Point(-d, 0)]]
        case .thinDiamond: return [[Point(0, -d), Point(0.6 * d, 0), Point(0, d), Point(-0.6 * d, 0)]]
        case .pentagon: return [poly(5)]
        case .hexagon: return [poly(6)]
        case .star: return [poly(5, star: true)]
        case .plus: return [[Point(-0.5, 0), Point(0.5, 0)], [Point(0, -0.5), Point(0, 0.5)]]
        case .x: return [[Point(-0.5, -0.5), Point(0.5, 0.5)], [Point(-0.5, 0.5), Point(0.5, -0.5)]]
        case .vline: return [[Point(0, -0.5), Point(0, 0.5)]]
        case .hline: return [[Point(-0.5, 0), Point(0.5, 0)]]
        case .plusFilled:
            let a = 1.0 / 6, b = 0.5
            return [[Point(-a, -b), Point(a, -b), Point(a, -a), Point(b, -a), Point(b, a), Point(a, a),
                     Point(a, b), Point(-a, b), Point(-a, a), Point(-b, a), Point(-b, -a), Point(-a, -a)]]
        case .xFilled:
            let pts = MarkerShape.plusFilled.outline[0]
            let c = cos(Double.pi / 4), s = sin(Double.pi / 4)
            return [pts.map { Point(($0.x * c - $0.y * s) * 1.2, ($0.x * s + $0.y * c) * 1.2) }]
        case .circle, .point, .pixel, .square: return []
        }
    }
}

extension PlotRenderer {
    /// Markers at pixel points. Circles and squares are zero-length strokes with round or
    /// square caps (a dozen bytes a marker); other shapes are outlines. `separate` draws each
    /// marker as its own element so translucent markers darken where they overlap, as
    /// matplotlib's do.
    func drawMarkers(_ points: [Point], shape: MarkerShape, size: Double, face: [PlotColor], edge: [PlotColor],
                     edgeWidth: Double, separate: Bool, into out: inout String) {
        guard !points.isEmpty else { return }
        let num = SVGFormat.num
        var sizePx = size * Style.pt
        var ew = edgeWidth * Style.pt
        if shape == .point { sizePx *= 0.5 }
        if shape == .pixel { sizePx = 1; ew = 0 }
        // Group markers by their face and edge colours, in first-seen order.
        struct Key: Hashable { let face: PlotColor; let edge: PlotColor }
        var groups: [Key: [Point]] = [:]
        var order: [Key] = []
        for (k, p) in points.enumerated() {
            let key = Key(face: face[face.count == 1 ? 0 : k], edge: edge[edge.count == 1 ? 0 : k])
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(p)
        }
        func dots(_ pts: [Point]) -> [String] {
            pts.map { "M\(num($0.x, 1)) \(num($0.y, 1))h0" }
        }
        func emit(_ attrs: String, _ pieces: [String]) {
            if separate && pieces.count > 1 {
                out += "<g\(attrs)>" + pieces.map { "<path d=\"\($0)\"/>" }.joined() + "</g>\n"
            } else {
                out += "<path\(attrs) d=\"\(pieces.joined())\"/>\n"
            }
        }
        for key in order {
            let pts = groups[key]!
            if [.circle, .point, .square, .pixel].contains(shape) {
                let cap = shape == .square || shape == .pixel ? "square" : "round"
                // A square marker of side s: a square cap on a zero-length line is s wide.
                let outer = sizePx + (key.edge.a > 0 ? ew : 0)
                if key.edge != key.face && key.edge.a > 0 && ew > 0 {
                    emit(" class=\"fig-markers\" stroke=\"\(key.edge.svg)\"\(opacity(key.edge, "stroke")) stroke-width=\"\(num(outer, 2))\" stroke-linecap=\"\(cap)\"", dots(pts))
                    if key.face.a > 0 {
                        emit(" stroke=\"\(key.face.svg)\"\(opacity(key.face, "stroke")) stroke-width=\"\(num(max(0.1, sizePx - ew), 2))\" stroke-linecap=\"\(cap)\"", dots(pts))
                    }
                } else {
                    let c = key.face.a > 0 ? key.face : key.edge
                    emit(" class=\"fig-markers\" stroke=\"\(c.svg)\"\(opacity(c, "stroke")) stroke-width=\"\(num(key.face.a > 0 ? outer : sizePx, 2))\" stroke-linecap=\"\(cap)\"", dots(pts))
                }
                continue
            }
            let shapes = shape.outline
            let closed = shape.filled
            var pieces: [String] = []
            for p in pts {
                var d = ""
                for ring in shapes {
                    let px = ring.map { Point(p.x + $0.x * sizePx, p.y + $0.y * sizePx) }
                    d += SVGFormat.pathData([px], closed: [closed])
                }
                pieces.append(d)
            }
            var attrs = " class=\"fig-markers\""
            if closed {
                attrs += " fill=\"\(key.face.svg)\"\(opacity(key.face, "fill"))"
            } else {
                attrs += " fill=\"none\""
            }
            let stroke = closed ? key.edge : (key.edge.a > 0 ? key.edge : key.face)
            attrs += " stroke=\"\(stroke.svg)\"\(opacity(stroke, "stroke")) stroke-width=\"\(num(ew, 2))\" stroke-linejoin=\"miter\""
            emit(attrs, pieces)
        }
    }
}
