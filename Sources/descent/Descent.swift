import ArgumentParser
import Foundation
import Serve
import Site

@main
struct Descent: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run and publish literate deep-learning lessons.",
        discussion: "Lessons are Markdown files with {descent}, {code}, {exercise}, {solution} and {output} blocks; see docs/lesson-format.md.",
        subcommands: [Build.self, Check.self, Render.self, Run.self, ServeVerb.self, Trace.self]
    )
}

/// Refuses a `--time-limit` that is not a positive number of seconds.
func validateTimeLimit(_ seconds: Double?) throws {
    if let seconds, !(seconds.isFinite && seconds > 0) {
        throw ValidationError("--time-limit must be a positive number of seconds, not \(seconds)")
    }
}

/// Exits with `code`, letting ArgumentParser flush its output first.
func finish(_ code: Int32) throws {
    if code != 0 { throw ExitCode(code) }
}

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the course site from a folder of lessons.")

    @Argument(help: "The folder of lessons (and course.yaml).")
    var notebooks: String = "notebooks"

    @Option(name: .shortAndLong, help: "The folder to write the site into; replaced only when the whole build succeeds.")
    var out: String = "site"

    @Flag(help: "Run every lesson again, ignoring the build cache.")
    var noCache = false

    @Flag(name: .shortAndLong, help: "Also say where the math backend comes from (e.g. the MKL library's path).")
    var verbose = false

    @Option(help: "Seconds a script may run before it is stopped with TimeoutError (default 10).")
    var timeLimit: Double?

    func validate() throws { try validateTimeLimit(timeLimit) }

    func run() async throws {
        try finish(await Commands.build(notebooks: notebooks, out: out, useCache: !noCache, verbose: verbose,
                                        timeLimit: timeLimit, console: .standard))
    }
}

struct ServeVerb: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the course, serve it and rebuild what changed on every save; open pages reload by themselves.",
        discussion: "Pages of lessons with problems show every diagnostic, with the last good version one click away. Listens on 127.0.0.1 unless --host says otherwise; Ctrl-C stops."
    )

    @Argument(help: "The folder of lessons (and course.yaml).")
    var notebooks: String = "notebooks"

    @Option(name: .shortAndLong, help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on; 0.0.0.0 makes the preview reachable from other machines.")
    var host: String = "127.0.0.1"

    @Flag(help: "Open the course in the default browser.")
    var open = false

    @Flag(help: "Run every lesson again at start, ignoring the build cache.")
    var noCache = false

    @Flag(help: "Watch the folder by polling instead of inotify.")
    var poll = false

    @Option(help: "Seconds a script may run before it is stopped with TimeoutError (default 10).")
    var timeLimit: Double?

    func validate() throws { try validateTimeLimit(timeLimit) }

    func run() async throws {
        var options = ServeOptions(notebooks: notebooks)
        options.port = port
        options.host = host
        options.useCache = !noCache
        options.watch = poll ? .polling : .automatic
        if let timeLimit { options.limits.timeLimit = timeLimit }
        try finish(await ServeCommand.run(options, open: open, console: .standard))
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run every block of the lessons and verify outputs and solutions; writes nothing.")

    @Argument(help: "Lesson files or folders (default: notebooks).")
    var paths: [String] = []

    @Option(help: "Seconds a script may run before it is stopped with TimeoutError (default 10).")
    var timeLimit: Double?

    func validate() throws { try validateTimeLimit(timeLimit) }

    func run() async throws {
        try finish(await Commands.check(paths: paths.isEmpty ? ["notebooks"] : paths, timeLimit: timeLimit, console: .standard))
    }
}

struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render one lesson to a standalone HTML page.")

    @Argument(help: "The lesson file.")
    var file: String

    @Option(name: .shortAndLong, help: "Where to write the page (default: standard output).")
    var output: String?

    func run() async throws {
        try finish(await Commands.render(file: file, output: output, console: .standard))
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a script as `python FILE.py` would, with Descent's torch.")

    @Argument(help: "The script file.")
    var script: String

    func run() throws {
        try finish(Commands.runScript(path: script))
    }
}

struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one descent spec (YAML) and print its path as CSV: epoch,w1,w2,loss,lr.",
        discussion: "The spec has the {descent} options: loss, start, epochs, and optimizer or step_size, optionally scheduler. Reads FILE, or standard input when FILE is omitted or '-'."
    )

    @Argument(help: "The YAML spec file (default: standard input).")
    var file: String?

    @Flag(name: .shortAndLong, help: "Say which math backend ran, on standard error.")
    var verbose = false

    func run() throws {
        try finish(Commands.trace(file: file, verbose: verbose, console: .standard))
    }
}
