import Foundation
import Notebook
import Testing
@testable import Site

/// A bad option of a script's `descent(...)` call is reported where the call writes it, as a
/// `{descent}` block's is: at the value, inside a code string at the problem's column, and at
/// the keyword when the keyword is unknown. Columns count UTF-8 bytes, lines are the lesson's.
@Suite struct DescentCallPlaceTests {
    /// The lesson's code block starts on line 6.
    static func diagnostics(_ code: String) async throws -> [Diagnostic] {
        let lesson = "# Places\n\nProse before the code, ünïcode.\n\n```{code}\n" + code + "\n```\n"
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: false)
        return result.diagnostics
    }

    /// The one diagnostic whose message contains `text`, as `line:column-endColumn`.
    static func place(of text: String, in diagnostics: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        let matching = diagnostics.filter { $0.message.contains(text) }
        #expect(matching.count == 1, "\(diagnostics)", sourceLocation: sourceLocation)
        guard let range = matching.first?.range else { return nil }
        #expect(range.start.file.hasSuffix("a.md"), sourceLocation: sourceLocation)
        let end = range.end.line == range.start.line ? "\(range.end.column)" : "\(range.end.line):\(range.end.column)"
        return "\(range.start.line):\(range.start.column)-\(end)"
    }

    static let window = #"descent(loss="reg", x=[-5, 5], y=[-5, 5]"#

    @Test func misspelledOptimizerPointsInsideTheString() async throws {
        let d = try await Self.diagnostics(Self.window + #", epochs=3, optimizer="SDG(lr=0.1)")"#)
        #expect(Self.place(of: "'SDG' is not an optimizer in torch.optim. Did you mean: 'SGD'?", in: d) == "6:64-64")
    }

    @Test func badLearningRatePointsAtTheOptimizerText() async throws {
        let d = try await Self.diagnostics(Self.window + #", epochs=3, optimizer="SGD(lr=-1)")"#)
        #expect(Self.place(of: "ValueError: Invalid learning rate: -1", in: d) == "6:64-64")
    }

    @Test func badSchedulerKeywordPointsAtTheKeyword() async throws {
        let d = try await Self.diagnostics(Self.window + #", epochs=3, optimizer="SGD(lr=0.1)", scheduler="StepLR(step_sise=2)")"#)
        // The text starts at column 89; `step_sise` 7 characters into it.
        #expect(Self.place(of: "unexpected keyword argument 'step_sise'", in: d) == "6:96-96")
        let nested = try await Self.diagnostics(Self.window + #", epochs=3, optimizer="SGD(lr=0.1)", scheduler="SequentialLR(schedulers=[StepLR(step_size=2), ExponentialLR(gama=0.9)], milestones=[2])")"#)
        #expect(Self.place(of: "unexpected keyword argument 'gama'", in: nested) == "6:149-149")
    }

    @Test func lossSyntaxErrorPointsInsideTheString() async throws {
        let call = try await Self.diagnostics(#"descent(loss="w1 +* w2", x=[-5, 5], y=[-5, 5])"#)
        let block = try await LessonBuild.build(["a.md": "```{descent}\n:loss: w1 +* w2\n:x: [-5, 5]\n:y: [-5, 5]\n```\n"], render: false).result.diagnostics
        // The block's text starts at column 8, the call's at column 15: the same offset inside.
        let blockColumn = try #require(block.first?.range?.start.column)
        let message = try #require(block.first?.message)
        #expect(blockColumn > 8)
        #expect(Self.place(of: message, in: call) == "6:\(blockColumn + 7)-\(blockColumn + 7)")
    }

    @Test func emptyWindowCoversTheList() async throws {
        let d = try await Self.diagnostics(#"descent(loss="reg", x=[5, -5], y=[-5, 5])"#)
        #expect(Self.place(of: "'x' must be [min, max] with min < max", in: d) == "6:23-30")
    }

    @Test func wrongTypeCoversTheLiteralWithItsQuotes() async throws {
        let d = try await Self.diagnostics(Self.window + #", epochs="ten", optimizer="SGD(lr=0.1)")"#)
        #expect(Self.place(of: "option 'epochs' expects a whole number, found a string", in: d) == "6:50-55")
    }

    @Test func outOfRangeCoversTheNumber() async throws {
        let d = try await Self.diagnostics(Self.window + ", grid=1)")
        #expect(Self.place(of: "option 'grid' must be from 2 to 1000", in: d) == "6:48-49")
    }

    @Test func unknownKeywordPointsAtTheKeyword() async throws {
        let d = try await Self.diagnostics(Self.window + #", epoch=3, optimizer="SGD(lr=0.1)")"#)
        #expect(Self.place(of: "descent() got an unknown option 'epoch'; did you mean 'epochs'?", in: d) == "6:43-48")
    }

    @Test func nonASCIIBeforeTheArgumentCountsBytes() async throws {
        let d = try await Self.diagnostics(#"descent(title="λ → 0", loss="reg", x=[-5, 5], y=[-5, 5], epochs=3, optimizer="SDG(lr=0.1)")"#)
        #expect(Self.place(of: "'SDG' is not an optimizer", in: d) == "6:82-82")
    }

    @Test func nonASCIIInsideTheCodeCountsBytes() async throws {
        let d = try await Self.diagnostics(#"descent(loss="'é' + w3", x=[-5, 5], y=[-5, 5])"#)
        #expect(Self.place(of: "'w3' is not defined", in: d) == "6:22-22")
    }

    @Test func aBlockCodeColumnCountsBytesToo() async throws {
        let lesson = "```{descent}\n:loss: 0 * len(\"é\") + w3\n:x: [-5, 5]\n:y: [-5, 5]\n```\n"
        let d = try await LessonBuild.build(["a.md": lesson], render: false).result.diagnostics
        // `w3` is the 16th character of the text and starts at its 17th byte.
        #expect(d.first?.message.contains("'w3' is not defined") == true, "\(d)")
        #expect(d.first?.range?.start == SourceLocation(file: d.first?.range?.start.file ?? "", line: 2, column: 24))
    }

    /// A quoted value in a block points inside its text too, past the quote.
    @Test func aBlockQuotedCodeValuePointsAtTheCharacter() async throws {
        for (line, column) in [(":optimizer: \"SDG(lr=0.1)\"", 14), (":optimizer: 'SDG(lr=0.1)'", 14)] {
            let lesson = "```{descent}\n:loss: reg\n:x: [-5, 5]\n:y: [-5, 5]\n:epochs: 3\n" + line + "\n```\n"
            let d = try await LessonBuild.build(["a.md": lesson], render: false).result.diagnostics
            #expect(d.first?.message.contains("'SDG' is not an optimizer") == true, "\(d)")
            #expect(d.first?.range?.start.line == 6 && d.first?.range?.start.column == column, "\(d)")
        }
        let yaml = "```{descent}\n---\nloss: reg\nx: [-5, 5]\ny: [-5, 5]\nepochs: 3\noptimizer: \"SGD(lr=0.1, momentun=0.5)\"\n---\n```\n"
        let d = try await LessonBuild.build(["a.md": yaml], render: false).result.diagnostics
        // `momentun` is at offset 12 of the text, which starts at column 13.
        #expect(d.first?.range?.start.line == 7 && d.first?.range?.start.column == 25, "\(d)")
    }

    @Test func laterLinesOfTheBlockMapToTheirLessonLines() async throws {
        let code = """
        print("first")
        descent(
            loss="reg",
            x=[-5, 5], y=[-5, 5],
            epochs=3,
            optimizer="SDG(lr=0.1)",
        )
        """
        let d = try await Self.diagnostics(code)
        #expect(Self.place(of: "'SDG' is not an optimizer", in: d) == "11:16-16")
    }

    @Test func anFStringIsReportedWhole() async throws {
        let d = try await Self.diagnostics("lr = 0.1\n" + Self.window + #", epochs=3, optimizer=f"SDG(lr={lr})")"#)
        #expect(Self.place(of: "'SDG' is not an optimizer", in: d) == "7:63-78")
    }

    @Test func aStringWithEscapesIsReportedWhole() async throws {
        let d = try await Self.diagnostics(Self.window + #", epochs=3, optimizer="SDG(lr=\x30.1)")"#)
        #expect(Self.place(of: "'SDG' is not an optimizer", in: d) == "6:63-79")
    }

    @Test func aConcatenationIsReportedWhole() async throws {
        let d = try await Self.diagnostics(Self.window + #", epochs=3, optimizer="SDG" "(lr=0.1)")"#)
        #expect(Self.place(of: "'SDG' is not an optimizer", in: d) == "6:63-79")
    }

    @Test func aVariableIsReportedAtTheArgument() async throws {
        let d = try await Self.diagnostics("opt = \"SDG(lr=0.1)\"\n" + Self.window + ", epochs=3, optimizer=opt)")
        #expect(Self.place(of: "'SDG' is not an optimizer", in: d) == "7:63-66")
        let grid = try await Self.diagnostics("n = 1\n" + Self.window + ", grid=n)")
        #expect(Self.place(of: "option 'grid' must be from 2 to 1000", in: grid) == "7:48-49")
    }

    @Test func aRawStringIsItsText() async throws {
        let d = try await Self.diagnostics(Self.window + #", epochs=3, optimizer=r'SDG(lr=0.1)')"#)
        #expect(Self.place(of: "'SDG' is not an optimizer", in: d) == "6:65-65")
    }

    @Test func optionsFromAMappingPointAtIt() async throws {
        let d = try await Self.diagnostics("opts = {'grid': 1}\n" + Self.window + ", **opts)")
        #expect(Self.place(of: "option 'grid' must be from 2 to 1000", in: d) == "7:45-49")
        let display = try await Self.diagnostics(Self.window + ", **{'grid': 1, 'epoch': 3})")
        #expect(Self.place(of: "unknown option 'epoch'", in: display) == "6:57-64")
    }

    @Test func panelEntriesPointAtTheirValues() async throws {
        let d = try await Self.diagnostics(Self.window + #", epochs=3, panels=[{"optimizer": "SGD(lr=0.1)"}, {"optimizer": "SDG(lr=0.1)"}])"#)
        #expect(Self.place(of: "'SDG' is not an optimizer", in: d) == "6:106-106")
        let items = try await Self.diagnostics(#"descent(loss="reg", x=[-5, "a"], y=[-5, 5])"#)
        #expect(Self.place(of: "'x'", in: items) == "6:28-31")
    }

    @Test func problemsOfTheWholeCallCoverTheCall() async throws {
        let d = try await Self.diagnostics(#"print(1); descent(x=[-5, 5], y=[-5, 5])"#)
        #expect(Self.place(of: "loss", in: d) == "6:11-40")
    }
}
