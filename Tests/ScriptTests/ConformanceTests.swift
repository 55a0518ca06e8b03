import Engine
import Foundation
import Testing
@testable import Script

/// Runs every script of the conformance corpus (expected outputs from CPython 3.11 + torch,
/// made by tools/reference/conformance) and compares what Descent prints.
@Suite struct ConformanceTests {
    struct Manifest: Decodable {
        struct Entry: Decodable {
            let name: String
            let exit: Int
            let stderr_last_line: String
            let stderr_exact: Bool
        }
        let scripts: [Entry]
    }

    struct Case {
        let name: String
        let source: String
        let stdout: String
        let stderr: String
        let exit: Int
        let exactStderr: Bool
    }

    static func cases() throws -> [Case] {
        let dir = try #require(fixtureURL("conformance"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json")))
        let scripts = dir.appendingPathComponent("scripts")
        func read(_ name: String) throws -> String {
            try String(contentsOf: scripts.appendingPathComponent(name), encoding: .utf8)
        }
        return try manifest.scripts.map { e in
            Case(name: e.name, source: try read(e.name + ".py"), stdout: try String(contentsOf: vectorWidthVariant(of: hostVariant(of: scripts.appendingPathComponent(e.name + ".out"))), encoding: .utf8),
                 stderr: try read(e.name + ".err"), exit: e.exit, exactStderr: e.stderr_exact)
        }
    }

    /// `(line, function)` of each `File "…", line N, in F` row of a traceback that is in the
    /// script itself (CPython also lists frames inside torch's Python sources).
    static func frames(_ traceback: String, script: String) -> [String] {
        traceback.split(separator: "\n").filter { $0.hasPrefix("  File \"\(script)\"") || $0.hasPrefix("  [Previous line repeated") }.map { row in
            guard let r = row.range(of: "\", line ") else { return String(row) }
            return String(row[r.upperBound...])
        }
    }

    /// Corpus scripts Descent does not yet reproduce, with why; each must still differ, so a
    /// fix shows up as a failure here until it is taken off the list.
    static let knownDifferences: [String: String] = [:]

    /// Scripts that print float32 results of sin, cos, exp or log: their last digits are
    /// those of Intel MKL, which torch uses, so they are compared only when Descent runs with
    /// the MKL math backend. (Scripts that depend on sqrt, through Adam, pass with libm too:
    /// its sqrt rounds as MKL's does.)
    /// `tensor_matmul_autograd` prints matrix products, which are MKL's `sgemm` results (the
    /// fallback kernel differs in a last digit there), and so do the losses of
    /// `train_mlp_crossentropy_bits`, an MLP trained through `sgemm`, and the full repr of an
    /// `nll_loss` of `log_softmax(linear(x))` in `nn_xor_training` (bit-exact with MKL; the
    /// fallback product's last bit shows through the exact log_softmax). `torch_view_inplace_training`
    /// prints full-precision losses of a tanh recurrence through `sgemm`; `course_d2l_softmax_scratch`
    /// prints float32 `exp` values (MKL's `vsExp` in torch); `nn_course_xor_mse` the full reprs of
    /// an XOR network's losses through MKL's tanh, `torch_grad_bits_transcendental` those of tanh,
    /// exp, log, sin, cos and their gradients; `torch_optim_load_state_dict` full-precision losses of
    /// `Linear` models trained through `sgemm`.
    static let needsMKL: Set<String> = ["course_d2l_softmax_scratch", "torch_loss_surface", "torch_math_functions", "train_seed_helper", "tensor_matmul_autograd", "train_mlp_crossentropy_bits", "nn_xor_training", "torch_view_inplace_training", "nn_course_xor_mse", "torch_grad_bits_transcendental", "torch_optim_load_state_dict"]
    static let mkl = MathBackend.automatic.name == "mkl"

    /// Runs a corpus script as `python NAME.py`: to the interpreter's exit. The time limit is
    /// raised from the default 10 s of wall-clock time: these runs check output, not speed, and
    /// a loaded machine running the suites in parallel once stopped a 1.5 s script at 10 s.
    static func runCase(_ c: Case) -> ScriptResult {
        ScriptSession(importTorch: false, limits: ScriptLimits(timeLimit: 120)).runProgram(source: c.source, file: c.name + ".py")
    }

    /// Standard error with object addresses (`<generator object f at 0x7f…>`) made equal:
    /// CPython's differ from run to run.
    static func normalized(_ stderr: String) -> String {
        stderr.replacing(/0x[0-9a-f]+/, with: "0x…")
    }

    @Test func corpusIsPresent() throws {
        #expect(try Self.cases().count >= 90)
    }

