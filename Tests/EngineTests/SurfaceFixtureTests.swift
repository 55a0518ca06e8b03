import Foundation
import Testing
@testable import Engine

/// Built-in surfaces against PyTorch: values, gradients (autograd order), grad_fn names,
/// float32 contour grids and `linspace` (Fixtures/engine-surfaces.json).
@Suite struct SurfaceFixtureTests {
    static let fixture = Result { try Fixtures.load("engine-surfaces") }

    @Test func valuesGradientsAndNamesMatch() throws {
        let surfaces = try Self.fixture.get()["surfaces"].array
        #expect(surfaces.count == Surface.builtins.count)
        for s in surfaces {
            let name = s["name"].string ?? ""
            let surface = try #require(Surface.named(name))
            for p in s["samples"].array {
                let w1 = Tensor(p["w1"].number!, requiresGrad: true)
                let w2 = Tensor(p["w2"].number!, requiresGrad: true)
                let loss = try MathBackend.$current.withValue(MKLBackend.load() ?? .libm) { try surface.evaluate(w1, w2) }
                try loss.backward()
                #expect(loss.gradFnName == p["grad_fn"].string)
                #expect(Fixtures.close(try loss.item(), p["loss"].number!, tolerance: 1e-5), "\(name) loss")
                #expect(Fixtures.close(try w1.grad!.item(), p["grad_w1"].number!, tolerance: 1e-5), "\(name) grad w1")
                #expect(Fixtures.close(try w2.grad!.item(), p["grad_w2"].number!, tolerance: 1e-5), "\(name) grad w2")
            }
        }
    }

    @Test func gridsMatch() throws {
        for s in try Self.fixture.get()["surfaces"].array {
            let name = s["name"].string ?? ""
            let surface = try #require(Surface.named(name))
            let w = s["window"].array.compactMap(\.number)
            let n = Int(s["steps"].number!)
            let grid = try surface.grid(x0: w[0], x1: w[1], y0: w[2], y1: w[3], steps: n)
            let expected = s["z"].array.compactMap(\.number)
            #expect(grid.z.count == expected.count)
            #expect(grid.xs.map(Double.init) == s["xs"].array.compactMap(\.number), "\(name) linspace")
            let bad = zip(grid.z, expected).filter { !Fixtures.close(Double($0), $1, tolerance: 1e-5) }.count
            #expect(bad == 0, "\(name): \(bad) grid values differ")
        }
    }

    @Test(.enabled(if: MKLBackend.load() != nil, Fixtures.mklMissing))
    func mklGridsAreBitExact() throws {
        let mkl = try #require(MKLBackend.load())
        try MathBackend.$current.withValue(mkl) {
            for s in try Self.fixture.get()["surfaces"].array {
                let w = s["window"].array.compactMap(\.number)
                let grid = try #require(Surface.named(s["name"].string ?? "")).grid(x0: w[0], x1: w[1], y0: w[2], y1: w[3], steps: Int(s["steps"].number!))
                #expect(grid.z == s["z"].array.compactMap(\.number).map { Float($0) }, "\(s["name"].string ?? "")")
            }
        }
    }

    /// The seed lesson's two 100x100 contour grids: min and max as PyTorch computed them.
    @Test func seedGridExtremes() throws {
        for s in try Fixtures.load("seed-cells")["surfaces"].array {
            let w = s["window"].array.compactMap(\.number)
            let surface = try #require(Surface.named(s["loss"].string ?? ""))
            let grid = try surface.grid(x0: w[0], x1: w[1], y0: w[2], y1: w[3], steps: Int(s["grid"].number!))
            let zmin = Double(grid.z.min()!), zmax = Double(grid.z.max()!)
            #expect(Fixtures.close(zmin, s["zmin"].number!, tolerance: 1e-6) && Fixtures.close(zmax, s["zmax"].number!, tolerance: 1e-6))
        }
    }

    @Test func linspaceIsBitExact() throws {
        for l in try Self.fixture.get()["linspace"].array {
            let t = try Tensor.linspace(l["start"].number!, l["end"].number!, steps: Int(l["steps"].number!))
            #expect(t.values == l["values"].array.compactMap(\.number), "linspace(\(l["start"].number!), \(l["end"].number!), \(l["steps"].number!))")
        }
    }
}
