import Foundation
import Notebook
import Render
import Script

/// Runs and renders a whole course: every lesson concurrently, results in course order.
public struct CourseBuild: Sendable {
    /// What a build produced.
    public struct Result: Sendable {
        /// Every file of the site, relative path → contents (empty when not rendering).
        public var files: [(path: String, contents: String)]
        /// Every problem, in course order (loading first, then lesson by lesson).
        public var diagnostics: [Diagnostic]
        /// Source texts by path, for printing diagnostics.
        public var sources: [String: String]
        public var stats: Stats
        /// The cache key of every lesson of this run, for `BuildCache.prune(keeping:)`.
        public var cacheKeys: Set<String>
    }

    /// Counts for the summary line.
    public struct Stats: Sendable {
        public var lessons = 0
        public var figures = 0
        public var runs = 0
        public var scripts = 0
        public var cached = 0
    }

    public var course: Course
    public var cache: BuildCache?
    /// The step budget and time limit of every script run.
    public var limits: ScriptLimits

    public init(course: Course, cache: BuildCache? = nil, limits: ScriptLimits = .standard) {
        self.course = course
        self.cache = cache
        self.limits = limits
    }

    /// Evaluates every lesson and, when `render` is true, renders the site's files;
    /// `progress` hears of each finished lesson (done, total, lesson path).
    public func run(render: Bool, progress: (@Sendable (Int, Int, String) -> Void)? = nil) async -> Result {
        let lessons = course.lessons
        let config = course.config
        let keys = lessons.indices.map { index in
            LessonOutcome.cacheKey(lessons[index], previous: index > 0 ? lessons[index - 1] : nil,
                                   next: index + 1 < lessons.count ? lessons[index + 1] : nil, config: config, render: render)
        }
        let outcomes = await withTaskGroup(of: (Int, LessonOutcome).self) { group in
            for (index, parsed) in lessons.enumerated() {
                let previous = index > 0 ? lessons[index - 1] : nil
                let next = index + 1 < lessons.count ? lessons[index + 1] : nil
                let cache = self.cache
                let limits = self.limits
                let key = keys[index]
                group.addTask {
                    if let cache, let hit = cache.load(key) { return (index, hit) }
                    var outcome = LessonOutcome.make(parsed, previous: previous, next: next, config: config, render: render, limits: limits)
                    if let cache, !outcome.diagnostics.contains(where: { $0.severity == .error }) {
                        cache.store(outcome, key: key)
                        outcome.cached = false
                    }
                    return (index, outcome)
                }
            }
            var results = [LessonOutcome?](repeating: nil, count: lessons.count)
            var done = 0
            for await (index, outcome) in group {
                results[index] = outcome
                done += 1
                progress?(done, lessons.count, lessons[index].source.path)
            }
            return results.compactMap { $0 }
        }
        var diagnostics = course.diagnostics
        var files: [(path: String, contents: String)] = []
        var stats = Stats()
        for outcome in outcomes {
            diagnostics += outcome.diagnostics
            if let html = outcome.html { files.append((outcome.pageName, html)) }
            stats.lessons += 1
            stats.figures += outcome.figures
            stats.runs += outcome.runs
            stats.scripts += outcome.scripts
            if outcome.cached { stats.cached += 1 }
        }
        if render {
            let entries = lessons.enumerated().map { index, parsed in
                (number: index + 1, title: parsed.lesson.title, summary: parsed.lesson.frontMatter.summary ?? "", href: parsed.pageName)
            }
            files.insert(("index.html", PageLayout.indexPage(courseTitle: config.title, description: config.description ?? "",
                                                             lessons: entries, stylesheetHref: "assets/descent.css")), at: 0)
            files.append(("assets/descent.css", Stylesheet.css))
            files.append(("assets/build.txt", "Built by Descent \(BuildCache.toolVersion) with the \(LessonEvaluator.backendFingerprint) math backend.\n"))
        }
        return Result(files: files, diagnostics: diagnostics, sources: course.sources, stats: stats, cacheKeys: Set(keys))
    }
}
