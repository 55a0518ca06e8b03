import Foundation
import Testing
@testable import Figures

/// Markers wholly hidden under later markers are left out, their values moved to the top one.
@Suite struct PointOcclusionTests {
    let r = 4.86

    @Test func aMarkerUnderAnIdenticalLaterOneIsHidden() {
        let o = PointOcclusion(centres: [Point(10, 10), Point(10, 10)], radius: r)
        #expect(o.owner == [1, nil])
    }

    @Test func aMarkerThatShowsAtAllIsKept() {
        // Half a pixel apart leaves a crescent half a pixel wide: kept.
        #expect(PointOcclusion(centres: [Point(10, 10), Point(10.5, 10)], radius: r).owner == [nil, nil])
        // Drawn after, on top: never hidden by the earlier one.
        #expect(PointOcclusion(centres: [Point(10, 10), Point(10, 10), Point(30, 30)], radius: r).owner == [1, nil, nil])
        #expect(PointOcclusion(centres: [Point(0, 0)], radius: r).owner == [nil])
        #expect(PointOcclusion(centres: [], radius: r).owner == [])
    }

    @Test func aMarkerCoveredOnlyByTheUnionOfSeveralIsHidden() {
        // Six later discs in a ring at 0.9 r: none covers the first alone, together they do.
        var centres = [Point(50, 50)]
        for k in 0..<6 {
            let a = Double(k) * Double.pi / 3
            centres.append(Point(50 + 0.9 * r * cos(a), 50 + 0.9 * r * sin(a)))
        }
        let o = PointOcclusion(centres: centres, radius: r)
        #expect(o.owner == [6, nil, nil, nil, nil, nil, nil])
        // Every other disc of the ring still covers it; four neighbours leave a side open.
        #expect(PointOcclusion(centres: [centres[0], centres[1], centres[3], centres[5]], radius: r).owner == [3, nil, nil, nil])
        #expect(PointOcclusion(centres: Array(centres[0...4]), radius: r).owner[0] == nil)
    }

    @Test func ownersAreVisibleMarkers() {
        // 0 lies under 1, which lies under 2: both belong to 2.
        let o = PointOcclusion(centres: [Point(5, 5), Point(5, 5), Point(5, 5)], radius: r)
        #expect(o.owner == [2, 2, nil])
        // A settled run: everything after the first steps on one spot.
        let settled = (0..<200).map { Point(100 + 40 * pow(0.5, Double($0)), 100) }
        let s = PointOcclusion(centres: settled, radius: r)
        #expect(s.owner.last! == nil)
        #expect(s.owner.compactMap { $0 }.allSatisfy { s.owner[$0] == nil })
        // Kept: the first 8 points, whose far rim pokes out more than a tenth of a pixel from
        // under the next one (40 px halved: 20, 10, … 0.16), and the last.
        #expect(s.owner.filter { $0 == nil }.count == 9)
    }

    @Test func hiddenEpochsMoveIntoTheTooltipOnTop() {
        let points = [PathPoint(epoch: 1, x: -3, y: 3, loss: 18)]
            + (2...10).map { PathPoint(epoch: $0, x: 1, y: 1, loss: 1.5) }
        let figure = Figure(panels: [Panel(xRange: (-4, 4), yRange: (-4, 4), layers: [.path(OptimizerPath(points: points))])],
                            description: "settled", idPrefix: "s")
        let svg = figure.svg()
        #expect(svg.components(separatedBy: "<circle").count - 1 == 2)
        #expect(svg.contains("<title>epoch 1: w1=-3.000, w2=3.000, loss=18</title>"))
        #expect(svg.contains("<title>epoch 10: w1=1.000, w2=1.000, loss=1.5\nepoch 9: w1=1.000, w2=1.000, loss=1.5\n"
                             + "epoch 8: w1=1.000, w2=1.000, loss=1.5\nepoch 7: w1=1.000, w2=1.000, loss=1.5\n"
                             + "epoch 6: w1=1.000, w2=1.000, loss=1.5\nepoch 5: w1=1.000, w2=1.000, loss=1.5\n"
                             + "… and 3 more epochs beneath, from 2 to 4</title>"))
        // The line still runs through every point, and colours still span epochs 1 to 10.
        #expect(svg.contains("fill=\"#fde725\""))
    }
}
