import Foundation

/// Loads JSON fixtures from the test bundle's Fixtures folder.
enum Fixture {
    static func url(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
    }

    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        guard let url = url(name) else { throw CocoaError(.fileNoSuchFile) }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

struct SurfaceCase: Decodable {
    let loss: String
    let window: [Double]
    let grid: Int
    let zmin: Double
    let zmax: Double
    let levels: [Double]
    let label_texts: [String]
}

struct LevelCase: Decodable {
    let zmin: Double
    let zmax: Double
    let n: Int
    let levels: [Double]
    let label_texts: [String]
}

struct TickCase: Decodable {
    let figsize: [Double]
    let panels: Int
    let limits: [Double]
    let axes_px: [Double]
    let xticks: [Double]
    let yticks: [Double]
    let xlabels: [String]
    let ylabels: [String]
    let xoffset: String
    let yoffset: String
}
