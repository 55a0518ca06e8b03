import Engine
import Foundation
import Notebook
import Script

extension Commands {
    /// `descent run FILE.py`: runs a script as `python FILE.py` would. A Markdown lesson is
    /// not run as Python (its prose would be a SyntaxError on line 1): the error, located at
    /// the file's start, names the commands that run lessons.
    public static func runScript(path: String, console: Console = .standard) -> Int32 {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown"),
           let data = FileManager.default.contents(atPath: path) {
            let text = String(decoding: data, as: UTF8.self)
            let start = SourceRange(SourceLocation(file: path, line: 1, column: 1))
            report([.error(SiteMessage.runNeedsScript(path), at: start)], sources: [path: text], console: console)
            return 2
        }
        return ScriptRunner.runFile(path: path)
    }

    /// `descent trace [FILE]`: runs one descent spec and prints `epoch,w1,w2,loss,lr` as CSV.
    public static func trace(file: String?, verbose: Bool, console: Console, standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) -> Int32 {
        let path = file ?? "-"
        let data: Data
        if path == "-" {
            data = standardInput()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                report([.error(SiteMessage.noSuchPath(path), at: nil)], sources: [:], console: console)
                return 1
            }
            data = contents
        }
        let name = path == "-" ? "<stdin>" : path
        let text = String(decoding: data, as: UTF8.self)
        let (spec, problems) = DescentResolver.readSpec(yaml: text, path: name)
        var diagnostics = problems
        guard let spec else {
            report(diagnostics, sources: [name: text], console: console)
            return 1
        }
        guard spec.epochs > 0, spec.stepSize != nil || spec.optimizer != nil else {
            report(diagnostics + [.error(SiteMessage.traceNeedsRun, at: spec.range)], sources: [name: text], console: console)
            return 1
        }
        if verbose {
            console.err("math backend: \(MathBackend.current.name) (\(MathBackend.current.detail))\n")
        }
        guard let run = DescentRun.run(spec, diagnostics: &diagnostics), let t = run.trajectory else {
            report(diagnostics, sources: [name: text], console: console)
            return 1
        }
        console.out(t.csv())
        report(diagnostics, sources: [name: text], console: console)
        return diagnostics.contains { $0.severity == .error } ? 1 : 0
    }
}
