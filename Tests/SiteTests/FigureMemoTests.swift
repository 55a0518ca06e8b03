import Foundation
import Notebook
import Testing
@testable import Site

/// `descent serve` keeps the runs and figures of earlier rounds: an edit that leaves a
/// `{descent}` block alone reuses its run and drawing, and the page is byte for byte what a
/// build without the memo makes.
@Suite struct FigureMemoTests {
    static let lesson = """
    # Memo

    Some prose.

    ```{descent}
    :name: named
    :loss: sin
    :x: [-3, 3]
    :y: [-3, 3]
    :grid: 40
    :optimizer: SGD(lr=0.1)
    :epochs: 20
    :show: [figure, loss]
    ```

    ```{descent}
    :loss: reg
    :x: [-1, 1]
    :y: [-1, 1]
    :grid: 20
    :optimizer: Adam(lr=0.05)
    :epochs: 10
    ```

    ```{code}
    descent(loss="reg", x=[-1, 1], y=[-1, 1], grid=20, optimizer="SGD(lr=0.2)", epochs=5)
    ```

    """

    func build(_ text: String, in dir: URL, memo: FigureMemo?) async throws -> (html: String, diagnostics: [Diagnostic]) {
        try Data(text.utf8).write(to: dir.appendingPathComponent("a.md"))
        var build = CourseBuild(course: Course.load(paths: [dir.path], courseFolder: dir.path))
        build.memo = memo
        let result = await build.run(render: true)
        return (result.files.first { $0.path == "a.html" }?.contents ?? "", result.diagnostics)
    }

    @Test func untouchedBlocksAreReusedAndPagesStayTheSame() async throws {
        let dir = try Fixture.temporaryFolder("memo")
        let memo = FigureMemo()
        let first = try await build(Self.lesson, in: dir, memo: memo)
        #expect(first.html.contains("<svg"))
        #expect(first.diagnostics.isEmpty, "\(first.diagnostics)")
        let computed = memo.misses
        #expect(memo.hits == 0)
        #expect(computed >= 5, "three runs and their three drawings")

        // A prose edit: every run and drawing comes from the memo.
        let edited = Self.lesson.replacingOccurrences(of: "Some prose.", with: "Some other prose.")
        let second = try await build(edited, in: dir, memo: memo)
        #expect(memo.misses == computed)
        #expect(memo.hits == computed)
        #expect(second.html == (try await build(edited, in: dir, memo: nil)).html)

        // A changed learning rate runs and draws that block again, and only it.
        let retuned = edited.replacingOccurrences(of: "Adam(lr=0.05)", with: "Adam(lr=0.07)")
        let third = try await build(retuned, in: dir, memo: memo)
        #expect(memo.misses == computed + 2)
        #expect(third.html == (try await build(retuned, in: dir, memo: nil)).html)
        #expect(third.html != second.html)
    }

    @Test func problemsComeBackWithTheRememberedRun() async throws {
        let dir = try Fixture.temporaryFolder("memo-problems")
        let memo = FigureMemo()
        let broken = Self.lesson.replacingOccurrences(of: "SGD(lr=0.1)", with: "SDG(lr=0.1)")
        let first = try await build(broken, in: dir, memo: memo)
        #expect(!first.diagnostics.isEmpty)
        let again = try await build(broken.replacingOccurrences(of: "Some prose.", with: "Prose."), in: dir, memo: memo)
        #expect(again.diagnostics.map(\.message) == first.diagnostics.map(\.message))
        #expect(again.diagnostics.map(\.range) == first.diagnostics.map(\.range))
    }

    @Test func theBudgetBoundsWhatIsKept() async throws {
        let dir = try Fixture.temporaryFolder("memo-budget")
        let memo = FigureMemo(budget: 1)
        _ = try await build(Self.lesson, in: dir, memo: memo)
        let computed = memo.misses
        _ = try await build(Self.lesson, in: dir, memo: memo)
        #expect(memo.misses > computed, "nothing fits in one byte, so everything is computed again")
    }
}
