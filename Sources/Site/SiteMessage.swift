import Foundation

/// The messages the site builder emits, declared in one place beside the stage.
enum SiteMessage {
    static func noSuchPath(_ path: String) -> String { "no such file or directory: \(path)" }
    static func noLessons(_ path: String) -> String { "no lessons (*.md) in \(path)" }
    static func unreadable(_ path: String) -> String { "cannot read \(path)" }
    static func notUTF8(_ path: String) -> String { "\(path) is not UTF-8 text" }
    static func readsClock(_ what: String, _ function: String) -> String { "\(what) calls \(function)(), a real clock: what it prints differs on every run, so the page is not reproducible" }
    static func cannotWrite(_ path: String, _ reason: String) -> String { "cannot write \(path): \(reason)" }
    static func outputDiffers(_ what: String) -> String { "\(what) printed something other than its {output} block" }
    static func stderrDiffers(_ what: String) -> String { "\(what) wrote something other than its {output} stderr block to standard error" }
    static let solutionDiffers = "solution does not print what its exercise prints (':expect: same-output-as-exercise')"
    static func scriptRaised(_ what: String) -> String { "\(what) raised an exception" }
    static let exerciseFailed = "cannot compare: the exercise itself did not run"
    static func duplicateOrder(_ order: Int, _ other: String) -> String { "order \(order) is also used by \(other)" }
}

extension SiteMessage {
    static func lossFailed(_ detail: String) -> String { "cannot evaluate the loss on the grid: \(detail)" }
}

extension SiteMessage {
    static let traceNeedsRun = "a trace needs 'epochs' and an 'optimizer' or 'step_size'"
}

extension SiteMessage {
    static func unknownDescentArgument(_ name: String) -> String { "descent() got an unknown option '\(name)'" }
}

extension SiteMessage {
    static func pageClash(_ page: String, _ path: String, _ owner: String) -> String {
        "\(path) would be written as \(page), which is already \(owner == "the course index" ? owner : "the page of " + owner); rename the file"
    }
}

extension SiteMessage {
    static func runNeedsScript(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return "\(name) is a Markdown lesson, not a Python script: use `descent check \(path)` to run its code, or `descent render \(path)` for its page"
    }
    static func renderNeedsFile(_ path: String) -> String { "\(path) is a folder: render takes one lesson file (use `descent build` for a folder)" }
}

extension SiteMessage {
    static func tooManyProblems(_ hidden: Int) -> String { "too many problems in this lesson: \(hidden) more not shown" }
}

extension SiteMessage {
    static func tooManyFigures(_ count: Int, _ limit: Int) -> String { "this script calls descent() \(count) times; only the first \(limit) figures are drawn" }
}
