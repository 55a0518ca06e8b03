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

@Suite struct SeedGridTests {
    /// Our float32 grid equals torch's bit for bit; sin/exp in Foundation differ from torch's
    /// vectorised ones in the last bits (zmin off by 1.5e-5), which leaves the levels unchanged.
    @Test func float32GridsReproduceTheReferenceRangeAndLevels() throws {
        for c in try Fixture.decode([SurfaceCase].self, "surfaces.json") {
            let w = Window(xMin: c.window[0], xMax: c.window[1], yMin: c.window[2], yMax: c.window[3])
            let g = SeedSurfaces.grid(w, c.grid, c.loss == "sin" ? SeedSurfaces.sin : SeedSurfaces.reg)
            let r = try #require(ContourLevels.range(of: g.z))
            #expect(abs(r.min - c.zmin) <= 1e-4 * max(1, abs(c.zmin)))
            #expect(abs(r.max - c.zmax) <= 1e-6 * abs(c.zmax))
            #expect(ContourLevels.auto(zmin: r.min, zmax: r.max) == c.levels)
        }
    }
}

@Suite struct LinspaceTests {
    @Test func endsAreExactAndHalvesMirror() {
        let v = Linspace.float32(-14, 0, 100)
        #expect(v.count == 100 && v.first == -14 && v.last == 0)
        let w = Linspace.float32(-6, 12, 100)
        #expect(w[0] == -6 && w[99] == 12)
        // Second half counted back from the end, as torch does.
        // One rounding (fused multiply-add), as torch's kernel computes it.
        #expect(w[50] == Float(12).addingProduct(-(Float(18) / 99), 49))
        // Values of torch.linspace(-6, 12, 100) at 1, 2, 3, 7, 9, 22, 50, 77 (torch 2.15).
        let torchValues: [Float] = [-5.818181991577148, -5.636363506317139, -5.454545497894287, -4.7272725105285645,
                                    -4.363636493682861, -1.9999998807907104, 3.0909087657928467, 8.0]
        #expect([1, 2, 3, 7, 9, 22, 50, 77].map { w[$0] } == torchValues)
        #expect(Linspace.float32(3, 5, 1) == [3])
        #expect(Linspace.float32(3, 5, 0).isEmpty)
    }
}
