import Foundation
import Testing
import Notebook
@testable import Script

/// Error locations use `SourceLocation`'s 1-based UTF-8 byte columns; tracebacks keep
/// CPython's character-based carets.
@Suite struct ErrorColumnTests {
    @Test func runtimeErrorColumnCountsBytes() {
        let r = ScriptSession().run(source: "x = 1\nprint(\"ééé\", zz)\n", file: "lesson.md", lineOffset: 4)
        // `zz` is the 14th character but starts at byte 17 (each é is two bytes).
        #expect(r.error?.location == Notebook.SourceLocation(file: "lesson.md", line: 6, column: 17))
        #expect(r.error?.traceback.contains("    print(\"ééé\", zz)\n                 ^^\n") == true)
    }

    @Test func runtimeErrorInsideFunctionOfEarlierBlock() {
        let session = ScriptSession()
        _ = session.run(source: "def f():\n    return '€' + 1\n", file: "lesson.md", lineOffset: 10)
        let r = session.run(source: "f()\n", file: "lesson.md", lineOffset: 20)
        // `'€' + 1` starts at character 12 and byte 12; ASCII before it.
        #expect(r.error?.location == Notebook.SourceLocation(file: "lesson.md", line: 12, column: 12))
        let s = ScriptSession()
        _ = s.run(source: "def g():\n    s = '€€'; return s + 1\n", file: "lesson.md", lineOffset: 10)
        let q = s.run(source: "g()\n", file: "lesson.md", lineOffset: 20)
        // `s + 1` is character 22, after two three-byte euro signs: byte 26.
        #expect(q.error?.location == Notebook.SourceLocation(file: "lesson.md", line: 12, column: 26))
    }

    @Test func syntaxErrorColumnCountsBytes() {
        let r = ScriptSession().run(source: "a = 1\ns = 'ü' + (1\n", file: "lesson.md", lineOffset: 2)
        // The unclosed `(` is character 11, byte 12.
        #expect(r.error?.type == "SyntaxError")
        #expect(r.error?.location == Notebook.SourceLocation(file: "lesson.md", line: 4, column: 12))
        let ascii = ScriptSession().run(source: "s = 'u' + (1\n", file: "lesson.md")
        #expect(ascii.error?.location == Notebook.SourceLocation(file: "lesson.md", line: 1, column: 11))
    }

    @Test func utf8ColumnConversion() {
        #expect("print(\"ééé\", zz)".utf8Column(scalarOffset: 13) == 17)
        #expect("abc".utf8Column(scalarOffset: 0) == 1)
        #expect("abc".utf8Column(scalarOffset: 5) == 6)
        #expect("🙂x".utf8Column(scalarOffset: 1) == 5)
    }
}
