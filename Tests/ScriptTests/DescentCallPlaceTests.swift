import Foundation
import Testing
import Notebook
@testable import Script

/// A `descent(...)` call tells the host where each option is written: the keyword, the
/// value, a string literal's text, list items and dict entries, in the file's lines and
/// UTF-8 columns.
@Suite struct DescentCallPlaceTests {
    /// The one call a script makes, run as a block whose first line is line 11 of `l.md`.
    static func call(_ source: String) throws -> DescentCall {
        let r = ScriptSession().run(source: source, file: "l.md", lineOffset: 10)
        #expect(r.succeeded, "\(r.error?.traceback ?? "")")
        return try #require(r.descentCalls.first)
    }

    static func range(_ line: Int, _ column: Int, _ endColumn: Int, endLine: Int? = nil) -> SourceRange {
        SourceRange(start: SourceLocation(file: "l.md", line: line, column: column),
                    end: SourceLocation(file: "l.md", line: endLine ?? line, column: endColumn))
    }

    @Test func keywordsValuesAndTextAreLocated() throws {
        let call = try Self.call(#"x = 1; descent(loss="reg", grid=10, optimizer='SDG(lr=0.1)')"#)
        #expect(call.location == SourceLocation(file: "l.md", line: 11, column: 8))
        #expect(call.range == Self.range(11, 8, 61))
        #expect(call.places["loss"] == OptionPlace.Entry(key: Self.range(11, 16, 20), value: OptionPlace(range: Self.range(11, 21, 26), text: Self.range(11, 22, 25))))
        #expect(call.places["grid"] == OptionPlace.Entry(key: Self.range(11, 28, 32), value: OptionPlace(range: Self.range(11, 33, 35))))
        #expect(call.places["optimizer"]?.value.text == Self.range(11, 48, 59))
    }

    @Test func columnsCountBytesAndLinesFollowTheCall() throws {
        let call = try Self.call("t = 'ω'\ndescent(title='λ→0',\n        epochs=3)\n")
        // `title` is after `descent(`; `'λ→0'` is 3 characters but 6 bytes between quotes.
        #expect(call.places["title"]?.value == OptionPlace(range: Self.range(12, 15, 23), text: Self.range(12, 16, 22)))
        #expect(call.places["epochs"]?.key == Self.range(13, 9, 15))
        #expect(call.range == Self.range(12, 1, 18, endLine: 13))
    }

    @Test func onlyTextWrittenAsIsHasATextRange() throws {
        let call = try Self.call(#"lr = 0.1; descent(a=f"SGD(lr={lr})", b="S\x47D", c="SG" "D", d=r"S\GD", e="""SGD""", f=lr)"#)
        #expect(call.places["a"]?.value.text == nil)
        #expect(call.places["b"]?.value.text == nil)
        #expect(call.places["c"]?.value.text == nil)
        #expect(call.places["d"]?.value.text == Self.range(11, 66, 70))
        #expect(call.places["e"]?.value.text == Self.range(11, 78, 81))
        #expect(call.places["f"]?.value == OptionPlace(range: Self.range(11, 88, 90)))
    }

    @Test func displaysLocateTheirItemsAndEntries() throws {
        let call = try Self.call(#"descent(x=[-5, 5], panels=[{"epochs": 3}])"#)
        #expect(call.places["x"]?.value.items.map(\.range) == [Self.range(11, 12, 14), Self.range(11, 16, 17)])
        let panel = try #require(call.places["panels"]?.value.items.first)
        #expect(panel.entries["epochs"] == OptionPlace.Entry(key: Self.range(11, 29, 37), value: OptionPlace(range: Self.range(11, 39, 40))))
    }

    @Test func optionsFromAMappingAreLocatedAtIt() throws {
        let call = try Self.call("o = {'grid': 3}\ndescent(**o, **{'epochs': 2})\n")
        #expect(call.places["grid"] == OptionPlace.Entry(key: Self.range(12, 11, 12), value: OptionPlace(range: Self.range(12, 11, 12))))
        #expect(call.places["epochs"] == OptionPlace.Entry(key: Self.range(12, 17, 25), value: OptionPlace(range: Self.range(12, 27, 28))))
    }

    @Test func aCallInAFunctionIsPlacedWhereTheFunctionIsWritten() throws {
        let session = ScriptSession()
        var calls: [DescentCall] = []
        session.onDescent = { calls.append($0) }
        _ = session.run(source: "def show(n):\n    descent(grid=n, loss='reg')\n", file: "l.md", lineOffset: 10)
        let r = session.run(source: "show(3)\n", file: "l.md", lineOffset: 20)
        #expect(r.succeeded)
        let call = try #require(calls.first)
        #expect(call.range == Self.range(12, 5, 32))
        #expect(call.places["grid"]?.value.range == Self.range(12, 18, 19))
        #expect(call.places["loss"]?.value.text == Self.range(12, 27, 30))
    }

    @Test func aFailedCallLeavesNoPlaceForTheNext() {
        let session = ScriptSession()
        var calls: [DescentCall] = []
        session.onDescent = { calls.append($0) }
        let bad = session.run(source: "descent(1, grid=3)\n", file: "l.md")
        #expect(bad.error?.summary == "TypeError: descent() takes 0 positional arguments but 1 was given")
        let good = session.run(source: "f = descent\nf(grid=4)\n", file: "l.md")
        #expect(good.succeeded)
        #expect(calls.count == 1)
        #expect(calls.first?.places["grid"]?.key.start == SourceLocation(file: "l.md", line: 2, column: 3))
    }
}
