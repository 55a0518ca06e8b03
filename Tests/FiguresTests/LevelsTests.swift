import Testing
@testable import Figures

@Suite struct LevelsTests {
    @Test func seedSurfacesMatchMatplotlibExactly() throws {
        let cases = try Fixture.decode([SurfaceCase].self, "surfaces.json")
        #expect(cases.count == 2)
        for c in cases {
            #expect(ContourLevels.auto(zmin: c.zmin, zmax: c.zmax, count: 30) == c.levels)
        }
    }

    @Test func matplotlibLevelCases() throws {
        let cases = try Fixture.decode([LevelCase].self, "levels.json")
        #expect(cases.count >= 100)
        for c in cases {
            let levels = ContourLevels.auto(zmin: c.zmin, zmax: c.zmax, count: c.n)
            #expect(levels == c.levels, "zmin \(c.zmin) zmax \(c.zmax) n \(c.n)")
            let labelled = stride(from: 0, to: levels.count, by: 2).map { levels[$0] }
            #expect(ContourLabeler.labelTexts(labelled) == c.label_texts, "zmin \(c.zmin) zmax \(c.zmax) n \(c.n)")
        }
    }

    @Test func seedLabelTextsAreTheDrawnSubset() throws {
        for c in try Fixture.decode([SurfaceCase].self, "surfaces.json") {
            let labelled = stride(from: 0, to: c.levels.count, by: 2).map { c.levels[$0] }
            let texts = ContourLabeler.labelTexts(labelled)
            let drawn = zip(labelled, texts).filter { $0.0 > c.zmin && $0.0 < c.zmax }.map(\.1)
            #expect(drawn == c.label_texts)
        }
    }

    @Test func autoLocatorTicksMatchMatplotlib() throws {
        let cases = try Fixture.decode([TickCase].self, "ticks.json")
        #expect(cases.count > 50)
        for c in cases {
            let widthPt = c.axes_px[2] * 72 / 100, heightPt = c.axes_px[3] * 72 / 100
            let x = MaxNLocator.auto(axisLengthPoints: widthPt, vertical: false).tickValues(c.limits[0], c.limits[1])
            let y = MaxNLocator.auto(axisLengthPoints: heightPt, vertical: true).tickValues(c.limits[0], c.limits[1])
            #expect(x == c.xticks, "x \(c.figsize) \(c.panels) \(c.limits)")
            #expect(y == c.yticks, "y \(c.figsize) \(c.panels) \(c.limits)")
            let f = ScalarFormatter(viewInterval: (c.limits[0], c.limits[1]), useOffset: true)
            #expect(f.formatTicks(x) == c.xlabels, "x labels \(c.limits)")
            #expect(f.formatTicks(y) == c.ylabels, "y labels \(c.limits)")
            #expect(f.offsetText(x) == c.xoffset, "x offset \(c.limits)")
            #expect(f.offsetText(y) == c.yoffset, "y offset \(c.limits)")
        }
    }
}
