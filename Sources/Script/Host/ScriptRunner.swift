import Foundation

/// Runs a script file as `python FILE.py` does (the `descent run` command).
public enum ScriptRunner {
    /// Runs the file at `path` with nothing imported, to the interpreter's exit: its output
    /// goes to standard output as it is printed, buffered as CPython buffers it
    /// (`StandardStreams`); warnings, a traceback and "Exception ignored" reports to
    /// standard error.
    /// - Returns: the exit status: 0, the status `sys.exit` asked for, or 1 when the script
    ///   raised (2 when the file cannot be read).
    @discardableResult
    public static func runFile(path: String, limits: ScriptLimits = .standard) -> Int32 {
        guard let data = FileManager.default.contents(atPath: path), let source = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("python: can't open file '\(path)': [Errno 2] No such file or directory\n".utf8))
            return 2
        }
        // Python 3.11 names the main script by its absolute path in tracebacks.
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let file = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let session = ScriptSession(importTorch: false, limits: limits)
        session.showsOpenFigures = false
        session.writesFigureFiles = true
        session.readsStandardInput = true
        session.streams = StandardStreams.forProcess()
        // `sys.argv[0]`: the file as it was named on the command line, as CPython's.
        session.interpreter.argv = [path]
        let result = session.runProgram(source: source, file: file)
        return result.exitStatus
    }
}
