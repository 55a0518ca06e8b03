import Foundation
import Testing
@testable import Script

/// Syntax errors are worded and placed as CPython 3.11 words and places them
/// (Fixtures/language/syntax_errors.json from CPython's `compile`).
@Suite struct SyntaxErrorTests {
    struct Case: Decodable {
        let source: String
        let type: String
        let msg: String
        let line: Int
        let offset: Int
    }

    static func cases() throws -> [(String, Case)] {
        let url = try #require(fixtureURL("language/syntax_errors.json"))
        let all = try JSONDecoder().decode([String: Case].self, from: Data(contentsOf: url))
        return all.sorted { $0.key < $1.key }
    }

    @Test func messagesAndLinesMatchCPython() throws {
        for (name, c) in try Self.cases() {
            do {
                _ = try Parser.parseModule(c.source)
                Issue.record("\(name): no syntax error")
            } catch {
                #expect(error.kind == c.type, "\(name)")
                #expect(error.message == c.msg, "\(name)")
                #expect(error.line == c.line, "\(name)")
            }
        }
    }

    @Test func columnsMatchCPython() throws {
        // f-string errors: CPython 3.11 reports them past the literal; we point into it.
        for (name, c) in try Self.cases() where !name.hasPrefix("fstring") {
            do {
                _ = try Parser.parseModule(c.source)
            } catch {
                #expect(error.column == c.offset, "\(name): \(error.column) vs \(c.offset)")
            }
        }
    }

    @Test func tracebackOfASyntaxErrorAsPythonPrintsIt() {
        let r = run("x = 1\nif x\n    pass\n")
        #expect(r.error?.traceback == """
              File "test.py", line 2
                if x
                    ^
            SyntaxError: expected ':'

            """)
    }

    @Test func parserNestingIsLimited() {
        let deep = String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500)
        #expect(throws: ScriptSyntaxError.self) { try Parser.parseExpression(deep) }
    }
}
