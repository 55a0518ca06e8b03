import Foundation
import Testing
@testable import Script

/// Short scripts covering the language's semantics, each with CPython 3.11's exact output
/// (Fixtures/language/snippets.json and torch_snippets.json, made by the generators beside them).
@Suite struct LanguageSnippetTests {
    struct Snippet: Decodable {
        let source: String
        let stdout: String
        let stderr_last: String
    }

    @Test(arguments: ["language/snippets.json", "language/torch_snippets.json"])
    func snippetsPrintAsCPython(_ fixture: String) throws {
        let url = try #require(fixtureURL(fixture))
        let snippets = try JSONDecoder().decode([String: Snippet].self, from: Data(contentsOf: url))
        #expect(snippets.count >= 10)
        for (name, s) in snippets.sorted(by: { $0.key < $1.key }) {
            let r = run(s.source)
            #expect(r.stdout == s.stdout, "\(name)")
            #expect((r.error?.summary ?? "") == s.stderr_last, "\(name): \(r.error?.traceback ?? "")")
        }
    }
}
