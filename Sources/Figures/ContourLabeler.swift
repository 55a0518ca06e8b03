import Foundation

/// One inline contour label: its text, centre and rotation in output pixels.
public struct ContourLabel: Sendable, Hashable {
    public var text: String
    public var center: Point
    /// Clockwise rotation in degrees as SVG's `rotate()` takes it, within [-90, 90).
    public var rotation: Double
    /// The contour level labelled.
    public var level: Double
}

/// Inline contour labels placed as matplotlib's `clabel(inline=True)` places them.
///
/// Works in output pixels (y down). For each labelled level, each connected line long enough to
/// hold its label (`print_label`) is cut into blocks of `label width` vertices; the label goes at
/// the middle vertex of the straightest block (`locate_label`) that is not within 1.2 label
/// widths of an earlier label and, unlike matplotlib, whose rotated box stays inside the frame. A
/// line with no such block gets no label (matplotlib would overlap one). The line is broken
/// under the label plus 5 px on each side, and the label is rotated along the chord between
/// the points half a label width either side, kept right side up.
public struct ContourLabeler {
    /// Label font size in pixels.
    public var fontSize: Double
    /// The axes box in pixels (y down) labels must stay inside.
    public var frame: (x0: Double, y0: Double, x1: Double, y1: Double)
    /// Extra gap in pixels cut from the line on each side of a label (clabel's inline_spacing).
    public var spacing: Double = 5
    /// Labels placed so far, in placement order.
    public private(set) var labels: [ContourLabel] = []

    /// A labeler for text of `fontSize` px inside the axes `frame` (pixel box, y down).
    public init(fontSize: Double, frame: (x0: Double, y0: Double, x1: Double, y1: Double)) {
        self.fontSize = fontSize
        self.frame = frame
    }

    /// Label texts for the labelled levels, as clabel's default formatter writes them
    /// (`ScalarFormatter(useOffset=False)` on a dummy axis, each level formatted with all
    /// labelled levels as `get_text` does).
    public static func labelTexts(_ levels: [Double]) -> [String] {
        let f = ScalarFormatter(viewInterval: (0, 1))
        // get_text formats [*levels, lev]: with two or more levels the repeated one changes
        // neither the range nor the rounding test, so one pass gives the same texts.
        if levels.count >= 2 { return f.formatTicks(levels) }
        return levels.map { f.formatTicks([$0, $0])[1] }
    }

    /// Labels `lines` (pixel coordinates) of one level with `text`; returns the lines broken
    /// under the labels placed.
    public mutating func label(_ lines: [Polyline], text: String, level: Double) -> [Polyline] {
        let lw = TextWidth.of(text, fontSize: fontSize)
        let height = fontSize * 1.17
        var out: [Polyline] = []
        for line in lines {
            if let (label, pieces) = place(line, width: lw, height: height, text: text, level: level) {
                labels.append(label)
                out += pieces
            } else {
                out.append(line)
            }
        }
        return out
    }

