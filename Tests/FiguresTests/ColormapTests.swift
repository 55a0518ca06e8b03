import Testing
@testable import Figures

@Suite struct ColormapTests {
    struct Colors: Decodable {
        struct Turbo: Decodable { let levels: [Double]; let colors: [String] }
        struct Viridis: Decodable { let epochs: Int; let colors: [String] }
        let turbo: [Turbo]
        let viridis: [Viridis]
    }

    @Test func contourLevelColoursMatchMatplotlib() throws {
        let c = try Fixture.decode(Colors.self, "colors.json")
        #expect(c.turbo.count == 2)
        for t in c.turbo {
            let lo = t.levels.min()!, hi = t.levels.max()!
            #expect(t.levels.map { Colormap.turbo.hex($0, vmin: lo, vmax: hi) } == t.colors)
        }
    }

    @Test func epochColoursMatchMatplotlib() throws {
        let c = try Fixture.decode(Colors.self, "colors.json")
        #expect(c.viridis.count >= 5)
        for v in c.viridis {
            let colours = (1...v.epochs).map { Colormap.viridis.hex(Double($0), vmin: 1, vmax: Double(v.epochs)) }
            #expect(colours == v.colors, "\(v.epochs) epochs")
        }
    }

    @Test func lookupRule() {
        #expect(Colormap.index(0) == 0)
        #expect(Colormap.index(1) == 255)
        #expect(Colormap.index(0.5) == 128)
        #expect(Colormap.index(-0.1) == 0)
        #expect(Colormap.index(1.5) == 255)
        #expect(Colormap.viridis.hex(0) == "#440154")
        #expect(Colormap.viridis.hex(1) == "#fde725")
        #expect(Colormap.turbo.hex(0) == "#30123b")
    }
}
