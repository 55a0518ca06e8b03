import Foundation
import Testing
@testable import Figures

@Suite struct MarchingSquaresTests {
    static func grid(_ n: Int, _ lo: Double, _ hi: Double, _ f: (Double, Double) -> Double) -> MarchingSquares {
        let x = (0..<n).map { lo + (hi - lo) * Double($0) / Double(n - 1) }
        var z: [Double] = []
        for i in 0..<n { for j in 0..<n { z.append(f(x[i], x[j])) } }
        return MarchingSquares(x: x, y: x, z: z)
    }

    @Test func paraboloidContoursAreClosedCircles() {
        let ms = Self.grid(61, -3, 3) { $0 * $0 + $1 * $1 }
        for level in [0.3, 1.0, 2.5, 4.0, 8.0] {
            let lines = ms.lines(at: level)
            #expect(lines.count == 1, "level \(level)")
            guard let loop = lines.first else { continue }
            #expect(loop.closed)
            let r = level.squareRoot()
            for p in loop.points {
                // Linear interpolation on a 0.1 grid stays close to the true circle.
                #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - r) < 0.02)
            }
            // Each grid edge crossed once: consecutive points are within one cell.
            for (a, b) in zip(loop.points, loop.points.dropFirst() + [loop.points[0]]) {
                #expect(abs(a.x - b.x) <= 0.1 + 1e-9 && abs(a.y - b.y) <= 0.1 + 1e-9)
            }
        }
    }

    @Test func levelsOutsideTheDataDrawNothing() {
        let ms = Self.grid(20, -1, 1) { $0 * $0 + $1 * $1 }
        #expect(ms.lines(at: -0.5).isEmpty)
        #expect(ms.lines(at: 2.5).isEmpty)
        #expect(ms.lines(at: 2.0).isEmpty) // the maximum itself: no corner is above it
    }

    @Test func tiltedPlaneGivesOneOpenLineAcrossTheGrid() {
        let ms = Self.grid(30, 0, 1) { $0 + 2 * $1 }
        let lines = ms.lines(at: 1.2)
        #expect(lines.count == 1)
        #expect(lines.first?.closed == false)
        for p in lines.first?.points ?? [] { #expect(abs(p.x + 2 * p.y - 1.2) < 1e-9) }
    }

    @Test func saddleCellsResolveByTheirCentre() {
        // One cell: corners a(0,0)=1, b(1,0)=0, c(1,1)=1, d(0,1)=0; centre mean 0.5.
        let x = [0.0, 1.0]
        let ms = MarchingSquares(x: x, y: x, z: [1, 0, 0, 1])  // z[i*2+j]: (0,0)=1 (0,1)=0 (1,0)=0 (1,1)=1
        // Centre 0.5 > 0.4: the high corners connect, the low corners are cut off.
        let low = ms.lines(at: 0.4)
        #expect(low.count == 2)
        for line in low {
            let mid = Point((line.points[0].x + line.points[1].x) / 2, (line.points[0].y + line.points[1].y) / 2)
            // Each segment cuts off a low corner: (1,0) or (0,1).
            #expect(abs(mid.x - mid.y) > 0.5)
        }
        // Centre 0.5 < 0.6: the low corners connect, the high corners are cut off.
        for line in ms.lines(at: 0.6) {
            let mid = Point((line.points[0].x + line.points[1].x) / 2, (line.points[0].y + line.points[1].y) / 2)
            #expect(abs(mid.x - mid.y) < 0.5)
        }
    }

    @Test func saddleResolutionIsConsistentAcrossTheGrid() {
        // A checkerboard of saddles: every interior crossing is shared by exactly two segments,
        // so every polyline is closed or ends on the boundary, and no crossing repeats.
        let ms = Self.grid(41, 0, 4 * .pi) { sin($0) * sin($1) }
        for level in [-0.5, 0.0001, 0.5] {
            let lines = ms.lines(at: level)
            var seen = Set<Point>()
            for line in lines {
                for p in line.points { #expect(seen.insert(p).inserted) }
                if !line.closed, let a = line.points.first, let b = line.points.last {
                    for e in [a, b] {
                        let onEdge = [e.x, e.y].contains { abs($0) < 1e-9 || abs($0 - 4 * .pi) < 1e-9 }
                        #expect(onEdge)
                    }
                }
            }
            // Same input, same output.
            #expect(ms.lines(at: level) == lines)
        }
    }

    @Test func nonFiniteCellsBreakLines() {
        var z: [Double] = []
        let x = (0..<10).map(Double.init)
        for i in 0..<10 { for j in 0..<10 { z.append(i == 5 && j == 5 ? .nan : Double(i)) } }
        let lines = MarchingSquares(x: x, y: x, z: z).lines(at: 4.5)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { !$0.closed })
    }

    @Test func allLevelsAtOnceEqualsOneByOne() {
        let ms = Self.grid(50, 0, 4 * .pi) { sin($0) * cos($1) + 0.1 * $0 }
        let levels = stride(from: -1.5, through: 2.5, by: 0.25).map { $0 } + [9, -9]
        let together = ms.lines(at: levels)
        #expect(together.count == levels.count)
        for (k, level) in levels.enumerated() { #expect(together[k] == ms.lines(at: level), "level \(level)") }
    }

    @Test func mismatchedGridDrawsNothing() {
        #expect(MarchingSquares(x: [0, 1], y: [0, 1], z: [1, 2, 3]).lines(at: 1.5).isEmpty)
    }
}
