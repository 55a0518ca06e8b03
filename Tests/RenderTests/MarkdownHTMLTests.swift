import Notebook
import Testing
@testable import Render

@Suite struct MarkdownHTMLTests {
    private func html(_ markdown: String) -> String {
        let (node, math) = LessonParser.parseFragment(markdown, at: nil)
        var writer = MarkdownHTML(math: math)
        return writer.html(node)
    }

    /// A formula and the punctuation touching it cannot be split across lines.
    @Test func inlineMathKeepsItsPunctuation() throws {
        let out = html("We stop at $w = 0$. Then (near $x$), and $a$,$b$; and $y$ alone.")
        let zero = try MathML.render(tex: "w = 0", display: false)
        let x = try MathML.render(tex: "x", display: false)
        let a = try MathML.render(tex: "a", display: false)
        let b = try MathML.render(tex: "b", display: false)
        let y = try MathML.render(tex: "y", display: false)
        #expect(out.contains("stop at <span class=\"nowrap\">\(zero).</span> Then"))
        #expect(out.contains("<span class=\"nowrap\">(near") == false)
        #expect(out.contains("near <span class=\"nowrap\">\(x)),</span> and"))
        #expect(out.contains("<span class=\"nowrap\">\(a),\(b);</span>"))
        #expect(out.contains("and \(y) alone"))
        #expect(isBalanced(out))
    }

    @Test func openingBracketJoinsTheFormula() throws {
        let out = html("the point ($-3$, $4$) here")
        let minus3 = try MathML.render(tex: "-3", display: false)
        let four = try MathML.render(tex: "4", display: false)
        #expect(out.contains("point <span class=\"nowrap\">(\(minus3),</span> <span class=\"nowrap\">\(four))</span> here"))
    }

    @Test func displayMathIsNotWrapped() throws {
        let out = html("$$x = 1$$")
        #expect(!out.contains("nowrap"))
        #expect(out.contains("<math display=\"block\">"))
    }
}

@Suite struct FigureWidthTests {
    @Test func sideBySidePanelsAreWide() {
        #expect(PageRenderer.panelWidth(svg: "<svg viewBox=\"184 26 1451 453\">") == "wide-3")
        #expect(PageRenderer.panelWidth(svg: "<svg viewBox=\"109 26 981 453\">") == "wide-2")
        #expect(PageRenderer.panelWidth(svg: "<svg viewBox=\"39 23 552 438\">") == nil)
        #expect(PageRenderer.panelWidth(svg: "<svg>") == nil)
        #expect(PageRenderer.panelWidth(svg: "<svg viewBox=\"0 0 10 0\">") == nil)
    }
}
