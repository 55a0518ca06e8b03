import Foundation

/// Which markers of a scatter are wholly hidden under markers drawn after them.
///
/// A long run that settles or oscillates draws many markers on the same few pixels. A marker
/// that later markers cover completely can be neither seen nor hovered, so the renderer leaves
/// it out and moves its tooltip into the marker on top of its centre: the figure looks the
/// same and every epoch stays readable.
struct PointOcclusion {
    /// For each marker: nil when some of it shows, else the index of the visible marker whose
    /// tooltip takes over its values (a later one, on top of its centre).
    let owner: [Int?]

    /// Occlusion of discs of radius `radius` at `centres`, drawn in order (later on top).
    ///
    /// A disc counts as hidden when every sample of its rim and of a `step`-pixel lattice over
    /// it lies within `slack` pixels of a later disc: what may be lost is a crescent at most
    /// `slack` wide (a tenth of a pixel by default, below what anti-aliasing can show).
    init(centres: [Point], radius r: Double, step: Double = 0.25, slack: Double = 0.1) {
        let n = centres.count
        var owner = [Int?](repeating: nil, count: n)
        guard n > 1, r > 0, step > 0, slack >= 0 else { self.owner = owner; return }
        // Buckets of side 2(r + slack) over the discs already seen (the later ones, walking backwards).
        let cell = 2 * (r + slack)
        struct Key: Hashable { let x: Int, y: Int }
        func key(_ p: Point) -> Key? {
            let kx = (p.x / cell).rounded(.down), ky = (p.y / cell).rounded(.down)
            guard abs(kx) < 1e9, abs(ky) < 1e9 else { return nil }
            return Key(x: Int(kx), y: Int(ky))
        }
        var buckets: [Key: [Int]] = [:]
        let r2 = r * r
        let covered2 = (r + slack) * (r + slack)
        // Sample offsets: the rim first (where an uncovered part usually shows), then the lattice.
        var samples: [Point] = []
        let rimCount = max(16, Int((2 * Double.pi * r / step).rounded(.up)))
        for k in 0..<rimCount {
            let a = 2 * Double.pi * Double(k) / Double(rimCount)
            samples.append(Point(r * cos(a), r * sin(a)))
        }
        let m = Int((r / step).rounded(.down))
        for iy in -m...m {
            for ix in -m...m {
                let p = Point(Double(ix) * step, Double(iy) * step)
                if p.x * p.x + p.y * p.y <= r2 { samples.append(p) }
            }
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            let c = centres[i]
            guard let k = key(c) else { continue }
            var later: [Int] = []
            for dy in -1...1 {
                for dx in -1...1 {
                    for j in buckets[Key(x: k.x + dx, y: k.y + dy)] ?? [] {
                        let ex = centres[j].x - c.x, ey = centres[j].y - c.y
                        if ex * ex + ey * ey < cell * cell { later.append(j) }
                    }
                }
            }
            if !later.isEmpty {
                // Nearest first: a sample is usually covered by the closest later disc.
                later.sort { Self.distance2(centres[$0], c) < Self.distance2(centres[$1], c) }
                let hidden = samples.allSatisfy { s in
                    let p = Point(c.x + s.x, c.y + s.y)
                    return later.contains { Self.distance2(centres[$0], p) <= covered2 }
                }
                if hidden {
                    // The topmost later disc over the centre; if it is itself hidden, its owner.
                    let top = later.filter { Self.distance2(centres[$0], c) <= r2 }.max() ?? later[0]
                    owner[i] = owner[top] ?? top
                }
            }
            buckets[k, default: []].append(i)
        }
        self.owner = owner
    }

    private static func distance2(_ a: Point, _ b: Point) -> Double {
        let dx = a.x - b.x, dy = a.y - b.y
        return dx * dx + dy * dy
    }
}
