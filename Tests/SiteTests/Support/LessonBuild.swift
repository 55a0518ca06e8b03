import Foundation
import Notebook
@testable import Site

/// Builds lessons written inline in a test, from a temporary folder.
enum LessonBuild {
    /// Writes `lessons` (file name → text) into a fresh folder and builds them as a course.
    static func build(_ lessons: [String: String], render: Bool = true) async throws -> (result: CourseBuild.Result, folder: String) {
        let dir = try Fixture.temporaryFolder("lessons")
        for (name, text) in lessons {
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        let course = Course.load(paths: [dir.path], courseFolder: dir.path)
        return (await CourseBuild(course: course).run(render: render), dir.path)
    }

    /// The diagnostics printed without colour, paths relative to the folder.
    static func printed(_ result: CourseBuild.Result, folder: String) -> String {
        DiagnosticPrinter(color: false, sources: result.sources).format(result.diagnostics)
            .replacingOccurrences(of: folder + "/", with: "")
    }

    /// A `{descent}` spec resolved from `:key: value` lines, as a lesson would.
    static func spec(_ options: String) -> Notebook.DescentSpec? {
        let (lesson, _) = LessonParser.parse("```{descent}\n\(options)\n```\n", path: "t.md")
        for block in lesson.blocks {
            if case .descent(let d) = block { return d.panels.first }
        }
        return nil
    }
}