    @Test func stdoutMatchesByteForByte() throws {
        var failures: [String] = []
        var stillKnown: [String] = []
        for c in try Self.cases() where Self.mkl || !Self.needsMKL.contains(c.name) {
            let r = Self.runCase(c)
            if Self.knownDifferences[c.name] != nil {
                if r.stdout != c.stdout { stillKnown.append(c.name) }
                continue
            }
            if r.stdout != c.stdout { failures.append(c.name) }
        }
        #expect(failures.isEmpty, "stdout differs: \(failures.joined(separator: ", "))")
        #expect(Set(stillKnown) == Set(Self.knownDifferences.keys), "fixed, take off the known list: \(Set(Self.knownDifferences.keys).subtracting(stillKnown))")
    }

    /// The warnings CPython printed before any traceback, with torch's install prefix
    /// removed (Descent names torch's files from `torch/`, e.g. `torch/nn/modules/loss.py:630`).
    static func expectedWarnings(_ c: Case) -> String {
        var text = c.stderr
        for end in ["Traceback (most recent call last):\n", "Exception ignored in: "] {
            if let r = text.range(of: end) { text = String(text[..<r.lowerBound]) }
        }
        if !text.contains("Warning: ") { return "" }
        return text.replacingOccurrences(of: "/opt/torchenv/lib/python3.11/site-packages/", with: "")
    }

    @Test func warningsMatchCPythonsStderr() throws {
        var failures: [String] = []
        for c in try Self.cases() {
            let r = Self.runCase(c)
            if r.warnings != Self.expectedWarnings(c) { failures.append(c.name) }
        }
        #expect(failures.isEmpty, "warnings differ: \(failures.joined(separator: ", "))")
    }

    @Test func errorsEndWithTheSameLineAndFrames() throws {
        var failures: [String] = []
        for c in try Self.cases() where Self.knownDifferences[c.name] == nil {
            let r = Self.runCase(c)
            let expectedExit = c.exit
            let exit = Int(r.exitStatus)
            guard exit == expectedExit else { failures.append("\(c.name) (exit \(exit))"); continue }
            // A `sys.exit` writes only its code (or nothing): compared whole below.
            guard let e = r.error, e.exitStatus == nil else { continue }
            let last = c.stderr.split(separator: "\n").last.map(String.init) ?? ""
            // The traceback's last line: the exception's, or its last note (`add_note`).
            let printedLast = e.traceback.split(separator: "\n").last.map(String.init) ?? e.summary
            if printedLast != last { failures.append("\(c.name): \(printedLast)"); continue }
            if Self.frames(e.traceback, script: c.name + ".py") != Self.frames(c.stderr, script: c.name + ".py") { failures.append("\(c.name) (frames)") }
        }
        #expect(failures.isEmpty, "\(failures.count) differ:\n\(failures.joined(separator: "\n"))")
    }

    @Test func wholeTracebacksMatchWhereCPythonsAreExact() throws {
        var failures: [String] = []
        for c in try Self.cases() where c.exit != 0 && c.exactStderr {
            let r = Self.runCase(c)
            if Self.normalized(r.stderr) != Self.normalized(c.stderr) { failures.append(c.name) }
        }
        #expect(failures.isEmpty, "\(failures.count) differ: \(failures.joined(separator: ", "))")
    }

    /// CPython's traceback without the frames inside torch's (or Python's own) installed
    /// sources: each `File "/…"` row with the source and caret lines under it. This is what
    /// Descent prints for an error raised inside torch (lesson-format.md, "Errors").
    static func withoutLibraryFrames(_ traceback: String) -> String {
        var out: [Substring] = []
        var skipping = false
        for line in traceback.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  File \"/") { skipping = true; continue }
            if skipping && line.hasPrefix("    ") { continue }
            skipping = false
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// Where CPython's traceback runs through torch's sources, Descent's equals it with those
    /// frames taken out: the script's frames with their source lines and carets, chained
    /// exceptions, and the last line.
    @Test func tracebacksThroughTorchMatchWithoutTorchsFrames() throws {
        var failures: [String] = []
        for c in try Self.cases() where c.exit != 0 && !c.exactStderr && Self.knownDifferences[c.name] == nil {
            let r = Self.runCase(c)
            guard let e = r.error, let start = c.stderr.range(of: "Traceback (most recent call last):\n") else { continue }
            // Warnings come first; the traceback (the first of a chain) starts at "Traceback".
            let expected = String(c.stderr[start.lowerBound...])
            if Self.normalized(e.traceback) != Self.normalized(Self.withoutLibraryFrames(expected)) { failures.append(c.name) }
        }
        #expect(failures.isEmpty, "\(failures.count) differ: \(failures.joined(separator: ", "))")
    }

    /// Scripts that run to the end may still write to standard error: "Exception ignored"
    /// reports of generators whose cleanup failed when they were dropped.
    @Test func standardErrorOfCompletedRunsMatches() throws {
        var failures: [String] = []
        for c in try Self.cases() where c.exit == 0 && c.exactStderr && Self.knownDifferences[c.name] == nil {
            let r = Self.runCase(c)
            if Self.normalized(r.stderr) != Self.normalized(c.stderr) { failures.append(c.name) }
        }
        #expect(failures.isEmpty, "\(failures.count) differ: \(failures.joined(separator: ", "))")
    }
}
