import Testing
@testable import Render

@Suite struct MathMLTests {
    private func inline(_ tex: String) throws -> String { try MathML.render(tex: tex, display: false) }

    @Test func identifiersNumbersAndOperators() throws {
        #expect(try inline("x + 2.5 = y") == "<math><mi>x</mi><mo>+</mo><mn>2.5</mn><mo>=</mo><mi>y</mi></math>")
        #expect(try inline("a - b < c") == "<math><mi>a</mi><mo>−</mo><mi>b</mi><mo>&lt;</mo><mi>c</mi></math>")
        #expect(try inline("a \\leq b \\geq c \\approx d \\to e \\in S")
            == "<math><mi>a</mi><mo>≤</mo><mi>b</mi><mo>≥</mo><mi>c</mi><mo>≈</mo><mi>d</mi><mo>→</mo><mi>e</mi><mo>∈</mo><mi>S</mi></math>")
        #expect(try inline("a \\times b \\cdot c \\odot d") == "<math><mi>a</mi><mo>×</mo><mi>b</mi><mo>⋅</mo><mi>c</mi><mo>⊙</mo><mi>d</mi></math>")
    }

    @Test func greekLetters() throws {
        #expect(try inline("\\alpha\\epsilon\\varepsilon") == "<math><mi>α</mi><mi>ϵ</mi><mi>ε</mi></math>")
        #expect(try inline("\\Delta \\nabla") == "<math><mi mathvariant=\"normal\">Δ</mi><mi mathvariant=\"normal\">∇</mi></math>")
    }

    @Test func scripts() throws {
        #expect(try inline("w_t") == "<math><msub><mi>w</mi><mi>t</mi></msub></math>")
        #expect(try inline("x^{2}") == "<math><msup><mi>x</mi><mn>2</mn></msup></math>")
        #expect(try inline("x^10") == "<math><msup><mi>x</mi><mn>1</mn></msup><mn>0</mn></math>")
        #expect(try inline("\\theta_{t+1}")
            == "<math><msub><mi>θ</mi><mrow><mi>t</mi><mo>+</mo><mn>1</mn></mrow></msub></math>")
        #expect(try inline("x_i^2") == "<math><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></math>")
        #expect(try inline("x^2_i") == "<math><msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup></math>")
        #expect(try inline("f'(x)")
            == "<math><msup><mi>f</mi><mo>′</mo></msup><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></math>")
        #expect(try inline("10^{-3}") == "<math><msup><mn>10</mn><mrow><mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo><mn>3</mn></mrow></msup></math>")
    }

    /// A sign (after an opening bracket, a comma, another operator, or first) is not spaced
    /// as a binary operator; after a closing bracket or an operand it is.
    @Test func signsAreNotBinaryOperators() throws {
        let sign = "<mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo>"
        #expect(try inline("(-3, -1.6)")
            == "<math><mo stretchy=\"false\">(</mo>\(sign)<mn>3</mn><mo>,</mo>\(sign)<mn>1.6</mn><mo stretchy=\"false\">)</mo></math>")
        #expect(try inline("a = -b") == "<math><mi>a</mi><mo>=</mo>\(sign)<mi>b</mi></math>")
        #expect(try inline("(a) - b") == "<math><mo stretchy=\"false\">(</mo><mi>a</mi><mo stretchy=\"false\">)</mo><mo>−</mo><mi>b</mi></math>")
        #expect(try inline("a - b") == "<math><mi>a</mi><mo>−</mo><mi>b</mi></math>")
    }

    @Test func slashIsUnspaced() throws {
        #expect(try inline("1/3") == "<math><mn>1</mn><mo stretchy=\"false\" lspace=\"0\" rspace=\"0\">/</mo><mn>3</mn></math>")
    }

    @Test func fractionsRootsAndFences() throws {
        #expect(try inline("\\frac{\\partial L}{\\partial w}")
            == "<math><mfrac><mrow><mi>∂</mi><mi>L</mi></mrow><mrow><mi>∂</mi><mi>w</mi></mrow></mfrac></math>")
        #expect(try inline("\\frac12") == "<math><mfrac><mn>1</mn><mn>2</mn></mfrac></math>")
        #expect(try inline("\\sqrt{x+1}") == "<math><msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt></math>")
        #expect(try inline("\\sqrt[3]{x}") == "<math><mroot><mi>x</mi><mn>3</mn></mroot></math>")
        #expect(try inline("\\left( \\frac{a}{b} \\right)")
            == "<math><mrow><mo stretchy=\"true\">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo stretchy=\"true\">)</mo></mrow></math>")
        #expect(try inline("\\left. x \\right|") == "<math><mrow><mi>x</mi><mo stretchy=\"true\">|</mo></mrow></math>")
    }

    @Test func accentsAndFonts() throws {
        #expect(try inline("\\hat{v}") == "<math><mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">^</mo></mover></math>")
        #expect(try inline("\\bar x") == "<math><mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">‾</mo></mover></math>")
        #expect(try inline("\\tilde{y}") == "<math><mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">~</mo></mover></math>")
        #expect(try inline("\\mathbf{W}x") == "<math><mi>𝐖</mi><mi>x</mi></math>")
        #expect(try inline("\\mathbf{\\theta}") == "<math><mi>𝛉</mi></math>")
        #expect(try inline("\\mathbb{R}^n") == "<math><msup><mi>ℝ</mi><mi>n</mi></msup></math>")
        #expect(try inline("\\mathrm{lr}_t") == "<math><msub><mi>lr</mi><mi>t</mi></msub></math>")
        #expect(try inline("\\mathrm{d}x") == "<math><mi mathvariant=\"normal\">d</mi><mi>x</mi></math>")
    }

    @Test func functionNames() throws {
        #expect(try inline("\\sin x")
            == "<math><mi>sin</mi><mo>&#x2061;</mo><mspace width=\"0.1667em\"></mspace><mi>x</mi></math>")
        #expect(try inline("\\exp(x)")
            == "<math><mi>exp</mi><mo>&#x2061;</mo><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></math>")
        #expect(try inline("\\max_{w} f")
            == "<math><munder><mo form=\"prefix\" movablelimits=\"true\" lspace=\"0\" rspace=\"0.1667em\">max</mo><mi>w</mi></munder><mi>f</mi></math>")
        #expect(try inline("\\arg\\min_w")
            == "<math><mi>arg</mi><mo>&#x2061;</mo><mspace width=\"0.1667em\"></mspace><munder><mo form=\"prefix\" movablelimits=\"true\" lspace=\"0\" rspace=\"0.1667em\">min</mo><mi>w</mi></munder></math>")
        #expect(try inline("\\sum_{i=1}^{n} x_i")
            == "<math><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></math>")
        #expect(try inline("\\int_0^1") == "<math><msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup></math>")
        #expect(try inline("\\sum\\nolimits_i") == "<math><msub><mo>∑</mo><mi>i</mi></msub></math>")
    }

    @Test func textAndSpaces() throws {
        #expect(try inline("\\text{if } x") == "<math><mtext>if\u{A0}</mtext><mi>x</mi></math>")
        #expect(try inline("\\text{for $t > 0$}")
            == "<math><mrow><mtext>for\u{A0}</mtext><mi>t</mi><mo>&gt;</mo><mn>0</mn></mrow></math>")
        #expect(try inline("a\\,b\\quad c")
            == "<math><mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi><mspace width=\"1em\"></mspace><mi>c</mi></math>")
        #expect(try inline("a \\leftarrow b") == "<math><mi>a</mi><mo>←</mo><mi>b</mi></math>")
    }

    @Test func displayAndEnvironments() throws {
        #expect(try MathML.render(tex: "x", display: true) == "<math display=\"block\"><mi>x</mi></math>")
        let aligned = try MathML.render(tex: "\\begin{aligned} m &= a \\\\ v &= b \\end{aligned}", display: true)
        let right = "<mtd style=\"text-align:right;text-align:-webkit-right;padding:0.25em 0\">"
        let left = "<mtd style=\"text-align:left;text-align:-webkit-left;padding:0.25em 0\">"
        #expect(aligned == "<math display=\"block\"><mtable displaystyle=\"true\">"
            + "<mtr>\(right)<mi>m</mi></mtd>\(left)<mrow><mi></mi><mo>=</mo><mi>a</mi></mrow></mtd></mtr>"
            + "<mtr>\(right)<mi>v</mi></mtd>\(left)<mrow><mi></mi><mo>=</mo><mi>b</mi></mrow></mtd></mtr>"
            + "</mtable></math>")
        let cases = try inline("\\begin{cases} 1 & x > 0 \\\\ 0 & \\text{else} \\end{cases}")
        #expect(cases.hasPrefix("<math><mrow><mo stretchy=\"true\">{</mo><mtable><mtr>"))
        #expect(cases.contains("<mtext>else</mtext>"))
        #expect(cases.components("<mtr>").count == 3)
        let matrix = try inline("\\begin{pmatrix} a & b \\\\ c & d \\\\ \\end{pmatrix}")
        #expect(matrix.components("<mtd").count == 5)
        #expect(matrix.hasSuffix("</mtable><mo stretchy=\"true\">)</mo></mrow></math>"))
    }

    @Test func bracesGroupAndCommentsAreSkipped() throws {
        #expect(try inline("{a}{b}") == "<math><mi>a</mi><mi>b</mi></math>")
        #expect(try inline("{a+b}^2") == "<math><msup><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></msup></math>")
        #expect(try inline("a % comment\n+ b") == "<math><mi>a</mi><mo>+</mo><mi>b</mi></math>")
    }

    @Test func seedFormulas() throws {
        // The update rules a lesson on optimizers writes.
        let formulas = [
            "\\theta_{t+1} = \\theta_t - \\eta \\nabla_\\theta L(\\theta_t)",
            "\\hat{m}_t = \\frac{m_t}{1 - \\beta_1^t}",
            "\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\sqrt{\\hat{v}_t} + \\epsilon} \\hat{m}_t",
            "v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t \\odot g_t",
            "\\eta_t = \\eta_{\\min} + \\frac{1}{2}(\\eta_{\\max} - \\eta_{\\min})\\left(1 + \\cos\\left(\\frac{T_{cur}}{T_{max}}\\pi\\right)\\right)",
            "L(w_1, w_2) = w_1^2 + w_2^2 + 1.8\\, w_1 w_2",
        ]
        for tex in formulas {
            let xml = try MathML.render(tex: tex, display: true)
            #expect(isBalanced(xml), "\(tex)")
        }
    }

    @Test(arguments: [
        ("\\foo x", "unknown command \\foo", 0),
        ("a + \\sinh x + \\bogus", "unknown command \\bogus", 14),
        ("x^", "missing argument for ^", 1),
        ("\\frac{a}", "missing argument for \\frac", 0),
        ("{a", "missing } for this {", 0),
        ("a}", "unmatched }", 1),
        ("\\left( x", "\\left without a matching \\right", 0),
        ("x \\right)", "\\right without a matching \\left", 2),
        ("x_1_2", "double subscript: use braces, as in x_{a_b}", 3),
        ("x^1^2", "double superscript: use braces, as in x^{a^b}", 3),
        ("\\begin{aligned} a \\end{cases}", "\\begin{aligned} ended by \\end{cases}", 23),
        ("\\begin{foo} a \\end{foo}", "unknown environment foo", 7),
        ("\\begin{cases} a", "\\begin{cases} without a matching \\end{cases}", 0),
        ("a & b", "& is only allowed inside an environment such as aligned", 2),
        ("a \\\\ b", "\\\\ is only allowed inside an environment such as aligned", 2),
        ("θ + \\nope", "unknown command \\nope", 5),
        ("\\text{a \\bad}", "unknown command \\bad in \\text{…}", 8),
        ("x \\", "a lone \\ ends the formula", 2),
    ])
    func errorsCarryOffsets(tex: String, message: String, offset: Int) {
        #expect(throws: MathML.Error.self) { try MathML.render(tex: tex, display: false) }
        do {
            _ = try MathML.render(tex: tex, display: false)
        } catch let error as MathML.Error {
            #expect(error.message == message)
            #expect(error.offset == offset)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unknownCommandNamesItForSuggestions() {
        do {
            _ = try MathML.render(tex: "\\alpah", display: false)
            Issue.record("no error")
        } catch let error as MathML.Error {
            #expect(error.unknownCommand == "alpah")
            #expect(MathML.knownCommands.contains("alpha"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}

extension String {
    /// Pieces of the string around each occurrence of `separator`.
    func components(_ separator: String) -> [Substring] {
        var pieces: [Substring] = []
        var rest = self[...]
        while let range = rest.firstRange(of: separator) {
            pieces.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        pieces.append(rest)
        return pieces
    }
}

@Suite struct MathMLRobustnessTests {
    @Test func deepNestingIsAnErrorNotACrash() async {
        let deep = String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000)
        let hats = String(repeating: "\\hat ", count: 5_000) + "x"
        let fences = String(repeating: "\\left( ", count: 3_000)
        for tex in [deep, hats, fences] {
            // Run in a task, as a build does, where stacks are small.
            let result = await Task { () -> MathML.Error? in
                do { _ = try MathML.render(tex: tex, display: true); return nil } catch let error as MathML.Error { return error } catch { return nil }
            }.value
            #expect(result?.message.hasPrefix("formula nested more than") == true)
        }
        let ok = String(repeating: "{", count: 30) + "x" + String(repeating: "}", count: 30)
        #expect(throws: Never.self) { try MathML.render(tex: ok, display: false) }
    }

    @Test func randomInputEitherRendersOrThrowsLocatedError() {
        let pieces = ["\\frac", "\\sqrt", "\\left(", "\\right)", "\\begin{aligned}", "\\end{aligned}", "\\begin{cases}",
                      "\\end{cases}", "&", "\\\\", "{", "}", "^", "_", "'", "x", "2.5", "\\alpha", "\\text{a $b$ }",
                      "\\mathbf", "\\hat", "\\sum", "\\limits", "\\max", "\\sin", " ", "\\", "$", "[", "]", "\\sqrt[",
                      "\\not", "=", "\\bogus", "%", "\n", "θ", "\\operatorname", "\\big", "\\middle|", "\\displaystyle"]
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var rendered = 0
        for _ in 0..<5000 {
            let tex = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
            do {
                let xml = try MathML.render(tex: tex, display: next() % 2 == 0)
                #expect(isBalanced(xml), "\(tex.debugDescription)")
                rendered += 1
            } catch let error as MathML.Error {
                #expect(error.offset >= 0 && error.offset <= tex.utf8.count, "\(tex.debugDescription)")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        #expect(rendered > 100)
    }
}

@Suite struct MathMLLinesTests {
    @Test func overlineAndUnderlineAreBorders() throws {
        #expect(try MathML.render(tex: "\\overline{AB}", display: false)
            == "<math><mrow style=\"border-top:0.065em solid;padding-top:0.1em\"><mi>A</mi><mi>B</mi></mrow></math>")
        #expect(try MathML.render(tex: "\\underline x", display: false)
            == "<math><mrow style=\"border-bottom:0.065em solid;padding-bottom:0.1em\"><mi>x</mi></mrow></math>")
        #expect(try MathML.render(tex: "\\underbrace{a+b}_{n}", display: false)
            == "<math><munder><munder accentunder=\"true\"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy=\"true\">⏟</mo></munder><mi>n</mi></munder></math>")
    }
}

@Suite struct MathMLSymbolTests {
    @Test func everyKnownCommandIsAccepted() throws {
        // Each command alone or with the arguments it needs converts without error.
        let needsArgument: Set<String> = [
            "frac", "dfrac", "tfrac", "cfrac", "binom", "overset", "underset", "stackrel",
        ]
        let skip: Set<String> = ["left", "right", "middle", "begin", "end", "limits", "nolimits", "not",
                                 "displaystyle", "textstyle"]
        for name in MathML.knownCommands where !skip.contains(name) {
            var tex = "\\" + name
            if needsArgument.contains(name) { tex += "{a}{b}" }
            else if TeXSymbols.bigSizes[name] != nil { tex += "(" }
            else if TeXSymbols.fonts[name] != nil || TeXSymbols.accents[name] != nil || TeXSymbols.rules[name] != nil
                        || TeXSymbols.underAccents[name] != nil || ["sqrt", "text", "textrm", "textbf", "textit", "textsf", "texttt", "textnormal", "mbox"].contains(name) {
                tex += "{x}"
            }
            #expect(throws: Never.self, "\(tex)") { _ = try MathML.render(tex: tex, display: false) }
        }
        #expect(try MathML.render(tex: "a \\lt b", display: false) == "<math><mi>a</mi><mo>&lt;</mo><mi>b</mi></math>")
    }
}
