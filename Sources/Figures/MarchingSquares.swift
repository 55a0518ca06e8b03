/// Contour lines of a gridded function by marching squares.
///
/// The grid follows the "ij" meshgrid convention: `z[i * y.count + j]` is the value at
/// `(x[i], y[j])`. A corner is "above" a level when its value is greater than the level. Each
/// cell crossed by the level gives one segment, or two for a saddle; a saddle is resolved by the
/// mean of its four corners (as matplotlib's mpl2014 algorithm does), so the choice depends only
/// on the cell and is the same however the cell is reached. Segments are joined through shared
/// cell edges into maximal polylines: open ones run from boundary to boundary (or to a cell with
/// a non-finite value), the others are closed loops. Output order is deterministic.
public struct MarchingSquares: Sendable {
    /// Grid coordinates and values, as given.
    public let x: [Double]
    public let y: [Double]
    public let z: [Double]

    /// A grid with `x.count * y.count` values in `z`; mismatched sizes give no lines.
    public init(x: [Double], y: [Double], z: [Double]) {
        self.x = x
        self.y = y
        self.z = z
    }

    private var valid: Bool { x.count >= 2 && y.count >= 2 && z.count == x.count * y.count }

    /// The contour polylines at `level`, in data coordinates.
    public func lines(at level: Double) -> [Polyline] {
        guard valid else { return [] }
        return trace(level: level, cells: nil)
    }

    /// The contour polylines at each of `levels` (same result as `lines(at:)` per level).
    ///
    /// Each cell is visited once to find the levels crossing it (those in [min, max) of its
    /// corners), so the work grows with the number of crossings rather than levels x cells.
    public func lines(at levels: [Double]) -> [[Polyline]] {
        guard valid else { return levels.map { _ in [] } }
        let nx = x.count, ny = y.count
        let order = levels.indices.filter { !levels[$0].isNaN }.sorted { levels[$0] < levels[$1] }
        let sorted = order.map { levels[$0] }
        var lists = [[Int32]](repeating: [], count: levels.count)
        z.withUnsafeBufferPointer { zp in
            for i in 0..<(nx - 1) {
                let row = i * ny, next = row + ny
                for j in 0..<(ny - 1) {
                    let za = zp[row + j], zb = zp[next + j], zc = zp[next + j + 1], zd = zp[row + j + 1]
                    guard za.isFinite, zb.isFinite, zc.isFinite, zd.isFinite else { continue }
                    let lo = min(min(za, zb), min(zc, zd)), hi = max(max(za, zb), max(zc, zd))
                    var a = 0, b = sorted.count
                    while a < b {
                        let m = (a + b) / 2
                        if sorted[m] < lo { a = m + 1 } else { b = m }
                    }
                    while a < sorted.count && sorted[a] < hi {
                        lists[order[a]].append(Int32(i * (ny - 1) + j))
                        a += 1
                    }
                }
            }
        }
        return levels.indices.map { k in lists[k].isEmpty ? [] : trace(level: levels[k], cells: lists[k]) }
    }

    /// Marching squares at one level over the given cells (index i*(ny-1)+j, ascending), or
    /// over all cells when nil.
    private func trace(level: Double, cells: [Int32]?) -> [Polyline] {
        let nx = x.count, ny = y.count
        // Edge ids: horizontal edge (i,j)-(i+1,j) is i*ny+j; vertical edge (i,j)-(i,j+1) is
        // hCount + i*(ny-1)+j.
        let hCount = (nx - 1) * ny
        let edgeCount = hCount + nx * (ny - 1)
        var n0 = [Int32](repeating: -1, count: edgeCount)
        var n1 = [Int32](repeating: -1, count: edgeCount)
        var touched: [Int32] = []

        z.withUnsafeBufferPointer { zp in
        n0.withUnsafeMutableBufferPointer { p0 in
        n1.withUnsafeMutableBufferPointer { p1 in
            @inline(__always) func link(_ a: Int, _ b: Int) {
                if p0[a] < 0 { p0[a] = Int32(b); touched.append(Int32(a)) } else { p1[a] = Int32(b) }
                if p0[b] < 0 { p0[b] = Int32(a); touched.append(Int32(b)) } else { p1[b] = Int32(a) }
            }
            @inline(__always) func cell(_ i: Int, _ j: Int) {
                let row = i * ny, next = row + ny
                let za = zp[row + j], zb = zp[next + j]
                let zc = zp[next + j + 1], zd = zp[row + j + 1]
                let code = (za > level ? 1 : 0) | (zb > level ? 2 : 0)
                    | (zc > level ? 4 : 0) | (zd > level ? 8 : 0)
                if code == 0 || code == 15 { return }
                guard za.isFinite, zb.isFinite, zc.isFinite, zd.isFinite else { return }
                let bottom = row + j                    // a-b
                let top = row + j + 1                   // d-c
                let left = hCount + i * (ny - 1) + j    // a-d
                let right = left + (ny - 1)             // b-c
                switch code {
                case 1, 14: link(left, bottom)
                case 2, 13: link(bottom, right)
                case 3, 12: link(left, right)
                case 4, 11: link(right, top)
                case 6, 9: link(bottom, top)
                case 7, 8: link(left, top)
                case 5, 10:
                    // Saddle: a and c on one side, b and d on the other.
                    let centreAbove = (za + zb + zc + zd) / 4 > level
                    let aAbove = code == 5
                    if centreAbove == aAbove {
                        // a and c connected through the centre: cut off b and d.
                        link(bottom, right)
                        link(left, top)
                    } else {
                        link(left, bottom)
                        link(right, top)
                    }
                default: break
                }
            }
            if let cells {
                for c in cells { cell(Int(c) / (ny - 1), Int(c) % (ny - 1)) }
            } else {
                for i in 0..<(nx - 1) { for j in 0..<(ny - 1) { cell(i, j) } }
            }
        }
        }
        }
        guard !touched.isEmpty else { return [] }
        touched.sort()

        func point(_ e: Int) -> Point {
            if e < hCount {
                let i = e / ny, j = e % ny
                let z1 = z[i * ny + j], z2 = z[(i + 1) * ny + j]
                let t = (level - z1) / (z2 - z1)
                return Point(x[i] + t * (x[i + 1] - x[i]), y[j])
            }
            let k = e - hCount
            let i = k / (ny - 1), j = k % (ny - 1)
            let z1 = z[i * ny + j], z2 = z[i * ny + j + 1]
            let t = (level - z1) / (z2 - z1)
            return Point(x[i], y[j] + t * (y[j + 1] - y[j]))
        }

        var visited = [Bool](repeating: false, count: edgeCount)
        var result: [Polyline] = []
        func walk(from start: Int, closed: Bool) {
            var pts: [Point] = []
            var prev = -1, cur = start
            while cur >= 0 && !visited[cur] {
                visited[cur] = true
                pts.append(point(cur))
                let a = Int(n0[cur]), b = Int(n1[cur])
                let next = a != prev ? a : b
                prev = cur
                cur = next
            }
            if pts.count >= 2 { result.append(Polyline(points: pts, closed: closed)) }
        }
        for t in touched {
            let e = Int(t)
            if n1[e] < 0 && !visited[e] { walk(from: e, closed: false) }
        }
        for t in touched {
            let e = Int(t)
            if n1[e] >= 0 && !visited[e] { walk(from: e, closed: true) }
        }
        return result
    }
}
