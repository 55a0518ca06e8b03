import Foundation
import Notebook
import Render
import Script

/// Runs and renders a whole course: every lesson concurrently, results in course order.
public struct CourseBuild: Sendable {
    /// What a build produced.
    public struct Result: Sendable {
        /// Every file of the site, relative path → contents (empty when not rendering, or
        /// when the files went to a `pages` receiver as they were done).
        public var files: [(path: String, contents: String)]
        /// Every problem, in course order (loading first, then lesson by lesson).
        public var diagnostics: [Diagnostic]
        /// Source texts by path, for printing diagnostics: `course.yaml` and the lessons
        /// with problems (the others are not kept).
        public var sources: [String: String]
        public var stats: Stats
        /// The cache key of every lesson of this run, for `BuildCache.prune(keeping:)`.
        public var cacheKeys: Set<String>
        /// Every lesson in course order: its page, key and problems, and whether it was built.
        public var lessons: [LessonReport]
    }

    /// One lesson of a build, without its page.
    public struct LessonReport: Sendable {
        /// The lesson file's path.
        public var path: String
        /// The page's file name in the site.
        public var pageName: String
        /// The cache key: it changes whenever anything the page depends on changes.
        public var key: String
        /// The lesson's problems, in source order.
        public var diagnostics: [Diagnostic]
        /// How the lesson's page came about this time.
        public var origin: Origin

        public enum Origin: Sendable, Equatable {
            /// Evaluated and rendered.
            case built
            /// Read from the build cache.
            case cached
            /// Known from `CourseBuild.known`: neither built nor written again.
            case unchanged
        }

        /// Whether the lesson has errors (its page is then not fit to publish).
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// A finished file of the site, handed to a `pages` receiver as soon as it is done.
    public struct SiteFile: Sendable {
        /// The path inside the site (`01-intro.html`, `assets/descent.css`).
        public var path: String
        public var contents: String
        /// True for the page of a lesson with errors.
        public var failed: Bool
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
    /// Lessons already built by an earlier run whose page is in place, by cache key, with their
    /// problems: a lesson whose key is here is neither run nor written again (`descent serve`).
    public var known: [String: [Diagnostic]] = [:]
    /// Runs and figures computed by earlier builds of this process (`descent serve`); nil
    /// for `descent build`, which computes each once and must not hold them.
    public var memo: FigureMemo?

    public init(course: Course, cache: BuildCache? = nil, limits: ScriptLimits = .standard) {
        self.course = course
        self.cache = cache
        self.limits = limits
    }

