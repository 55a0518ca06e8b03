import Testing
@testable import Script

/// Tokens, layout and the syntax tree: precedence, positions, f-string parts.
@Suite struct LexerParserTests {
    func kinds(_ source: String) throws -> [Token.Kind] {
        try Lexer.tokenize(source).map(\.kind)
    }

    @Test func indentationMakesIndentAndDedent() throws {
        let k = try kinds("if x:\n    y = 1\n\n    # c\nz\n")
        #expect(k == [.name("if"), .name("x"), .op(":"), .newline, .indent, .name("y"), .op("="), .int(1), .newline,
                      .dedent, .name("z"), .newline, .eof])
    }

    @Test func bracketsAndBackslashJoinLines() throws {
        let k = try kinds("x = (1 +\n     2)\ny = 1 + \\\n    2\n")
        #expect(k == [.name("x"), .op("="), .op("("), .int(1), .op("+"), .int(2), .op(")"), .newline,
                      .name("y"), .op("="), .int(1), .op("+"), .int(2), .newline, .eof])
    }

    @Test func literals() throws {
        let k = try kinds("1_000 0x1F 1.5e-3 .5 'a\\tb' \"\"\"x\ny\"\"\" r'\\n' 'caf\\u00e9'\n")
        #expect(k == [.int(1000), .int(31), .float(0.0015), .float(0.5), .string("a\tb"), .string("x\ny"), .string("\\n"), .string("café"), .newline, .eof])
    }

    @Test func adjacentStringsConcatenate() throws {
        let e = try Parser.parseExpression("'a' \"b\"")
        guard case .literal(.string("ab")) = e.kind else { Issue.record("\(e.kind)"); return }
    }

    func render(_ e: Expr) -> String {
        switch e.kind {
        case .name(let n): return n
        case .literal(.int(let i)): return "\(i)"
        case .binary(let op, let l, let r): return "(\(render(l)) \(op.rawValue) \(render(r)))"
        case .unary(let op, let x): return "(\(op.rawValue) \(render(x)))"
        case .and(let xs): return "(" + xs.map(render).joined(separator: " and ") + ")"
        case .or(let xs): return "(" + xs.map(render).joined(separator: " or ") + ")"
        case .compare(let f, let rest): return "(" + render(f) + rest.map { " \($0.0.rawValue) \(render($0.1))" }.joined() + ")"
        case .ifElse(let t, let b, let o): return "(\(render(b)) if \(render(t)) else \(render(o)))"
        case .call(let f, let args): return "\(render(f))(\(args.count))"
        case .attribute(let o, let n): return "\(render(o)).\(n)"
        default: return "?"
        }
    }

    @Test func precedenceIsPythons() throws {
        let cases = [
            "-2 ** 2": "(- (2 ** 2))",
            "2 ** -1": "(2 ** (- 1))",
            "2 ** 3 ** 2": "(2 ** (3 ** 2))",
            "a + b * c - d": "((a + (b * c)) - d)",
            "not a == b": "(not (a == b))",
            "a or b and not c": "(a or (b and (not c)))",
            "a < b <= c": "(a < b <= c)",
            "x if a or b else y": "(x if (a or b) else y)",
            "a | b ^ c & d << 1": "(a | (b ^ (c & (d << 1))))",
            "torch.optim.SGD(lr=1)": "torch.optim.SGD(1)",
            "(1 - w1)**2 + 100*(w2 - w1**2)**2": "(((1 - w1) ** 2) + (100 * ((w2 - (w1 ** 2)) ** 2)))",
        ]
        for (source, expected) in cases {
            #expect(render(try Parser.parseExpression(source)) == expected, "\(source)")
        }
    }

    @Test func nodesCarryPositions() throws {
        let body = try Parser.parseModule("x = 1\nif x:\n    y = foo(x,\n            2)\n")
        guard case .ifElse(_, let inner, _) = body[1].kind, case .assign(_, let call) = inner[0].kind else {
            Issue.record("shape"); return
        }
        #expect(call.span == Span(line: 3, column: 8, endLine: 4, endColumn: 14))
    }

    @Test func fStringPartsAndNestedSpecs() throws {
        let e = try Parser.parseExpression("f'a{x!r:>{w}}b{y=}{{'")
        guard case .fstring(let parts) = e.kind, parts.count == 5 else { Issue.record("\(e.kind)"); return }
        guard case .literal("a") = parts[0], case .field(_, let conv, let spec, nil) = parts[1],
              case .literal("b") = parts[2], case .field(_, nil, nil, "y=") = parts[3], case .literal("{") = parts[4] else {
            Issue.record("\(parts)"); return
        }
        #expect(conv == "r")
        #expect(spec?.count == 2)
    }

    @Test func fStringExpressionPositionsAreInTheScript() throws {
        let e = try Parser.parseExpression("f'ab{x + y}'")
        guard case .fstring(let parts) = e.kind, case .field(let inner, _, _, _) = parts[1] else { Issue.record("\(e.kind)"); return }
        #expect(inner.span.column == 5)
        #expect(inner.span.endColumn == 10)
    }
}