    private func printable(_ pts: [Point], closed: Bool, width lw: Double) -> Bool {
        let n = pts.count + (closed ? 1 : 0)
        if Double(n) > 10 * lw { return true }
        guard let first = pts.first else { return false }
        var minX = first.x, maxX = first.x, minY = first.y, maxY = first.y
        for p in pts {
            minX = min(minX, p.x); maxX = max(maxX, p.x)
            minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        return maxX - minX > 1.2 * lw || maxY - minY > 1.2 * lw
    }

    private func tooClose(_ p: Point, width lw: Double) -> Bool {
        let thresh = (1.2 * lw) * (1.2 * lw)
        return labels.contains { ($0.center.x - p.x) * ($0.center.x - p.x) + ($0.center.y - p.y) * ($0.center.y - p.y) < thresh }
    }

    private func place(_ line: Polyline, width lw: Double, height: Double, text: String,
                       level: Double) -> (ContourLabel, [Polyline])? {
        var pts = line.points
        if line.closed, let first = pts.first { pts.append(first) }
        guard printable(line.points, closed: line.closed, width: lw) else { return nil }
        let n = pts.count
        // Cumulative arc length.
        var cum = [Double](repeating: 0, count: n)
        for k in 1..<n {
            cum[k] = cum[k - 1] + hypot(pts[k].x - pts[k - 1].x, pts[k].y - pts[k - 1].y)
        }
        let total = cum[n - 1]
        // locate_label: blocks of int(lw) vertices, cycling past the end as np.resize does.
        let nBlocks = lw > 1 ? Int((Double(n) / lw).rounded(.up)) : 1
        let blockSize = nBlocks == 1 ? n : Int(lw)
        guard blockSize > 0 else { return nil }
        var distances: [(Double, Int)] = []
        for b in 0..<nBlocks {
            let f = pts[(b * blockSize) % n], l = pts[(b * blockSize + blockSize - 1) % n]
            let len = hypot(l.x - f.x, l.y - f.y)
            var sum = 0.0
            for k in 0..<blockSize {
                let p = pts[(b * blockSize + k) % n]
                // Screen y is up in matplotlib; the absolute value makes the sign irrelevant.
                let s = (f.y - p.y) * (l.x - f.x) - (f.x - p.x) * (l.y - f.y)
                sum += abs(s) / len
            }
            distances.append((sum.isNaN ? .infinity : sum, b))
        }
        distances.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        let half = blockSize / 2
        for (_, b) in distances {
            let idx = (b * blockSize + half) % n
            let centre = pts[idx]
            if tooClose(centre, width: lw) { continue }
            let s = cum[idx]
            let a0 = at(s - lw / 2, pts, cum, closed: line.closed, total: total)
            let a1 = at(s + lw / 2, pts, cum, closed: line.closed, total: total)
            // matplotlib's angle is in y-up screen space; SVG rotation is clockwise in y-down.
            var angle = atan2(-(a1.y - a0.y), a1.x - a0.x) * 180 / .pi
            angle = pyMod(angle + 90, 180) - 90
            let rad = angle * .pi / 180
            let hx = abs(cos(rad)) * lw / 2 + abs(sin(rad)) * height / 2
            let hy = abs(sin(rad)) * lw / 2 + abs(cos(rad)) * height / 2
            guard centre.x - hx >= frame.x0 + 1, centre.x + hx <= frame.x1 - 1,
                  centre.y - hy >= frame.y0 + 1, centre.y + hy <= frame.y1 - 1 else { continue }
            let label = ContourLabel(text: text, center: centre, rotation: -angle == 0 ? 0 : -angle, level: level)
            let pieces = cut(pts, cum, closed: line.closed, from: s - lw / 2 - spacing, to: s + lw / 2 + spacing)
            return (label, pieces)
        }
        return nil
    }

    private func pyMod(_ a: Double, _ b: Double) -> Double {
        let r = fmod(a, b)
        return r < 0 ? r + b : r
    }

    /// The point at arc length `s` (clamped for open lines, wrapped for loops).
    private func at(_ s: Double, _ pts: [Point], _ cum: [Double], closed: Bool, total: Double) -> Point {
        var s = s
        if closed && total > 0 { s = pyMod(s, total) }
        if s <= 0 { return pts[0] }
        if s >= total { return pts[pts.count - 1] }
        var lo = 0, hi = cum.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if cum[mid] <= s { lo = mid } else { hi = mid }
        }
        let seg = cum[hi] - cum[lo]
        let t = seg > 0 ? (s - cum[lo]) / seg : 0
        return Point(pts[lo].x + t * (pts[hi].x - pts[lo].x), pts[lo].y + t * (pts[hi].y - pts[lo].y))
    }

    /// The line without its stretch between arc lengths `a` and `b`.
    private func cut(_ pts: [Point], _ cum: [Double], closed: Bool, from a: Double, to b: Double) -> [Polyline] {
        let total = cum[cum.count - 1]
        if closed {
            guard b - a < total else { return [] }
            // Keep arc b ... a + total, going round the loop.
            var kept = [at(b, pts, cum, closed: true, total: total)]
            let n = pts.count - 1
            for k in 0..<(2 * n) {
                let idx = k % n
                let arc = cum[idx] + (k >= n ? total : 0)
                if arc > b && arc < a + total { kept.append(pts[idx]) }
            }
            kept.append(at(a + total, pts, cum, closed: true, total: total))
            return kept.count >= 2 ? [Polyline(points: kept, closed: false)] : []
        }
        var out: [Polyline] = []
        if a > 0 {
            var before = pts.indices.filter { cum[$0] < a }.map { pts[$0] }
            before.append(at(a, pts, cum, closed: false, total: total))
            if before.count >= 2 { out.append(Polyline(points: before, closed: false)) }
        }
        if b < total {
            var after = [at(b, pts, cum, closed: false, total: total)]
            after += pts.indices.filter { cum[$0] > b }.map { pts[$0] }
            if after.count >= 2 { out.append(Polyline(points: after, closed: false)) }
        }
        return out
    }
}