    /// Evaluates every lesson and, when `render` is true, renders the site's files;
    /// `progress` hears of each finished lesson (done, total, lesson path). With `pages`, each
    /// file goes there as soon as it is done and is not kept, so memory stays flat however
    /// large the course; without, the files come back in `Result.files`, in site order.
    public func run(render: Bool, progress: (@Sendable (Int, Int, String) -> Void)? = nil,
                    pages: ((SiteFile) -> Void)? = nil) async -> Result {
        Self.configureAllocator()
        let lessons = course.lessons
        let config = course.config
        let keys = lessons.indices.map { index in
            LessonOutcome.cacheKey(lessons[index], previous: index > 0 ? lessons[index - 1] : nil,
                                   next: index + 1 < lessons.count ? lessons[index + 1] : nil, config: config, render: render)
        }
        var files: [(path: String, contents: String)] = []
        var indexEntries: [(number: Int, title: String, summary: String, href: String)] = []
        if render {
            indexEntries = lessons.enumerated().map { index, parsed in
                (number: index + 1, title: parsed.title, summary: parsed.outline.summary ?? "", href: parsed.pageName)
            }
            let index = PageLayout.indexPage(courseTitle: config.title, description: config.description ?? "",
                                             lessons: indexEntries, stylesheetHref: "assets/descent.css")
            if let pages { pages(SiteFile(path: "index.html", contents: index, failed: false)) } else { files.append(("index.html", index)) }
        }
        var reports = [LessonReport?](repeating: nil, count: lessons.count)
        var lessonPages = [String?](repeating: nil, count: pages == nil ? lessons.count : 0)
        var stats = Stats()
        var sources = course.sources
        // Lessons to build, in course order; the others are known from an earlier run.
        var pending: [Int] = []
        for (index, parsed) in lessons.enumerated() {
            if let diagnostics = known[keys[index]] {
                reports[index] = LessonReport(path: parsed.path, pageName: parsed.pageName, key: keys[index],
                                              diagnostics: diagnostics, origin: .unchanged)
                if !diagnostics.isEmpty, let text = try? LessonFinder.read(parsed.path).get() { sources[parsed.path] = text }
            } else {
                pending.append(index)
            }
        }
        let total = pending.count
        // A few lessons are in flight at a time (two per core), each added as one finishes:
        // with every lesson queued at once, the loop below would run only after most of
        // them, and every finished page would wait in memory until then.
        let width = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
        await withTaskGroup(of: (Int, LessonOutcome, String?).self) { group in
            var nextPending = 0
            func addNext() {
                guard nextPending < pending.count else { return }
                let index = pending[nextPending]
                nextPending += 1
                let parsed = lessons[index]
                let previous = index > 0 ? lessons[index - 1] : nil
                let next = index + 1 < lessons.count ? lessons[index + 1] : nil
                let cache = self.cache
                let limits = self.limits
                let memo = self.memo
                let key = keys[index]
                // The lesson's text comes back only when it has problems, to print them.
                group.addTask {
                    if let cache, let hit = cache.load(key) {
                        let text = hit.diagnostics.isEmpty ? nil : try? LessonFinder.read(parsed.path).get()
                        return (index, hit, text)
                    }
                    var (outcome, text, current) = LessonOutcome.make(parsed, previous: previous, next: next, config: config, render: render, limits: limits, memo: memo)
                    if let cache, current, !outcome.diagnostics.contains(where: { $0.severity == .error }) {
                        cache.store(outcome, key: key)
                        outcome.cached = false
                    }
                    return (index, outcome, outcome.diagnostics.isEmpty ? nil : text)
                }
            }
            for _ in 0..<width { addNext() }
            var done = 0
            for await (index, outcome, text) in group {
                addNext()
                if let text { sources[lessons[index].path] = text }
                let report = LessonReport(path: lessons[index].path, pageName: outcome.pageName, key: keys[index],
                                          diagnostics: outcome.diagnostics, origin: outcome.cached ? .cached : .built)
                if let html = outcome.html {
                    if let pages { pages(SiteFile(path: outcome.pageName, contents: html, failed: report.failed)) } else { lessonPages[index] = html }
                }
                reports[index] = report
                stats.figures += outcome.figures
                stats.runs += outcome.runs
                stats.scripts += outcome.scripts
                if outcome.cached { stats.cached += 1 }
                done += 1
                // Hand the freed pages of the finished lesson back to the system, so the
                // allocator's per-thread arenas do not keep growing over a long build.
                if total > 8 { Self.releaseFreeMemory() }
                progress?(done, total, lessons[index].path)
            }
        }
        let finished = reports.compactMap { $0 }
        stats.lessons = finished.count
        var diagnostics = course.diagnostics
        for report in finished { diagnostics += report.diagnostics }
        if render {
            for (index, html) in lessonPages.enumerated() {
                if let html { files.append((lessons[index].pageName, html)) }
            }
            let assets = [("assets/descent.css", Stylesheet.css),
                          ("assets/build.txt", "Built by Descent \(BuildCache.toolVersion) with the \(LessonEvaluator.backendFingerprint) math backend.\n")]
            for (path, contents) in assets {
                if let pages { pages(SiteFile(path: path, contents: contents, failed: false)) } else { files.append((path, contents)) }
            }
        }
        return Result(files: files, diagnostics: diagnostics, sources: sources, stats: stats, cacheKeys: Set(keys), lessons: finished)
    }

    /// Returns memory the allocator holds but no longer uses to the system (glibc), as a
    /// long build does after each lesson.
    public static func releaseFreeMemory() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }

    /// Makes glibc's allocator serve blocks of 128 KiB and more (a page's HTML, a figure's
    /// SVG, large tensors) with their own mappings, returned to the system when freed. By
    /// default the threshold rises to the largest block freed so far (up to 32 MiB), after
    /// which those blocks come from the threads' heaps and leave holes there that a long
    /// build keeps. Once per process.
    static func configureAllocator() { _ = allocatorConfigured }

    private static let allocatorConfigured: Void = {
        #if os(Linux)
        _ = glibcMallopt(-3, 128 * 1024)  // M_MMAP_THRESHOLD; setting it stops the rise
        #endif
    }()
}

#if os(Linux)
/// glibc's `malloc_trim` (declared in `malloc.h`, which the Glibc module leaves out).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32

/// glibc's `mallopt`, likewise.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
