import Testing
import Notebook
@testable import Site

@Suite struct DiagnosticPrinterTests {
    let source = "---\ntitle: T\n---\n\n```{descent}\n:loss: sin\n:epoch: 10\n```\n"

    @Test func printsLikeACompiler() {
        let diagnostic = Diagnostic.error(
            "unknown option 'epoch' for {descent}; did you mean 'epochs'?",
            at: SourceRange(start: SourceLocation(file: "l.md", line: 7, column: 2), end: SourceLocation(file: "l.md", line: 7, column: 7)),
            notes: [.init("known: a, b")])
        let printer = DiagnosticPrinter(color: false, sources: ["l.md": source])
        #expect(printer.format(diagnostic) == """
        l.md:7:2: error: unknown option 'epoch' for {descent}; did you mean 'epochs'?
           |
         7 | :epoch: 10
           |  ^~~~~
        note: known: a, b

        """)
    }

    @Test func withoutSourceOrPlace() {
        let printer = DiagnosticPrinter(color: false, sources: [:])
        #expect(printer.format(.error("no such file or directory: x.md", at: nil)) == "error: no such file or directory: x.md\n")
        let located = Diagnostic.warning("w", at: SourceRange(SourceLocation(file: "other.md", line: 3, column: 1)))
        #expect(printer.format(located) == "other.md:3:1: warning: w\n")
    }

    @Test func colourOnlyWhenAsked() {
        let printer = DiagnosticPrinter(color: true, sources: [:])
        #expect(printer.format(.error("m", at: nil)).contains("\u{1B}[1;31merror:"))
    }

    @Test func summaryCounts() {
        let d: [Diagnostic] = [.error("a", at: nil), .error("b", at: nil), .warning("c", at: nil)]
        #expect(DiagnosticPrinter.summary(d) == "2 errors, 1 warning")
        #expect(DiagnosticPrinter.summary([]) == "")
    }
}

@Suite struct LongLineExcerptTests {
    @Test func longLinesAreWindowedAroundThePlace() {
        let line = String(repeating: "a", count: 500) + "ERR" + String(repeating: "b", count: 500)
        let diagnostic = Diagnostic.error("m", at: SourceRange(start: SourceLocation(file: "l.md", line: 1, column: 501), end: SourceLocation(file: "l.md", line: 1, column: 504)))
        let text = DiagnosticPrinter(color: false, sources: ["l.md": line]).format(diagnostic)
        let lines = text.split(separator: "\n")
        #expect(lines[2].count < 140)
        #expect(lines[2].contains("…" + String(repeating: "a", count: 60) + "ERR"))
        let caretColumn = lines[3].firstIndex(of: "^").map { lines[3].distance(from: lines[3].startIndex, to: $0) }
        let errColumn = lines[2].range(of: "ERR").map { lines[2].distance(from: lines[2].startIndex, to: $0.lowerBound) }
        #expect(caretColumn == errColumn)
    }
}
