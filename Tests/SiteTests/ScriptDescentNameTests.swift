import Foundation
import Testing
@testable import Site

/// `descent(...)` in scripts follows the block rules for names: `use` sees only earlier
/// blocks, and a name cannot be taken twice (it is an anchor on the page).
@Suite struct ScriptDescentNameTests {
    static let block = "```{descent}\n:name: bowl\n:loss: reg\n:x: [-1, 1]\n:y: [-1, 1]\n:grid: 10\n```\n"

    @Test func useSeesOnlyEarlierBlocks() async throws {
        let lesson = "```{code}\ndescent(use=\"bowl\")\n```\n\n" + Self.block
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: false)
        #expect(result.diagnostics.map(\.message).contains { $0.hasPrefix("unknown preset or block name 'bowl'") })
    }

    @Test func usingAnEarlierBlockWorks() async throws {
        let lesson = Self.block + "\n```{code}\ndescent(use=\"bowl\", grid=12)\n```\n"
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: false)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.stats.figures == 2)
    }

    @Test func aNameIsTakenOnce() async throws {
        let lesson = Self.block + "\n```{code}\ndescent(use=\"bowl\", name=\"bowl\")\n```\n"
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: false)
        #expect(result.diagnostics.map(\.message).contains("name 'bowl' is already used by an earlier block"))
    }
}

/// A run that overflows to huge values, inf and nan still gives a page, with a note.
@Suite struct DivergingRunTests {
    @Test func hugeStepSizeGivesAPageAndAWarning() async throws {
        let lesson = "```{descent}\n:loss: sin\n:x: [-14, 0]\n:y: [-6, 12]\n:start: [-12, 10]\n:epochs: 30\n:step_size: 100\n:show: [figure, log, loss]\n```\n"
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: true)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        let page = try #require(result.files.first { $0.path == "a.html" }?.contents)
        #expect(page.contains("diverged"))
        #expect(!page.contains("=\"nan\"") && !page.contains("=\"inf\""))
    }
}

@Suite struct DescentCallLimitTests {
    @Test func aLoopOfDescentCallsIsBounded() async throws {
        let lesson = "```{code}\nfor i in range(25):\n    descent(loss=\"reg\", x=[-1, 1], y=[-1, 1], grid=5)\n```\n"
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: false)
        #expect(result.stats.figures == 20)
        #expect(result.diagnostics.map(\.message) == ["this script calls descent() 25 times; only the first 20 figures are drawn"])
        #expect(result.diagnostics.first?.range?.start.line == 3)
    }
}
