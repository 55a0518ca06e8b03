import Foundation
@testable import Figures

/// The seed lesson's loss surfaces computed in float32 as torch computes them, for tests.
enum SeedSurfaces {
    static func linspace(_ start: Float, _ end: Float, _ steps: Int) -> [Float] {
        Linspace.float32(start, end, steps)
    }

    static func sin(_ w1: Float, _ w2: Float) -> Float {
        let a = Foundation.exp(1 - Foundation.cos(w1)), b = Foundation.exp(1 - Foundation.sin(w2))
        return Foundation.sin(w2) * a * a + Foundation.cos(w1) * b * b + (w1 - w2) * (w1 - w2)
    }

    static func reg(_ w1: Float, _ w2: Float) -> Float {
        w1 * w1 + w2 * w2 + 1.8 * w1 * w2
    }

    static func grid(_ window: Window, _ n: Int = 100, _ f: (Float, Float) -> Float) -> (x: [Float], y: [Float], z: [Float]) {
        let x = linspace(Float(window.xMin), Float(window.xMax), n)
        let y = linspace(Float(window.yMin), Float(window.yMax), n)
        var z = [Float](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { z[i * n + j] = f(x[i], y[j]) } }
        return (x, y, z)
    }

    static let sinWindow = Window(xMin: -14, xMax: 0, yMin: -6, yMax: 12)
    static let regWindow = Window(xMin: -5, xMax: 5, yMin: -5, yMax: 5)

    static func panel(_ loss: String, title: String, path: [PathPoint], optimum: Point? = nil) -> DescentPanel {
        DescentPanel(window: loss == "sin" ? sinWindow : regWindow, steps: 100, loss: loss == "sin" ? sin : reg,
                     path: path, optimum: optimum, title: title)
    }

    struct Case: Decodable {
        let id: String
        let loss: String
        let window: [Double]
        let epochs: Int
        let rows: [[Double]]
        let optimizer: Optimizer?
        let scheduler: Optimizer?
        let step_size: Double?
        struct Optimizer: Decodable {
            let name: String
        }
    }

    static func cases() throws -> [Case] {
        struct File: Decodable { let cases: [Case] }
        return try Fixture.decode(File.self, "seed-cases.json").cases
    }

    static func path(_ c: Case) -> [PathPoint] {
        c.rows.map { PathPoint(epoch: Int($0[0]), x: $0[1], y: $0[2], loss: $0[3]) }
    }
}
