/// Ramer-Douglas-Peucker simplification of a pixel-space polyline.
///
/// Keeps the end points and every point farther than `tolerance` from the chord of its span;
/// with a sub-pixel tolerance the drawn line is unchanged to the eye while most of the grid's
/// points on smooth stretches are dropped.
enum Simplify {
    static func rdp(_ pts: [Point], tolerance: Double) -> [Point] {
        guard pts.count > 2 else { return pts }
        var keep = [Bool](repeating: false, count: pts.count)
        keep[0] = true
        keep[pts.count - 1] = true
        let tol2 = tolerance * tolerance
        var stack: [(Int, Int)] = [(0, pts.count - 1)]
        while let (a, b) = stack.popLast() {
            guard b > a + 1 else { continue }
            let p = pts[a], q = pts[b]
            let dx = q.x - p.x, dy = q.y - p.y
            let len2 = dx * dx + dy * dy
            var best = -1.0, bestIndex = -1
            for k in (a + 1)..<b {
                let r = pts[k]
                // Distance to the chord segment (not its line), so loops are safe.
                var t = len2 > 0 ? ((r.x - p.x) * dx + (r.y - p.y) * dy) / len2 : 0
                t = min(1, max(0, t))
                let ex = p.x + t * dx - r.x, ey = p.y + t * dy - r.y
                let d2 = ex * ex + ey * ey
                if d2 > best { best = d2; bestIndex = k }
            }
            if best > tol2 {
                keep[bestIndex] = true
                stack.append((a, bestIndex))
                stack.append((bestIndex, b))
            }
        }
        var out: [Point] = []
        out.reserveCapacity(pts.count / 4)
        for (k, p) in pts.enumerated() where keep[k] { out.append(p) }
        return out
    }
}
