import Testing
@testable import Notebook

/// Pandoc's `tex_math_dollars` rules, as lessons rely on them.
@Suite struct MathExtractorTests {
    private func texts(_ text: String) -> [String] {
        MathExtractor.extract(text, file: "l.md").spans.map { ($0.display ? "$$" : "$") + $0.tex }
    }

    @Test func inlineAndDisplay() {
        #expect(texts("the weights $w$ and $b$ were") == ["$w", "$b"])
        #expect(texts("$$\\frac{a}{b}$$") == ["$$\\frac{a}{b}"])
        #expect(texts("before $$ x \n y $$ after") == ["$$x \n y"])
    }

    @Test func pricesAreNotMath() {
        #expect(texts("costs $5 and $6 today") == [])
        #expect(texts("$20,000 and $30,000 won't parse") == [])
        #expect(texts("from $5 to $x$") == ["$x"])
    }

    @Test func spaceAndDigitRules() {
        #expect(texts("$ x$") == [])
        #expect(texts("$x $") == [])
        #expect(texts("$x$1") == [])
        #expect(texts("$x$.") == ["$x"])
        #expect(texts("$a$$b$") == ["$a", "$b"])
    }

    @Test func escapesCodeSpansFencesAndBlankLines() {
        #expect(texts("\\$x$ is not math") == [])
        #expect(texts("$a\\$b$") == ["$a\\$b"])
        #expect(texts("`$x$` and $y$") == ["$y"])
        #expect(texts("``a ` $x$ ``") == [])
        #expect(texts("$a\n\nb$") == [])
        #expect(texts("$a\nb$") == ["$a\nb"])
        #expect(texts("$\\text{costs $5}$") == ["$\\text{costs $5}"])
        #expect(texts("unclosed $$ x") == [])
        #expect(texts("```\n$x$\n```\n$y$") == ["$y"])
    }

    @Test func linesAreKept() {
        let (markdown, spans) = MathExtractor.extract("a\n$$\nx\n$$\nb $y$\n", file: "l.md")
        #expect(markdown.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
        #expect(spans[1].range.start.line == 5)
        #expect(spans[1].range.start.column == 3)
    }
}
