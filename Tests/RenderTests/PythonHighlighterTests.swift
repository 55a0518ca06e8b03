import Testing
@testable import Render

@Suite struct PythonHighlighterTests {
    /// Strips tags and unescapes the three entities the highlighter writes.
    private func plain(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }

    /// The (class, text) of each span, in order.
    private func spans(_ html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let start = rest.firstRange(of: "<span class=\"") {
            rest = rest[start.upperBound...]
            guard let quote = rest.firstIndex(of: "\""), let end = rest.firstRange(of: "</span>") else { break }
            let kind = rest[..<quote]
            let text = rest[rest.index(quote, offsetBy: 2)..<end.lowerBound]
            result.append("\(kind):\(text)")
            rest = rest[end.upperBound...]
        }
        return result
    }

    @Test func tokenClasses() {
        #expect(spans(PythonHighlighter.html("def step(self, lr=0.01):")) == [
            "kw:def", "fn:step", "self:self", "op:=", "num:0.01",
        ])
        #expect(spans(PythonHighlighter.html("class Adam(Optimizer): pass")) == ["kw:class", "cls:Adam", "kw:pass"])
        #expect(spans(PythonHighlighter.html("x = None if a is True else False  # note")) == [
            "op:=", "const:None", "kw:if", "kw:is", "const:True", "kw:else", "const:False", "com:# note",
        ])
        #expect(spans(PythonHighlighter.html("print(len(xs), w.sum())")) == ["bi:print", "bi:len"])
        #expect(spans(PythonHighlighter.html("@torch.no_grad()\ndef f(): return a @ b")) == [
            "dec:@torch.no_grad", "kw:def", "fn:f", "kw:return", "op:@",
        ])
        #expect(spans(PythonHighlighter.html("n = 1_000 + 0x1F + 1.5e-3 + 2j + .5")) == [
            "op:=", "num:1_000", "op:+", "num:0x1F", "op:+", "num:1.5e-3", "op:+", "num:2j", "op:+", "num:.5",
        ])
    }

    @Test func strings() {
        #expect(spans(PythonHighlighter.html("s = 'a' + \"b\" + r'\\d' + b\"x\" + '''t\n'''")) == [
            "op:=", "str:'a'", "op:+", "str:\"b\"", "op:+", "str:r'\\d'", "op:+", "str:b\"x\"", "op:+", "str:'''t\n'''",
        ])
        #expect(spans(PythonHighlighter.html("'it\\'s'")) == ["str:'it\\'s'"])
        #expect(spans(PythonHighlighter.html("f\"{loss.item():.4f} {{x}}\"")) == [
            "str:f\"", "interp:{", "str::.4f", "interp:}", "str: {{x}}\"",
        ])
        #expect(spans(PythonHighlighter.html("f'{len(xs)!r}'")) == [
            "str:f'", "interp:{", "bi:len", "str:!r", "interp:}", "str:'",
        ])
        // An unterminated string ends at the line's end; the next line is code again.
        #expect(spans(PythonHighlighter.html("s = 'open\nx = 1")) == ["op:=", "str:'open", "op:=", "num:1"])
    }

    @Test func escapesHTML() {
        #expect(PythonHighlighter.html("a<b and c>d & e") ==
            "a<span class=\"op\">&lt;</span>b <span class=\"kw\">and</span> c<span class=\"op\">&gt;</span>d <span class=\"op\">&amp;</span> e")
    }

    @Test func roundTripOnSamples() {
        let samples = [
            "", "\n", "x", "'", "\"\"\"", "f'{", "f\"{x!", "f'{a['b']}'", "\\", "@", "@\n", "0x", "1e+",
            "def", "class\n", "# only", "r'\\", "'''\n\n", "f'{{}}{'", "ü = 'ä' # ✓\r\n", "\t\u{C}",
            "lambda x: {**x, 'a': [1, 2][0:1]}", "f'''{\n1\n}'''", "x = \"<&>\"",
        ]
        for sample in samples {
            #expect(plain(PythonHighlighter.html(sample)) == sample, "\(sample.debugDescription)")
        }
    }

    @Test func roundTripOnRandomInput() {
        // Deterministic pseudo-random strings over an alphabet rich in Python syntax.
        let alphabet: [Character] = Array("abfrFRBdefclassTrueNone_019.xeE+-*/@=<>&!:{}[]()'\"\\#\n\t ,üθ✓\r")
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<3000 {
            let length = next() % 40
            let sample = String((0..<length).map { _ in alphabet[next() % alphabet.count] })
            let html = PythonHighlighter.html(sample)
            #expect(plain(html) == sample, "\(sample.debugDescription)")
            #expect(!html.contains("<span class=\"str\"></span>"))
        }
    }
}

@Suite struct PythonHighlighterRobustnessTests {
    @Test func nestedFStringsAreBounded() async {
        var code = ""
        for i in 0..<3000 { code += i % 2 == 0 ? "f'{" : "f\"{" }
        let input = code
        let html = await Task { PythonHighlighter.html(input) }.value
        var plain = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { plain.append(c) }
        }
        #expect(plain == input)
    }
}
