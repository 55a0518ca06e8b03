import Foundation
import Notebook
import Testing
@testable import Site

/// Lesson order, neighbours and ids across a course.
@Suite struct CourseOrderTests {
    @Test func duplicateOrderIsAWarningAndNamesTheOtherLesson() async throws {
        let (result, folder) = try await LessonBuild.build([
            "a.md": "---\ntitle: A < B & \"C\"\norder: 1\nsummary: Uses <em> & such.\n---\nText.\n",
            "b.md": "---\ntitle: B\norder: 1\n---\nText.\n",
            "c.md": "# C from its heading\n",
        ])
        let printed = LessonBuild.printed(result, folder: folder)
        #expect(printed.hasPrefix("b.md:1:1: warning: order 1 is also used by a.md\n"), "\(printed)")
        #expect(result.diagnostics.count == 1)
        // Ordered lessons first, then the rest by file name; titles escaped in the index.
        #expect(result.files.map(\.path) == ["index.html", "a.html", "b.html", "c.html", "assets/descent.css", "assets/build.txt"])
        let index = try #require(result.files.first?.contents)
        #expect(index.contains("A &lt; B &amp; &quot;C&quot;"))
        #expect(index.contains("Uses &lt;em&gt; &amp; such."))
        #expect(index.contains("C from its heading"))
    }

    @Test func headingAndFigureIdsAreUnique() async throws {
        let figure = "```{descent}\n:loss: reg\n:x: [-1, 1]\n:y: [-1, 1]\n:grid: 10\n"
        let lesson = "# L\n\n## Same\n\n## Same\n\n## Figure one\n\n## Figure 2\n\n\(figure):name: figure-one\n```\n\n\(figure)```\n"
        let (result, _) = try await LessonBuild.build(["l.md": lesson])
        #expect(result.diagnostics.isEmpty)
        let page = try #require(result.files.first { $0.path == "l.html" }?.contents)
        var ids: [String] = []
        var rest = page[...]
        while let r = rest.range(of: " id=\"") {
            rest = rest[r.upperBound...]
            if let end = rest.firstIndex(of: "\"") { ids.append(String(rest[..<end])) }
        }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        for id in ["same", "same-1", "figure-one", "figure-2"] { #expect(ids.contains(id), "\(id) missing from \(ids)") }
        #expect(page.contains("<figure class=\"descent\" id=\"figure-one\">"))
        #expect(page.contains("<figure class=\"descent\" id=\"figure-2\">"))
    }
}
