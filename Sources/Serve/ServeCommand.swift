import Dispatch
import Foundation
import Notebook
import Site

/// `descent serve NOTEBOOKS [--port 8000] [--host 127.0.0.1] [--open]`: builds the course,
/// serves it and rebuilds what changed whenever a lesson is saved, until Ctrl-C.
public enum ServeCommand {
    /// Runs the preview until SIGINT or SIGTERM; returns the exit status.
    public static func run(_ options: ServeOptions, open: Bool, console: Console) async -> Int32 {
        let printer = RoundPrinter(console: console, notebooks: options.notebooks)
        let server: PreviewServer
        do {
            server = try await PreviewServer.start(options) { printer.print($0) }
        } catch {
            console.err(DiagnosticPrinter(color: console.errorIsTerminal, sources: [:]).format(error))
            return 1
        }
        console.err("Serving \(options.notebooks)/ at \(server.url) (watching with \(server.watching); Ctrl-C stops)\n")
        if open { openBrowser(server.url, console: console) }
        let signal = await waitForSignal()
        await server.stop()
        console.err("Stopped (\(signal == SIGINT ? "Ctrl-C" : "SIGTERM")).\n")
        return 0
    }

    /// Waits for SIGINT or SIGTERM, which then no longer end the process on their own.
    static func waitForSignal() async -> Int32 {
        await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            let once = Once()
            var sources: [any DispatchSourceSignal] = []
            for number in [SIGINT, SIGTERM] {
                Foundation.signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    if once.claim() { continuation.resume(returning: number) }
                }
                source.resume()
                sources.append(source)
            }
            // The sources live as long as the process: serving ends with it.
            SignalSources.keep(sources)
        }
    }

    static func openBrowser(_ url: String, console: Console) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { console.err("note: could not open a browser (\(error.localizedDescription)); open \(url)\n") }
    }
}

/// True the first time only.
private final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    func claim() -> Bool { lock.withLock { defer { done = true }; return !done } }
}

private enum SignalSources {
    nonisolated(unsafe) static var kept: [any DispatchSourceSignal] = []
    static func keep(_ sources: [any DispatchSourceSignal]) { kept += sources }
}

/// Prints a line per rebuild: what changed, how long it took, the problems found.
struct RoundPrinter: Sendable {
    let console: Console
    let notebooks: String

    func print(_ round: RoundSummary) {
        if round.diagnosticsChanged || round.first, !round.diagnostics.isEmpty {
            console.err(DiagnosticPrinter(color: console.errorIsTerminal, sources: round.sources).format(round.diagnostics))
        }
        let ms = Double(round.duration.components.seconds) * 1000 + Double(round.duration.components.attoseconds) / 1e15
        var line: String
        if round.first {
            let s = round.stats
            line = "Built \(s.lessons) lesson\(s.lessons == 1 ? "" : "s")"
            if round.fromCache > 0 { line += " (\(round.fromCache) from cache)" }
        } else {
            // Lessons and course.yaml first: an editor's temporary file is named only when
            // nothing else changed.
            let courseFiles = round.trigger.filter(FolderWatchers.isCourseFile)
            let trigger = courseFiles.isEmpty ? round.trigger : courseFiles
            line = "Changed \(trigger.prefix(3).joined(separator: ", "))\(trigger.count > 3 ? " and \(trigger.count - 3) more" : ""): "
            if round.rebuilt.isEmpty {
                line += "nothing to rebuild"
            } else {
                let names = round.rebuilt.map { $0.hasPrefix(notebooks + "/") ? String($0.dropFirst(notebooks.count + 1)) : $0 }
                line += "rebuilt \(names.prefix(3).joined(separator: ", "))\(names.count > 3 ? " and \(names.count - 3) more" : "")"
                if round.fromCache > 0 { line += " (\(round.fromCache) from cache)" }
            }
        }
        line += String(format: " in %.0f ms", ms)
        let summary = DiagnosticPrinter.summary(round.diagnostics)
        line += summary.isEmpty ? "; no problems" : "; \(summary)"
        if !round.first, round.changedFiles.isEmpty, !round.diagnosticsChanged { line += "; pages unchanged" }
        console.err(line + "\n")
    }
}
