import Foundation
import Notebook
import Script
import Site

/// The site `descent serve` shows, kept in a folder of its own and brought up to date one
/// round at a time.
///
/// A round loads the course again (reading and hashing every lesson is cheap) and builds
/// only lessons whose cache key changed since the last round: an edited lesson, its
/// neighbours when its title or page changed (their prev/next links), everything when
/// `course.yaml` changed. The build cache (`.descent-cache`, shared with `descent build`)
/// serves lessons built before. Pages are written one by one as they are done, each
/// replaced atomically (write beside, then rename), and only when their bytes changed; the
/// page of a lesson with errors is not replaced, so its last good version stays.
final class PreviewSite: @unchecked Sendable {
    let notebooks: String
    let folder: String
    let cache: BuildCache?
    let limits: ScriptLimits
    /// The lessons of the last round by cache key, with their problems.
    private var known: [String: [Diagnostic]] = [:]
    /// The course of the last round, whose unchanged lessons are not outlined again.
    private var previous: Course?
    /// Runs and figures of earlier rounds: an edit reruns its lesson, but the `{descent}`
    /// blocks it did not touch are not computed again.
    let memo = FigureMemo()

    init(notebooks: String, folder: String, cache: BuildCache?, limits: ScriptLimits) {
        self.notebooks = notebooks
        self.folder = folder
        self.cache = cache
        self.limits = limits
    }

    /// What one round did.
    struct Round: Sendable {
        /// Site files whose bytes changed (written or removed).
        var changedFiles: [String]
        /// Lessons run again or read from the cache (not unchanged), by path.
        var rebuilt: [String]
        /// Lessons and course files whose text differs from the last round's, by path relative
        /// to the notebooks folder (as the watcher names them): what the round answered, even
        /// when the watcher had reported only an editor's temporary file of the save so far
        /// (the rename over the lesson came while the course loaded).
        var changedSources: [String]
        var fromCache: Int
        var state: PreviewState
        var duration: Duration
        var stats: CourseBuild.Stats
    }

    /// What the last round built from: every lesson's path and text hash, and `course.yaml`.
    private var builtFrom: [String] = []
    /// What the last round built from, by path: every lesson's text hash and every other
    /// source's text.
    private var builtVersions: [String: String] = [:]
    /// When the last round ended.
    private var lastRound: ContinuousClock.Instant?
    /// How long after a round a change that leaves the course as it was is taken for the
    /// tail of the same save (a second `touch`, an editor's `chmod` after the rename).
    static let echoWindow: Duration = .seconds(1)

    /// Brings the folder up to date with the lessons on disk, after the changes `trigger`
    /// (nil for the first round). Returns nil, without building or writing anything, when
    /// the changes left every lesson and `course.yaml` byte for byte as the last round built
    /// them and either name none of them (an editor's temporary file) or come within
    /// `echoWindow` of that round: one save is one round, however the watcher split it.
    func rebuild(after trigger: [String]? = nil) async -> Round? {
        let clock = ContinuousClock()
        let start = clock.now
        let course = Course.load(paths: [notebooks], courseFolder: notebooks, previous: previous)
        previous = course
        let from = course.lessons.map { "\($0.path)\t\($0.digest)" } + course.sources.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }
            + course.diagnostics.map(\.message)
        if let trigger, from == builtFrom {
            let namesCourseFile = trigger.contains(where: FolderWatchers.isCourseFile)
            let recent = lastRound.map { start - $0 < Self.echoWindow } ?? false
            if !namesCourseFile || recent { return nil }
        }
        builtFrom = from
        var versions: [String: String] = [:]
        for lesson in course.lessons { versions[lesson.path] = lesson.digest }
        for (path, text) in course.sources { versions[path] = text }
        let prefix = notebooks.hasSuffix("/") ? notebooks : notebooks + "/"
        let changedSources = Set(versions.keys).union(builtVersions.keys).filter { versions[$0] != builtVersions[$0] }
            .map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }.sorted()
        builtVersions = versions
        defer { lastRound = clock.now }
        var build = CourseBuild(course: course, cache: cache, limits: limits)
        build.known = known
        build.memo = memo
        var changed: [String] = []
        let folder = self.folder
        let result = await build.run(render: true, pages: { file in
            guard !file.failed else { return }
            if Self.replace(file.path, with: file.contents, in: folder) { changed.append(file.path) }
        })
        known = [:]
        for lesson in result.lessons { known[lesson.key] = lesson.diagnostics }
        // Pages of lessons renamed or removed go, so links to them fail as they will in `site/`.
        let pages = Set(result.lessons.map(\.pageName)).union(["index.html"])
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasSuffix(".html") && !pages.contains(name) {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
            changed.append(name)
        }
        cache?.prune(keeping: result.cacheKeys)
        let failedPages = Set(result.lessons.filter(\.failed).map(\.pageName))
        let state = PreviewState(built: true, title: course.config.title, diagnostics: result.diagnostics, sources: result.sources,
                                 failedPages: failedPages,
                                 courseFailed: course.diagnostics.contains { $0.severity == .error })
        let rebuilt = result.lessons.filter { $0.origin != .unchanged }.map(\.path)
        return Round(changedFiles: changed.sorted(), rebuilt: rebuilt, changedSources: changedSources, fromCache: result.lessons.filter { $0.origin == .cached }.count,
                     state: state, duration: clock.now - start, stats: result.stats)
    }

    /// Writes `contents` to `path` inside `folder` unless it already holds exactly that;
    /// returns whether the file changed. A reader never sees half a file.
    static func replace(_ path: String, with contents: String, in folder: String) -> Bool {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
        let data = Data(contents.utf8)
        if let existing = FileManager.default.contents(atPath: url.path), existing == data { return false }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 { throw CocoaError(.fileWriteUnknown) }
            return true
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return false
        }
    }
}

/// What the server needs to know about the latest round to answer a request.
struct PreviewState: Sendable {
    /// False until the first round has finished.
    var built: Bool
    var title: String
    var diagnostics: [Diagnostic]
    var sources: [String: String]
    /// Pages of lessons with errors: requests for them get the problems page.
    var failedPages: Set<String>
    /// True when the course itself has errors (unreadable `course.yaml`, clashing pages):
    /// every page then shows the problems.
    var courseFailed: Bool

    static let initial = PreviewState(built: false, title: "", diagnostics: [], sources: [:], failedPages: [], courseFailed: false)

    /// The diagnostics as the CLI prints them, to tell whether a round changed them.
    var printed: String { DiagnosticPrinter(color: false, sources: sources).format(diagnostics) }
}
