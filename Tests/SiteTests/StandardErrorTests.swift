import Foundation
import Notebook
import Testing
@testable import Site

/// What a block writes to standard error (warnings, "Exception ignored" reports) is shown
/// on its page after what it printed, and `{output} stderr` checks it as `{output}` checks
/// the printed output.
@Suite struct StandardErrorTests {
    static let warningLesson = """
    ```{code}
    import warnings
    print("before")
    warnings.warn("check the shapes")
    ```

    ```{output}
    before
    ```

    ```{output} stderr
    a.md:4: UserWarning: check the shapes
      warnings.warn("check the shapes")
    ```

    """

    @Test func matchingStderrBlockPassesAndThePageShowsTheStream() async throws {
        let (result, folder) = try await LessonBuild.build(["a.md": Self.warningLesson])
        #expect(result.diagnostics.isEmpty, "\(LessonBuild.printed(result, folder: folder))")
        let page = try #require(result.files.first { $0.path == "a.html" }?.contents)
        let shown = "<pre class=\"output\" aria-label=\"Output\">before\n</pre>\n<pre class=\"output stderr\" aria-label=\"Standard error\">"
            + "a.md:4: UserWarning: check the shapes\n  warnings.warn(&quot;check the shapes&quot;)\n</pre>"
        #expect(page.contains(shown), "\(page)")
    }

    @Test func pageTracebacksNameTheLessonByItsFileName() async throws {
        let lesson = "```{code}\nprint(\"hi\")\n1 / 0\n```\n"
        let (result, folder) = try await LessonBuild.build(["a.md": lesson])
        let page = try #require(result.files.first { $0.path == "a.html" }?.contents)
        #expect(page.contains("File &quot;a.md&quot;, line 3, in &lt;module&gt;"), "\(page)")
        #expect(!page.contains(folder), "the page names the build's folder: \(page)")
    }

    @Test func differingStderrIsAnErrorWithADiff() async throws {
        let lesson = Self.warningLesson.replacingOccurrences(of: "a.md:4: UserWarning: check the shapes", with: "a.md:4: UserWarning: other")
        let (result, folder) = try await LessonBuild.build(["a.md": lesson], render: false)
        let printed = LessonBuild.printed(result, folder: folder)
        #expect(printed.contains("a.md:12:1: error: code block wrote something other than its {output} stderr block to standard error"), "\(printed)")
        #expect(printed.contains("- a.md:4: UserWarning: other"), "\(printed)")
        #expect(printed.contains("+ a.md:4: UserWarning: check the shapes"), "\(printed)")
    }

    @Test func stderrBlockMayComeFirstAndUnknownStreamsAreErrors() async throws {
        let lesson = """
        ```{code}
        import warnings
        warnings.warn("w")
        ```

        ```{output} stderr
        a.md:3: UserWarning: w
          warnings.warn("w")
        ```

        ```{output}
        ```

        ```{output} stdrr
        ```

        """
        let (result, folder) = try await LessonBuild.build(["a.md": lesson], render: false)
        let printed = LessonBuild.printed(result, folder: folder)
        #expect(result.diagnostics.count == 1, "\(printed)")
        #expect(printed.contains("a.md:14:1: error: unknown output stream 'stdrr'"), "\(printed)")
        #expect(printed.contains("did you mean 'stderr'?"), "\(printed)")
    }

    @Test func cleanupReportsOfDroppedGeneratorsAreShown() async throws {
        let lesson = """
        ```{code}
        def gen():
            try:
                yield 1
            finally:
                raise ValueError("cleanup failed")
        g = gen()
        next(g)
        del g
        print("after")
        ```

        """
        let (result, folder) = try await LessonBuild.build(["a.md": lesson])
        #expect(result.diagnostics.isEmpty, "\(LessonBuild.printed(result, folder: folder))")
        let page = try #require(result.files.first { $0.path == "a.html" }?.contents)
        #expect(page.contains("<pre class=\"output stderr\" aria-label=\"Standard error\">Exception ignored in: &lt;generator object gen at 0x"), "\(page)")
        #expect(page.contains("  File &quot;a.md&quot;, line 6, in gen\n"), "\(page)")
        #expect(page.contains("ValueError: cleanup failed\n</pre>"), "\(page)")
    }

    @Test func stacklevelPointsAtTheCallersMarkdownLine() async throws {
        let lesson = """
        ```{code}
        import warnings

        def deprecated(name):
            warnings.warn(f"{name} is deprecated", DeprecationWarning, stacklevel=2)
        ```

        Later on the page:

        ```{code}
        def old_mean(xs):
            deprecated("old_mean")
            return sum(xs) / len(xs)

        print(old_mean([1, 2]))
        deprecated("top")
        ```

        ```{output}
        1.5
        ```

        ```{output} stderr
        a.md:12: DeprecationWarning: old_mean is deprecated
          deprecated("old_mean")
        a.md:16: DeprecationWarning: top is deprecated
          deprecated("top")
        ```

        """
        let (result, folder) = try await LessonBuild.build(["a.md": lesson], render: false)
        #expect(result.diagnostics.isEmpty, "\(LessonBuild.printed(result, folder: folder))")
    }
}
