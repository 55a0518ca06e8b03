import Foundation
import Testing

/// The corpus is complete and consistent, so the interpreter's conformance test can trust it.
@Suite struct ConformanceCorpusTests {
    @Test func everyScriptHasItsRecordedOutputs() throws {
        let cases = ConformanceCorpus.load()
        #expect(cases.count >= 80)
        let folder = try #require(ConformanceCorpus.folder).appendingPathComponent("scripts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let scripts = Set(files.filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) })
        #expect(Set(cases.map(\.name)) == scripts)
        for c in cases {
            // A script that exits through SystemExit (`sys.exit(3)`) has the status it asked
            // for, and on stderr only its code when that is not an int or None.
            if c.source.contains("sys.exit(") || c.source.contains("SystemExit") {
                #expect((0...255).contains(c.exitCode), "\(c.name)")
                #expect(!c.stderr.contains("Traceback (most recent call last):\n") || c.exitCode == 1, "\(c.name)")
                continue
            }
            #expect(c.exitCode == 0 || c.exitCode == 1, "\(c.name)")
            // A failed run's stderr is its traceback (or, for a syntax error, the located
            // line), possibly after warnings or "Exception ignored" reports of generators
            // closed on the way.
            let raised = c.stderr.hasPrefix("Traceback (most recent call last):\n")
                || (c.stderr.range(of: #"^\S+:\d+: \w*Warning: "#, options: .regularExpression) != nil
                    && c.stderr.contains("\nTraceback (most recent call last):\n") && !c.stderr.contains("Exception ignored in: "))
                || (c.stderr.hasPrefix("  File \"") && c.stderrLastLine.hasPrefix("SyntaxError: "))
            #expect(c.exitCode == 0 || raised || c.stderr.hasPrefix("Exception ignored in: "), "\(c.name)")
            #expect(c.exitCode == 1 || !raised, "\(c.name)")
            #expect(c.stderr.isEmpty || c.stderr.hasSuffix(c.stderrLastLine + "\n"), "\(c.name)")
            if c.stderrExact {
                #expect(!c.stderr.contains("site-packages"), "\(c.name)")
            }
        }
    }

    @Test func seedScriptsArePresent() {
        let names = Set(ConformanceCorpus.load().map(\.name))
        for seed in ["exercise-manual", "solution-sgd", "solution-exponential"] {
            #expect(names.contains(seed))
        }
        let manual = ConformanceCorpus.load().first { $0.name == "exercise-manual" }
        #expect(manual?.stdout.hasPrefix("Epoch: 0, loss: 55261.49, weight: 7.982, bias: 0.430\n") == true)
    }
}
