import Foundation
import Notebook
import Testing
@testable import Site

/// `descent build` hands each page on as soon as its lesson is done instead of holding the
/// site; the folder it writes is byte for byte what the collected build returns.
@Suite struct StreamingBuildTests {
    static func files(under folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return result
    }

    @Test func publishedSiteEqualsTheCollectedOne() async throws {
        let folder = Fixture.bundled.appendingPathComponent("course").path
        let course = Course.load(paths: [folder], courseFolder: folder)
        let collected = await CourseBuild(course: course).run(render: true)
        let out = try Fixture.temporaryFolder("published").appendingPathComponent("site")
        let (published, writeError) = await CourseBuild(course: course).publish(to: out.path)
        #expect(writeError == nil)
        #expect(published.files.isEmpty, "pages went to the folder, not into the result")
        #expect(published.diagnostics.isEmpty)
        let written = Self.files(under: out)
        #expect(Set(written.keys) == Set(collected.files.map(\.path)))
        for file in collected.files {
            #expect(written[file.path] == Data(file.contents.utf8), "\(file.path)")
        }
        // Nothing is left beside the site.
        let beside = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(beside == ["site"])
    }

    @Test func pagesArriveOneByOneAndKnownLessonsAreSkipped() async throws {
        let (first, folder) = try await LessonBuild.build(["a.md": "# A\n\nText.\n", "b.md": "# B\n\nMore.\n"])
        let course = Course.load(paths: [folder], courseFolder: folder)
        var received: [String] = []
        var build = CourseBuild(course: course)
        let all = await build.run(render: true, pages: { received.append($0.path) })
        #expect(Set(received) == Set(first.files.map(\.path)))
        #expect(all.lessons.map(\.origin) == [.built, .built])
        // Known keys are neither run nor handed on again; their problems are kept.
        build.known = Dictionary(uniqueKeysWithValues: all.lessons.map { ($0.key, $0.diagnostics) })
        received = []
        let again = await build.run(render: true, pages: { received.append($0.path) })
        #expect(again.lessons.map(\.origin) == [.unchanged, .unchanged])
        #expect(received == ["index.html", "assets/descent.css", "assets/build.txt"])
    }

    @Test func aFailedLessonLeavesThePublishedSiteUntouched() async throws {
        let dir = try Fixture.temporaryFolder("failed")
        try "# A\n\nFirst version.\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let out = dir.deletingLastPathComponent().appendingPathComponent(dir.lastPathComponent + "-site")
        _ = await CourseBuild(course: Course.load(paths: [dir.path], courseFolder: dir.path)).publish(to: out.path)
        let before = Self.files(under: out)
        #expect(before["a.html"] != nil)
        try "# A\n\nSecond version.\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "```{descent}\n:los: sin\n```\n".write(to: dir.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let (result, _) = await CourseBuild(course: Course.load(paths: [dir.path], courseFolder: dir.path)).publish(to: out.path)
        #expect(result.diagnostics.contains { $0.severity == .error })
        #expect(Self.files(under: out) == before)
        let beside = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path).filter { $0.contains(out.lastPathComponent) }
        #expect(beside == [out.lastPathComponent], "no staging folder is left behind")
    }

    /// A course keeps no lesson text: each lesson is read when built, and only the texts of
    /// lessons with problems come back, to print them.
    @Test func onlyTheTextsOfLessonsWithProblemsAreKept() async throws {
        let dir = try Fixture.temporaryFolder("sources")
        try "# A\n\nClean.\n".write(to: dir.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "# B\n\n```{descent}\n:los: sin\n```\n".write(to: dir.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let course = Course.load(paths: [dir.path], courseFolder: dir.path)
        #expect(course.sources.isEmpty)
        let result = await CourseBuild(course: course).run(render: true, pages: { _ in })
        #expect(Array(result.sources.keys) == [dir.appendingPathComponent("b.md").path])
        let printed = DiagnosticPrinter(color: false, sources: result.sources).format(result.diagnostics)
        #expect(printed.contains(":los: sin"), "the source line is printed: \(printed)")
    }

    /// A lesson saved between loading the course and building it is built as it now reads,
    /// and not cached under the key of the text loaded: going back to that text must not
    /// serve the newer page.
    @Test func aLessonChangedDuringTheBuildIsNotCachedUnderTheOldKey() async throws {
        let dir = try Fixture.temporaryFolder("race")
        let lesson = dir.appendingPathComponent("a.md")
        try "# A\n\nFirst version.\n".write(to: lesson, atomically: true, encoding: .utf8)
        let cache = BuildCache(folder: dir.deletingLastPathComponent().appendingPathComponent(dir.lastPathComponent + "-cache").path)
        let course = Course.load(paths: [dir.path], courseFolder: dir.path)
        try "# A\n\nSecond version.\n".write(to: lesson, atomically: true, encoding: .utf8)
        let raced = await CourseBuild(course: course, cache: cache).run(render: true)
        #expect(raced.files.first { $0.path == "a.html" }?.contents.contains("Second version.") == true)
        try "# A\n\nFirst version.\n".write(to: lesson, atomically: true, encoding: .utf8)
        let again = await CourseBuild(course: Course.load(paths: [dir.path], courseFolder: dir.path), cache: cache).run(render: true)
        #expect(again.stats.cached == 0)
        #expect(again.files.first { $0.path == "a.html" }?.contents.contains("First version.") == true)
    }
}
