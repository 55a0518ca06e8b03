import Testing
@testable import Render

@Suite struct MathSpansTests {
    private func texts(_ text: String) -> [String] {
        MathML.spans(in: text).map { ($0.display ? "$$" : "$") + $0.tex }
    }

    @Test func inlineAndDisplay() {
        #expect(texts("the weights $w$ and $b$ were") == ["$w", "$b"])
        #expect(texts("$$\\frac{a}{b}$$") == ["$$\\frac{a}{b}"])
        #expect(texts("before $$ x \n y $$ after") == ["$$ x \n y "])
    }

    @Test func pricesAreNotMath() {
        #expect(texts("costs $5 and $6 today") == [])
        #expect(texts("$20,000 and $30,000 won't parse") == [])
        #expect(texts("from $5 to $x$") == ["$x"])
    }

    @Test func pandocSpaceAndDigitRules() {
        #expect(texts("$ x$") == [])
        #expect(texts("$x $") == [])
        #expect(texts("$x$1") == [])
        #expect(texts("$x$.") == ["$x"])
        #expect(texts("$a$$b$") == ["$a", "$b"])
    }

    @Test func escapesCodeSpansAndBlankLines() {
        #expect(texts("\\$x$ is not math") == [])
        #expect(texts("$a\\$b$") == ["$a\\$b"])
        #expect(texts("`$x$` and $y$") == ["$y"])
        #expect(texts("``a ` $x$ ``") == [])
        #expect(texts("$a\n\nb$") == [])
        #expect(texts("$a\nb$") == ["$a\nb"])
        #expect(texts("$\\text{costs $5}$") == ["$\\text{costs $5}"])
        #expect(texts("unclosed $$ x") == [])
    }

    @Test func offsetsAreUTF8Bytes() {
        let spans = MathML.spans(in: "é $x_1$ and $$y$$")
        #expect(spans.map(\.range) == [3..<8, 13..<18])
        #expect(spans.map(\.texOffset) == [4, 15])
    }

    @Test func segmentsUnescapeDollars() {
        let segments = MathML.segments(in: "pay \\$5 for $x$ now")
        #expect(segments == [
            .text("pay $5 for "),
            .math(MathML.Span(tex: "x", display: false, range: 12..<15, texOffset: 13)),
            .text(" now"),
        ])
    }
}
