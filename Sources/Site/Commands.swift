import Foundation
import Notebook
import Render
import Engine
import Script

/// The command-line verbs as testable functions returning an exit status.
///
/// The `descent` executable only parses arguments and calls these.
public enum Commands {
    /// The standard script limits, with the time limit replaced when `seconds` is given.
    static func limits(_ seconds: Double?) -> ScriptLimits {
        var limits = ScriptLimits.standard
        if let seconds { limits.timeLimit = seconds }
        return limits
    }

    /// `descent check PATH...`: runs every block of the lessons and reports every problem.
    /// `timeLimit` replaces the scripts' default time limit (`--time-limit`).
    public static func check(paths: [String], timeLimit: Double? = nil, console: Console) async -> Int32 {
        let folder = paths.count == 1 ? folderOf(paths[0]) : nil
        let course = Course.load(paths: paths, courseFolder: folder)
        // Pages are rendered and thrown away: rendering finds problems too (unreadable math).
        let result = await CourseBuild(course: course, limits: limits(timeLimit)).run(render: true, progress: progress(console), pages: { _ in })
        report(result.diagnostics, sources: result.sources, console: console)
        let errors = result.diagnostics.contains { $0.severity == .error }
        let s = result.stats
        console.err(summaryLine(verb: "Checked", stats: s, diagnostics: result.diagnostics, extra: ""))
        return errors ? 1 : 0
    }

    /// `descent build NOTEBOOKS --out DIR`: runs and renders the course, then replaces DIR.
    /// `timeLimit` replaces the scripts' default time limit (`--time-limit`).
    public static func build(notebooks: String, out: String, useCache: Bool, verbose: Bool,
                             timeLimit: Double? = nil, console: Console) async -> Int32 {
        let clock = ContinuousClock()
        let start = clock.now
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: notebooks, isDirectory: &isDirectory), isDirectory.boolValue else {
            report([.error(SiteMessage.noSuchPath(notebooks), at: nil)], sources: [:], console: console)
            return 1
        }
        let course = Course.load(paths: [notebooks], courseFolder: notebooks)
        let cacheFolder = URL(fileURLWithPath: out).standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".descent-cache").path
        let cache = useCache ? BuildCache(folder: cacheFolder) : nil
        let (result, writeError) = await CourseBuild(course: course, cache: cache, limits: limits(timeLimit)).publish(to: out, progress: progress(console))
        report(result.diagnostics, sources: result.sources, console: console)
        if result.diagnostics.contains(where: { $0.severity == .error }) {
            console.err("Build failed: \(DiagnosticPrinter.summary(result.diagnostics)); \(out)/ left unchanged.\n")
            return 1
        }
        if let writeError {
            report([writeError], sources: [:], console: console)
            return 1
        }
        cache?.prune(keeping: result.cacheKeys)
        let elapsed = clock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        // The math backend decides the last bits of chaotic runs, so every build names it.
        var extra = " into \(out)/ in \(String(format: "%.0f", ms)) ms, \(LessonEvaluator.backendName) math backend"
        if verbose { extra += " (\(MathBackend.current.detail))" }
        console.err(summaryLine(verb: "Built", stats: result.stats, diagnostics: result.diagnostics, extra: extra))
        return 0
    }

    /// `descent render FILE.md [-o FILE]`: one lesson as a standalone page.
    public static func render(file: String, output: String?, console: Console) async -> Int32 {
        if folderOf(file) != nil {
            report([.error(SiteMessage.renderNeedsFile(file), at: nil)], sources: [:], console: console)
            return 1
        }
        let course = Course.load(paths: [file], courseFolder: nil)
        let result = await CourseBuild(course: course).run(render: true)
        report(result.diagnostics, sources: result.sources, console: console)
        if result.diagnostics.contains(where: { $0.severity == .error }) { return 1 }
        guard let page = result.files.first(where: { $0.path.hasSuffix(".html") && $0.path != "index.html" }) else {
            report([.error(SiteMessage.noSuchPath(file), at: nil)], sources: [:], console: console)
            return 1
        }
        let html = StandalonePage.inlineStylesheet(page.contents)
        if let output {
            do {
                try Data(html.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                report([.error(SiteMessage.cannotWrite(output, error.localizedDescription), at: nil)], sources: [:], console: console)
                return 1
            }
        } else {
            console.out(html)
        }
        return 0
    }

    /// A one-line progress display on a terminal (`[2/3] notebooks/02-….md`), nothing otherwise.
    static func progress(_ console: Console) -> (@Sendable (Int, Int, String) -> Void)? {
        guard console.errorIsTerminal else { return nil }
        return { done, total, path in
            console.err("\r\u{1B}[K[\(done)/\(total)] \(path)" + (done == total ? "\r\u{1B}[K" : ""))
        }
    }

    static func folderOf(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
        return nil
    }

    static func report(_ diagnostics: [Diagnostic], sources: [String: String], console: Console) {
        guard !diagnostics.isEmpty else { return }
        let printer = DiagnosticPrinter(color: console.errorIsTerminal, sources: sources)
        console.err(printer.format(diagnostics))
    }

    static func summaryLine(verb: String, stats: CourseBuild.Stats, diagnostics: [Diagnostic], extra: String) -> String {
        var line = "\(verb) \(stats.lessons) lesson\(stats.lessons == 1 ? "" : "s") (\(stats.figures) figure\(stats.figures == 1 ? "" : "s"), \(stats.runs) optimizer run\(stats.runs == 1 ? "" : "s"), \(stats.scripts) script\(stats.scripts == 1 ? "" : "s"))"
        if stats.cached > 0 { line += ", \(stats.cached) from cache" }
        line += extra
        let summary = DiagnosticPrinter.summary(diagnostics)
        if !summary.isEmpty { line += "; \(summary)" }
        return line + "\n"
    }
}

/// Turns a site page into a standalone one by inlining the shared stylesheet.
enum StandalonePage {
    static func inlineStylesheet(_ html: String) -> String {
        let link = "<link rel=\"stylesheet\" href=\"assets/descent.css\">"
        guard let range = html.range(of: link) else { return html }
        return html.replacingCharacters(in: range, with: "<style>\n\(Stylesheet.css)\n</style>")
    }
}
