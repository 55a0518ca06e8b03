/// The region where gridded values exceed a level, as closed rings for an even-odd fill.
///
/// Its boundary is the level's contour lines (from `MarchingSquares`): closed loops as they
/// are, and open lines joined end to end by the stretches of the grid's border where the
/// values exceed the level. Each crossing of the border ends exactly one line and one such
/// stretch, so following line, stretch, line… always closes a ring.
struct ContourFill {
    let grid: MarchingSquares

    /// Rings in data coordinates covering {z > level}, given the level's contour lines.
    func rings(level: Double, lines: [Polyline]) -> [[Point]] {
        let x = grid.x, y = grid.y, z = grid.z
        let nx = x.count, ny = y.count
        guard nx >= 2, ny >= 2 else { return [] }
        let x0 = x[0], xn = x[nx - 1], y0 = y[0], yn = y[ny - 1]
        let w = xn - x0, h = yn - y0
        guard w != 0, h != 0 else { return [] }
        // Border position in [0, 4): bottom, right, top, left, anticlockwise.
        func param(_ p: Point) -> Double? {
            if p.y == y0 { return (p.x - x0) / w }
            if p.x == xn { return 1 + (p.y - y0) / h }
            if p.y == yn { return 2 + (xn - p.x) / w }
            if p.x == x0 { return 3 + (yn - p.y) / h }
            return nil
        }
        // Border nodes in order with their values.
        var nodes: [(t: Double, p: Point, above: Bool)] = []
        for i in 0..<nx { nodes.append(((x[i] - x0) / w, Point(x[i], y0), z[i * ny] > level)) }
        for j in 1..<ny { nodes.append((1 + (y[j] - y0) / h, Point(xn, y[j]), z[(nx - 1) * ny + j] > level)) }
        for i in stride(from: nx - 2, through: 0, by: -1) { nodes.append((2 + (xn - x[i]) / w, Point(x[i], yn), z[i * ny + ny - 1] > level)) }
        for j in stride(from: ny - 2, through: 1, by: -1) { nodes.append((3 + (yn - y[j]) / h, Point(x0, y[j]), z[j] > level)) }

        var rings: [[Point]] = []
        var open: [Polyline] = []
        for line in lines {
            if line.closed { rings.append(line.points) } else { open.append(line) }
        }
        // Crossings: (t, line index, which end: 0 start, 1 end).
        var crossings: [(t: Double, line: Int, end: Int)] = []
        for (k, line) in open.enumerated() {
            guard let a = line.points.first, let b = line.points.last, let ta = param(a), let tb = param(b) else {
                // A line ending inside the grid (a gap of non-finite values) cannot be closed.
                return rings
            }
            crossings.append((ta, k, 0))
            crossings.append((tb, k, 1))
        }
        if crossings.isEmpty {
            if nodes.allSatisfy(\.above) { rings.append(nodes.map(\.p)) }
            return rings
        }
        crossings.sort { ($0.t, $0.line, $0.end) < ($1.t, $1.line, $1.end) }
        var slot: [Int: Int] = [:]  // line*2+end -> index in crossings
        for (k, c) in crossings.enumerated() { slot[c.line * 2 + c.end] = k }
        // The first node after border position t (wrapping), and whether it is above.
        func nodeIndex(after t: Double) -> Int {
            var lo = 0, hi = nodes.count
            while lo < hi { let m = (lo + hi) / 2; if nodes[m].t <= t { lo = m + 1 } else { hi = m } }
            return lo % nodes.count
        }
        var used = [Bool](repeating: false, count: open.count)
        for start in open.indices where !used[start] {
            var ring: [Point] = []
            var line = start, from = 0
            var guardCount = 0
            while guardCount <= open.count {
                guardCount += 1
                used[line] = true
                let pts = open[line].points
                ring += from == 0 ? pts : pts.reversed()
                let endSlot = slot[line * 2 + (1 - from)]!
                let t = crossings[endSlot].t
                let next = nodeIndex(after: t)
                let forward = nodes[next].above
                let neighbour = forward ? (endSlot + 1) % crossings.count : (endSlot - 1 + crossings.count) % crossings.count
                let tn = crossings[neighbour].t
                // Border nodes strictly between the two crossings, in walking order.
                if forward {
                    var k = next
                    var steps = 0
                    while steps < nodes.count && Self.between(nodes[k].t, t, tn) { ring.append(nodes[k].p); k = (k + 1) % nodes.count; steps += 1 }
                } else {
                    var k = (next - 1 + nodes.count) % nodes.count
                    var steps = 0
                    while steps < nodes.count && Self.between(nodes[k].t, tn, t) { ring.append(nodes[k].p); k = (k - 1 + nodes.count) % nodes.count; steps += 1 }
                }
                let c = crossings[neighbour]
                if c.line == start && c.end == 0 { break }
                if used[c.line] { break }
                line = c.line
                from = c.end
            }
            rings.append(ring)
        }
        return rings
    }

    /// Whether border position t lies strictly inside the arc from a forward to b (wrapping).
    static func between(_ t: Double, _ a: Double, _ b: Double) -> Bool {
        a < b ? (t > a && t < b) : (t > a || t < b)
    }
}
