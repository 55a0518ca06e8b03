import Foundation
import Notebook
import Testing
@testable import Site

/// Builds the fixture course, which uses every directive and option of the lesson format,
/// and compares every file of the site with its golden copy.
@Suite struct GoldenSiteTests {
    static func buildFixtureCourse() async -> CourseBuild.Result {
        let folder = Fixture.bundled.appendingPathComponent("course").path
        let course = Course.load(paths: [folder], courseFolder: folder)
        return await CourseBuild(course: course).run(render: true)
    }

    @Test func fixtureCourseBuildsWithoutProblems() async {
        let result = await Self.buildFixtureCourse()
        let printed = DiagnosticPrinter(color: false, sources: result.sources).format(result.diagnostics)
        #expect(result.diagnostics.isEmpty, "\(printed)")
        #expect(result.stats.lessons == 4)
        #expect(result.stats.figures == 14)
        #expect(result.stats.runs == 14)
        #expect(result.stats.scripts == 9)
        #expect(result.files.map(\.path) == ["index.html", "01-surfaces.html", "02-schedulers.html", "03-code.html", "appendix.html", "assets/descent.css", "assets/build.txt"])
    }

    @Test func everyFileMatchesItsGolden() async throws {
        let result = await Self.buildFixtureCourse()
        for file in result.files {
            Fixture.expectGolden(file.contents, "golden/" + file.path)
        }
        // No golden is left over from a page the course no longer produces.
        let goldenFolder = Fixture.source.appendingPathComponent("golden")
        let enumerator = FileManager.default.enumerator(atPath: goldenFolder.path)
        var stale: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: goldenFolder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue, !result.files.contains(where: { $0.path == path }) { stale.append(path) }
        }
        #expect(stale.isEmpty, "goldens with no page: \(stale)")
    }

    @Test func twoBuildsAreByteIdentical() async {
        let first = await Self.buildFixtureCourse()
        let second = await Self.buildFixtureCourse()
        #expect(first.files.map(\.path) == second.files.map(\.path))
        for (a, b) in zip(first.files, second.files) where a.contents != b.contents {
            Issue.record("\(a.path) differs between two builds:\n\(Fixture.firstDifferences(expected: a.contents, actual: b.contents))")
        }
    }
}
