import Foundation
import Notebook
import Testing
@testable import Site

/// Builds the broken lessons (one kind of problem per file, or several in one to prove all
/// are reported) and compares each lesson's diagnostics, printed as `descent check` prints
/// them, with the `.expected` file beside it.
///
/// The folder is built once for all tests. `endless-loop.md` runs into the script time
/// limit, which the site builder does not let callers lower, so this build takes about 10 s.
@Suite struct BrokenLessonTests {
    static let folder = Fixture.bundled.appendingPathComponent("broken").path

    /// The one build of the broken folder that every test here reads.
    static let build = Task { () -> CourseBuild.Result in
        let course = Course.load(paths: [folder], courseFolder: folder)
        return await CourseBuild(course: course).run(render: true)
    }

    static let lessons: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixture.bundled.appendingPathComponent("broken").path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    /// A lesson's diagnostics as printed, with the fixture folder written as `broken/`.
    static func printed(_ name: String, in result: CourseBuild.Result) -> String {
        let path = folder + "/" + name
        let mine = result.diagnostics.filter { $0.range?.start.file == path }
        let text = DiagnosticPrinter(color: false, sources: result.sources).format(mine)
        return text.replacingOccurrences(of: folder + "/", with: "broken/")
    }

    @Test func thereAreBrokenLessons() {
        #expect(Self.lessons.count >= 9)
    }

    @Test(arguments: lessons)
    func diagnosticsMatchExpected(_ name: String) async {
        let result = await Self.build.value
        let text = Self.printed(name, in: result)
        #expect(!text.isEmpty, "\(name) reported nothing")
        Fixture.expectGolden(text, "broken/" + name.dropLast(3) + ".expected")
    }

    @Test func everyLessonIsReportedNotOnlyTheFirst() async {
        let result = await Self.build.value
        let files = Set(result.diagnostics.compactMap { $0.range?.start.file })
        for name in Self.lessons {
            #expect(files.contains(Self.folder + "/" + name), "no diagnostic for \(name)")
        }
        #expect(result.stats.lessons == Self.lessons.count)
        // Diagnostics come in course order: lesson by lesson, by place within a lesson.
        let order = result.diagnostics.compactMap { $0.range?.start.file }
        var seen: [String] = []
        for file in order where seen.last != file {
            #expect(!seen.contains(file), "diagnostics of \(file) are not together")
            seen.append(file)
        }
        #expect(seen == seen.sorted())
    }

    /// Problems are errors, except a diverging run and an option that has no effect.
    @Test func severities() async {
        let result = await Self.build.value
        for diagnostic in result.diagnostics {
            let file = diagnostic.range?.start.file ?? ""
            let warning = file.hasSuffix("diverges.md") || diagnostic.message.hasPrefix("no epochs")
            #expect(diagnostic.severity == (warning ? .warning : .error), "\(diagnostic)")
        }
    }

    @Test func divergenceIsAVisibleNoteNotACrash() async throws {
        let result = await Self.build.value
        let page = try #require(result.files.first { $0.path == "diverges.html" }?.contents)
        #expect(page.contains("<p class=\"figure-note\">SGD - {&#39;lr&#39;: 10} diverged: the loss is inf from epoch 13 on") ||
                page.contains("<p class=\"figure-note\">SGD - {'lr': 10} diverged: the loss is inf from epoch 13 on"))
        #expect(page.contains("<svg"), "the figure is still drawn")
        #expect(page.contains("<td>nan</td>") || page.contains("<td>inf</td>"), "the log shows the non-finite values")
    }

    @Test func aRaisingOrEndlessScriptDoesNotStopTheLesson() async throws {
        let result = await Self.build.value
        let loop = try #require(result.files.first { $0.path == "endless-loop.html" }?.contents)
        #expect(loop.contains("TimeoutError: script stopped after 10 s"))
        #expect(loop.contains("<pre class=\"output\" aria-label=\"Output\">the lesson goes on\n</pre>"))
        let raising = try #require(result.files.first { $0.path == "name-error.html" }?.contents)
        #expect(raising.contains("<pre class=\"output\" aria-label=\"Output\">before\n</pre>"))
        #expect(raising.contains("line 12, in train"))
        #expect(raising.contains("<pre class=\"output\" aria-label=\"Output\">after\n</pre>"))
    }

    @Test func checkCommandReportsEveryLessonAndFails() async {
        let buffer = Buffer()
        let console = Console(out: { buffer.append($0) }, err: { buffer.append($0) }, errorIsTerminal: false)
        // The endless loop is left out here: the folder build above already pays its 10 s.
        let paths = Self.lessons.filter { $0 != "endless-loop.md" }.map { Self.folder + "/" + $0 }
        let status = await Commands.check(paths: paths, console: console)
        #expect(status == 1)
        for path in paths { #expect(buffer.text.contains(path + ":"), "\(path) not reported") }
        #expect(buffer.text.hasSuffix("Checked 11 lessons (11 figures, 1 optimizer run, 9 scripts); 42 errors, 2 warnings\n"), "\(buffer.text.suffix(200))")
    }
}

/// Collects console output in tests.
final class Buffer: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = ""
    func append(_ s: String) { lock.lock(); storage += s; lock.unlock() }
    var text: String { lock.lock(); defer { lock.unlock() }; return storage }
}
