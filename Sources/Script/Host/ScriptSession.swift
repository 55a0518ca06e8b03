import Foundation
import Engine
import Notebook

/// One lesson's interpreter state, as a notebook kernel: blocks run in order and what one
/// defines stays defined for the next.
///
/// A lesson session starts with `torch` imported. Exercise and solution blocks run in a
/// `copy()`, so nothing they define or change leaks into the lesson. Runs execute on a
/// thread with a large stack, so deep recursion ends in `RecursionError`, never a crash.
/// A session and its copies run on one worker thread of their own (the engine's autograd
/// state is per thread, as PyTorch's), one run at a time; different sessions may run in
/// parallel from any threads.
///
///     let session = ScriptSession()
///     session.onDescent = { call in figures.append(try draw(call)) }
///     let result = session.run(source: code, file: "lesson.md", lineOffset: 41)
///     if let error = result.error { print(error.traceback) }
public final class ScriptSession {
    let interpreter: Interpreter
    /// The thread this session and its copies run on.
    let worker: ScriptWorker

    /// Receives each `descent(...)` call as the script makes it; throwing raises a
    /// `ValueError` in the script with the error's text.
    public var onDescent: ((DescentCall) throws -> Void)? {
        get { interpreter.onDescent }
        set { interpreter.onDescent = newValue }
    }

    /// The limits applied to each run.
    public var limits: ScriptLimits {
        didSet { apply(limits) }
    }

    /// A new session; `importTorch` binds `torch` as a lesson session does (`descent run`
    /// passes false, as `python FILE.py` starts with nothing imported).
    public init(importTorch: Bool = true, limits: ScriptLimits = .standard) {
        interpreter = Interpreter()
        worker = ScriptWorker()
        self.limits = limits
        apply(limits)
        if importTorch, let torch = try? interpreter.importModule("torch") {
            interpreter.setGlobal("torch", torch)
        }
    }

    private init(copying other: ScriptSession) {
        interpreter = Interpreter(copying: other.interpreter)
        worker = other.worker
        limits = other.limits
        apply(limits)
    }

    private func apply(_ limits: ScriptLimits) {
        interpreter.stepBudget = limits.stepBudget
        interpreter.timeLimit = limits.timeLimit
        interpreter.recursionLimit = limits.recursionLimit
    }

    /// An independent session with the same definitions: lists, dicts and leaf tensors are
    /// copied, so changes made in the copy do not reach this session. Functions, modules,
    /// optimizers and schedulers are shared (an optimizer keeps updating the tensors it was
    /// built with), and tensors computed before the copy keep their autograd history with the
    /// original leaves. Costs one pass over the names defined so far.
    public func copy() -> ScriptSession {
        ScriptSession(copying: self)
    }

    /// Runs a script in this session.
    ///
    /// - Parameters:
    ///   - source: the script text.
    ///   - file: the name tracebacks show (`lesson.md`, `train.py`).
    ///   - lineOffset: added to the script's line numbers: for a code block whose first line
    ///     is line L of a Markdown file, pass L - 1.
    /// - Returns: what the script printed, the exception that stopped it, and its `descent` calls.
    public func run(source: String, file: String = "<string>", lineOffset: Int = 0) -> ScriptResult {
        let interp = interpreter
        nonisolated(unsafe) var result = ScriptResult(stdout: "", error: nil, descentCalls: [])
        worker.perform {
            result = interp.execute(source: source, file: file, lineOffset: lineOffset)
        }
        return result
    }

    /// The value a name has in the session, as its `repr` (for hosts and tests).
    public func repr(of name: String) -> String? {
        guard let v = interpreter.globals[name] else { return nil }
        return try? interpreter.repr(v)
    }
}

extension Interpreter {
    /// A copy of another interpreter's namespace (see `ScriptSession.copy()`).
    convenience init(copying other: Interpreter) {
        self.init()
        modules = other.modules
        onDescent = other.onDescent
        impliedParams = other.impliedParams
        impliedOptimizer = other.impliedOptimizer
        var memo: [ObjectIdentifier: Value] = [:]
        for name in other.globalOrder {
            if let value = other.globals[name] { setGlobal(name, Interpreter.deepCopy(value, &memo)) }
        }
    }

    static func deepCopy(_ v: Value, _ memo: inout [ObjectIdentifier: Value]) -> Value {
        switch v {
        case .list(let l):
            if let done = memo[ObjectIdentifier(l)] { return done }
            let copy = PyList([])
            memo[ObjectIdentifier(l)] = .list(copy)
            copy.items = l.items.map { deepCopy($0, &memo) }
            return .list(copy)
        case .tuple(let t):
            return .tuple(t.map { deepCopy($0, &memo) })
        case .dict(let d):
            if let done = memo[ObjectIdentifier(d)] { return done }
            let copy = PyDict()
            memo[ObjectIdentifier(d)] = .dict(copy)
            for (k, val) in d.pairs { try? copy.set(k, deepCopy(val, &memo)) }
            return .dict(copy)
        case .object(let t as TensorObject):
            guard t.tensor.isLeaf, !t.isDataView else { return v }
            if let done = memo[ObjectIdentifier(t.tensor)] { return done }
            let copy = t.tensor.detach()
            if t.tensor.requiresGrad { try? copy.setRequiresGrad(true) }
            copy.grad = t.tensor.grad?.detach()
            let value = Value.object(TensorObject(copy))
            memo[ObjectIdentifier(t.tensor)] = value
            return value
        default:
            return v
        }
    }

    /// Parses and runs one script, turning errors into a result.
    func execute(source: String, file: String, lineOffset: Int) -> ScriptResult {
        output = ""
        descentCalls = []
        let gradMode = GradMode.isEnabled
        defer { GradMode.setEnabled(gradMode) }
        let body: [Stmt]
        do {
            body = try Parser.parseModule(source)
        } catch {
            let traceback = error.traceback(file: file, lineOffset: lineOffset, source: source)
            let location = SourceLocation(file: file, line: error.line + lineOffset, column: error.column)
            return ScriptResult(stdout: "", error: ScriptError(type: error.kind, message: error.message, traceback: traceback, location: location),
                                descentCalls: [])
        }
        let code = CodeUnit(file: file, lineOffset: lineOffset, source: source)
        do {
            try runModule(body, code: code)
            return ScriptResult(stdout: output, error: nil, descentCalls: descentCalls)
        } catch let e as PyError {
            let inner = e.traceback.last
            let location = inner.map { SourceLocation(file: $0.file, line: $0.line, column: ($0.caretStart ?? 0) + 1) }
            return ScriptResult(stdout: output, error: ScriptError(type: e.type, message: e.message, traceback: e.formatted, location: location),
                                descentCalls: descentCalls)
        } catch {
            let message = "\(error)"
            return ScriptResult(stdout: output, error: ScriptError(type: "SystemError", message: message, traceback: "SystemError: \(message)\n", location: nil),
                                descentCalls: descentCalls)
        }
    }
}
