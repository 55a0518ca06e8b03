import Foundation
import Notebook
import Render
import Script

/// What building one lesson produced: its page and its problems.
public struct LessonOutcome: Sendable, Codable {
    public var pageName: String
    public var html: String?
    public var diagnostics: [Diagnostic]
    public var figures: Int
    public var runs: Int
    public var scripts: Int
    /// True when this outcome came from the build cache.
    public var cached: Bool = false

    /// Problems reported for one lesson before the rest are only counted.
    static let maximumDiagnostics = 100

    /// Reads, parses, runs and (when `render`) renders one lesson. Also returns the text
    /// read, for printing the lesson's diagnostics, and whether it is still the text the
    /// course was loaded with (when not, the file changed meanwhile and the outcome must not
    /// be cached under the loaded text's key).
    static func make(_ entry: Course.LessonEntry, previous: Course.LessonEntry?, next: Course.LessonEntry?,
                     config: CourseConfig, render: Bool, limits: ScriptLimits, memo: FigureMemo? = nil) -> (outcome: LessonOutcome, text: String, current: Bool) {
        let text: String
        switch LessonFinder.read(entry.path) {
        case .success(let read): text = read
        case .failure(let problem):
            return (LessonOutcome(pageName: entry.pageName, html: nil, diagnostics: [problem], figures: 0, runs: 0, scripts: 0), "", false)
        }
        let (lesson, problems) = LessonParser.parse(text, path: entry.path)
        var diagnostics = problems
        let evaluation = LessonEvaluator.evaluate(lesson, limits: limits, memo: memo)
        diagnostics += evaluation.diagnostics
        var html: String?
        if render {
            let renderer = PageRenderer(courseTitle: config.title)
            let (page, problems) = renderer.render(
                evaluation.page,
                previous: previous.map { .init(title: $0.title, href: $0.pageName) },
                next: next.map { .init(title: $0.title, href: $0.pageName) })
            html = page
            diagnostics += problems
        }
        diagnostics.sort { ($0.range?.start.line ?? 0, $0.range?.start.column ?? 0) < ($1.range?.start.line ?? 0, $1.range?.start.column ?? 0) }
        if diagnostics.count > maximumDiagnostics {
            let hidden = diagnostics.count - maximumDiagnostics
            diagnostics = Array(diagnostics.prefix(maximumDiagnostics))
            diagnostics.append(.error(SiteMessage.tooManyProblems(hidden), at: SourceRange(SourceLocation(file: entry.path, line: 1, column: 1))))
        }
        let outcome = LessonOutcome(pageName: entry.pageName, html: html, diagnostics: diagnostics,
                                    figures: evaluation.figures, runs: evaluation.runs, scripts: evaluation.scripts)
        return (outcome, text, Course.digest(text) == entry.digest)
    }

    /// A key that changes whenever anything the lesson's page depends on changes.
    static func cacheKey(_ entry: Course.LessonEntry, previous: Course.LessonEntry?, next: Course.LessonEntry?,
                         config: CourseConfig, render: Bool) -> String {
        var hash = ContentHash()
        hash.add(BuildCache.toolIdentity)
        hash.add(LessonEvaluator.backendFingerprint)
        hash.add(render ? "render" : "check")
        hash.add(entry.path)
        hash.add(entry.digest)
        hash.add(config.title)
        for neighbour in [previous, next] {
            hash.add(neighbour?.title ?? "-")
            hash.add(neighbour?.pageName ?? "-")
        }
        return hash.hex
    }
}

/// A folder of finished lesson outcomes keyed by content hash, so an unchanged lesson is
/// not run again.
public struct BuildCache: Sendable {
    /// The version printed in `assets/build.txt`.
    static let toolVersion = "0.1.0"

    /// Identifies this build of Descent (the executable's size and modification time), so
    /// a rebuilt tool never reuses pages an older one rendered.
    static let toolIdentity: String = {
        var identity = toolVersion
        if let path = Bundle.main.executablePath,
           let attributes = try? FileManager.default.attributesOfItem(atPath: path) {
            identity += " \(attributes[.size] ?? "") \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
        return identity
    }()

    public var folder: String

    public init(folder: String) { self.folder = folder }

    func load(_ key: String) -> LessonOutcome? {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(key + ".json")
        guard let data = try? Data(contentsOf: url), var outcome = try? JSONDecoder().decode(LessonOutcome.self, from: data) else { return nil }
        outcome.cached = true
        return outcome
    }

    /// Removes every entry but those of `keys` (what the latest build used), so the folder
    /// holds one course's worth of pages however often lessons change.
    public func prune(keeping keys: Set<String>) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasSuffix(".json") && !keys.contains(String(name.dropLast(5))) {
            try? fm.removeItem(atPath: URL(fileURLWithPath: folder).appendingPathComponent(name).path)
        }
    }

    func store(_ outcome: LessonOutcome, key: String) {
        let fm = FileManager.default
        let dir = URL(fileURLWithPath: folder)
        try? fm.createDirectory(at: dir, withIntermediateDirectories: true)
        guard let data = try? JSONEncoder().encode(outcome) else { return }
        let temp = dir.appendingPathComponent(".\(key).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temp)
            _ = try? fm.removeItem(at: dir.appendingPathComponent(key + ".json"))
            try fm.moveItem(at: temp, to: dir.appendingPathComponent(key + ".json"))
        } catch {
            try? fm.removeItem(at: temp)
        }
    }
}
