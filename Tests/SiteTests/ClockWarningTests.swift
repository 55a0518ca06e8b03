import Foundation
import Testing
@testable import Site

/// A lesson that reads a real clock (`time.time()`, `time.perf_counter()`) prints something
/// different on every build: `check` warns at each call, and the page is still built.
@Suite struct ClockWarningTests {
    @Test func eachClockCallIsAWarningAtTheCall() async throws {
        let lesson = "# Timing\n\n```{code}\nimport time\nstart = time.perf_counter()\nx = sum(range(10))\nprint(x, time.time() > start)\n```\n"
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: false)
        #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
        let places = result.diagnostics.compactMap { $0.range.map { ($0.start.line, $0.start.column) } }
        #expect(places.map(\.0) == [5, 7])
        #expect(places.map(\.1) == [9, 10])
        #expect(result.diagnostics.first?.message.contains("time.perf_counter()") == true)
    }

    @Test func aLoopWarnsOncePerCall() async throws {
        let lesson = "```{code}\nimport time\nfor _ in range(3):\n    t = time.monotonic()\n```\n"
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: false)
        #expect(result.diagnostics.count == 1)
    }

    @Test func lessonsWithoutClocksHaveNoWarning() async throws {
        let lesson = "```{code}\nimport math, random\nrandom.seed(1)\nprint(math.sqrt(random.random()))\n```\n"
        let (result, _) = try await LessonBuild.build(["a.md": lesson], render: false)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}
