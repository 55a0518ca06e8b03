import Foundation
import Testing
@testable import Engine

/// Every draw of the generator equals torch 2.15's CPU draws bit for bit (fixture written by
/// tools/reference/random_fixtures.py): rand, randn on both paths, normal_, uniform_, randint,
/// randperm, bernoulli_ and the Box-Muller cache carried between calls.
@Suite struct RandomFixtureTests {
    static func bytes<T>(_ values: [T]) -> String {
        values.withUnsafeBytes { Data($0).base64EncodedString() }
    }

    static func run(_ step: JSONValue, _ g: Generator) -> String {
        let size = Int(step["size"].number ?? 1)
        let double = step["dtype"].string == "float64"
        switch step["op"].string ?? "" {
        case "rand": return double ? bytes(g.uniformDoubles(size)) : bytes(g.uniformFloats(size))
        case "randn": return double ? bytes(g.normalDoubles(size)) : bytes(g.normalFloats(size))
        case "normal":
            let (m, s) = (step["mean"].number!, step["std"].number!)
            return double ? bytes(g.normalDoubles(size, mean: m, std: s)) : bytes(g.normalFloats(size, mean: m, std: s))
        case "uniform":
            let (a, b) = (step["from"].number!, step["to"].number!)
            return double ? bytes(g.uniformDoubles(size, from: a, to: b)) : bytes(g.uniformFloats(size, from: a, to: b))
        case "randint":
            return bytes(g.integers(size, low: Int64(step["low"].number!), high: Int64(step["high"].number!)))
        case "randperm": return bytes(g.permutation(size))
        case "bernoulli": return bytes(g.bernoulli(size, p: step["p"].number!).map { UInt8($0 ? 1 : 0) })
        case "random64": return bytes([g.nonNegativeInt64()])
        default: return "unknown op"
        }
    }

    @Test func everyDrawMatchesTorch() throws {
        let cases = try Fixtures.load("random")["cases"].array
        #expect(cases.count > 1000)
        var mismatches: [String] = []
        for c in cases {
            guard case .int(let seed) = c["seed"] else { continue }
            let g = Generator(seed: UInt64(seed))
            for (step, expected) in zip(c["steps"].array, c["results"].array) {
                let actual = Self.run(step, g)
                if actual != expected.string { mismatches.append("seed \(seed) \(step["op"].string ?? "") size \(step["size"].number ?? 0) \(step["dtype"].string ?? "")") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(10))")
    }

    @Test func manualSeedResetsTheNormalCache() {
        let g = Generator(seed: 7)
        _ = g.normalFloats(3)
        g.manualSeed(7)
        let again = Generator(seed: 7)
        #expect(g.normalFloats(5) == again.normalFloats(5))
        #expect(g.initialSeed == 7)
    }

    @Test func copiesAreIndependent() {
        let g = Generator(seed: 11)
        _ = g.normalDoubles(1)
        let c = g.copy()
        #expect(c.normalDoubles(4) == g.normalDoubles(4))
    }
}
