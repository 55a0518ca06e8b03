import Foundation
import Testing
@testable import Script

/// The seed lesson's exercise and its two solutions print exactly what CPython + torch print.
@Suite struct SeedExerciseTests {
    struct Reference: Decodable {
        struct Script: Decodable {
            let id: String
            let source: String
            let stdout: String
            let exit: Int
        }
        let scripts: [Script]
    }

    static func load() throws -> [Reference.Script] {
        let url = try #require(fixtureURL("exercises.json"))
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url)).scripts
    }

    @Test func threeReferenceScripts() throws {
        let scripts = try Self.load()
        #expect(scripts.count == 3)
        for script in scripts {
            let result = ScriptSession(importTorch: false).run(source: script.source, file: "\(script.id).py")
            #expect(result.error == nil, "\(script.id): \(result.error?.traceback ?? "")")
            #expect(result.stdout == script.stdout, "\(script.id)")
        }
    }
}
