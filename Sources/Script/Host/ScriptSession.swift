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

    /// Whether figures still open when a run ends are shown and closed, as Jupyter's inline
    /// backend does after each cell (lessons); `descent run` leaves them open, as a script.
    public var showsOpenFigures: Bool {
        get { interpreter.pyplot.showsOpenFigures }
        set { interpreter.pyplot.showsOpenFigures = newValue }
    }

    /// Whether `savefig` writes files (`descent run`); in lessons it draws and checks only.
    public var writesFigureFiles: Bool {
        get { interpreter.pyplot.writesFiles }
        set { interpreter.pyplot.writesFiles = newValue }
    }

    /// Whether `input()` reads the process's standard input (`descent run`); in lessons it
    /// raises `EOFError`, as `python` does with no input.
    public var readsStandardInput: Bool {
        get { interpreter.readsStandardInput }
        set { interpreter.readsStandardInput = newValue }
    }

    /// The process's standard streams, when runs write to them as they go (`descent run`);
    /// nil (lessons) collects the output in each `ScriptResult`.
    public var streams: StandardStreams? {
        get { interpreter.streams }
        set { interpreter.streams = newValue }
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
        // Copying walks nested values recursively: on the worker's large stack, as the run
        // that built them, a chain of 100000 nested tuples or lists copies without overflow.
        let original = other.interpreter
        interpreter = other.worker.perform { Interpreter(copying: original) }
        worker = other.worker
        limits = other.limits
        apply(limits)
    }

    private func apply(_ limits: ScriptLimits) {
        interpreter.stepBudget = limits.stepBudget
        interpreter.timeLimit = limits.timeLimit
        interpreter.recursionLimit = limits.recursionLimit
    }

    /// An independent session with the same definitions, as `copy.deepcopy` of the namespace:
    /// lists, dicts, leaf tensors, optimizers (with their param groups and state) and
    /// schedulers are copied, each object once, so an optimizer in the copy steps the copy's
    /// tensors and changes made in the copy do not reach this session. Functions and modules
    /// are shared, and tensors computed before the copy keep their autograd history with the
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
    ///
    /// The script computes with the caller's `MathBackend.current`: it is captured here and
    /// re-established on the worker thread, which does not inherit task-local values.
    public func run(source: String, file: String = "<string>", lineOffset: Int = 0) -> ScriptResult {
        let interp = interpreter
        let backend = MathBackend.current
        nonisolated(unsafe) var result = ScriptResult(stdout: "", error: nil, descentCalls: [])
        worker.perform {
            result = MathBackend.$current.withValue(backend) {
                interp.pyplot.beginRun()
                var r = interp.execute(source: source, file: file, lineOffset: lineOffset)
                r.figures = interp.pyplot.endRun(descentCalls: interp.descentCalls.count)
                return r
            }
        }
        return result
    }

    /// Runs a whole program as `python FILE.py` does (`descent run`): `run(source:file:)`,
    /// then the interpreter's exit, which releases the module's names in CPython's order, so
    /// that generators left suspended are closed: what their cleanup prints, and the
    /// "Exception ignored" reports of errors it raises, follow the run's own output. The
    /// session is spent afterwards.
    ///
    /// With `streams`, output reaches the process as CPython's would: after the run, standard
    /// output is flushed and the traceback written, then the exit's output follows and is
    /// flushed in turn (`result.stdout` is then empty; `stderr` still tells what was written).
    public func runProgram(source: String, file: String) -> ScriptResult {
        var result = run(source: source, file: file)
        let interp = interpreter
        if let streams = interp.streams {
            streams.flushOutput()
            streams.writeError(result.error?.traceback ?? "")
        }
        nonisolated(unsafe) var tail = ("", "")
        worker.perform {
            interp.output = ""
            interp.errorOutput = ""
            interp.withClassPatches { interp.finalizeModule() }
            tail = (interp.output, interp.errorOutput)
        }
        interp.streams?.flushOutput()
        result.stdout += tail.0
        result.stderr += tail.1
        result.reports += tail.1
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
        pyplot.showsOpenFigures = other.pyplot.showsOpenFigures
        pyplot.writesFiles = other.pyplot.writesFiles
        onDescent = other.onDescent
        impliedParams = other.impliedParams
        impliedOptimizer = other.impliedOptimizer
        warningFilters = other.warningFilters
        warningRegistry = other.warningRegistry
        classPatches = other.classPatches.copy()
        defaultGenerator = GeneratorObject(other.defaultGenerator.generator.copy())
        torchFiles = other.torchFiles
        var memo: [ObjectIdentifier: Value] = [ObjectIdentifier(other.defaultGenerator): .object(defaultGenerator)]
        for name in other.globalOrder {
            if let value = other.globals[name] { setGlobal(name, deepCopy(value, &memo)) }
        }
    }

    /// `copy.deepcopy` of one value; `memo` maps each copied object (list, dict, engine
    /// tensor, optimizer, param group, scheduler) to its copy, so sharing is preserved. A
    /// method bound to a copied object (`step = opt.step`) is bound to the copy.
    func deepCopy(_ v: Value, _ memo: inout [ObjectIdentifier: Value]) -> Value {
        switch v {
        case .list(let l):
            if let done = memo[ObjectIdentifier(l)] { return done }
            let copy = PyList([])
            memo[ObjectIdentifier(l)] = .list(copy)
            copy.items = l.items.map { deepCopy($0, &memo) }
            return .list(copy)
        case .tuple(let t):
            return .tuple(PyTuple.build(count: t.count) { deepCopy(t[$0], &memo) })
        case .dict(let d):
            if let done = memo[ObjectIdentifier(d)] { return done }
            let copy = PyDict()
            memo[ObjectIdentifier(d)] = .dict(copy)
            for (k, val) in d.pairs { try? copy.set(k, deepCopy(val, &memo)) }
            return .dict(copy)
        case .object(let t as TensorObject):
            guard t.tensor.isLeaf, !t.isDataView else { return v }
            _ = Self.copyTensor(t.tensor, &memo)
            return memo[ObjectIdentifier(t.tensor)] ?? v
        case .object(let g as GeneratorObject):
            if let done = memo[ObjectIdentifier(g)] { return done }
            let copy = Value.object(GeneratorObject(g.generator.copy()))
            memo[ObjectIdentifier(g)] = copy
            return copy
        case .object(let o as OptimizerObject):
            return .object(OptimizerObject(Self.copyOptimizer(o.optimizer, &memo)))
        case .object(let s as SchedulerObject):
            guard let copy = try? Self.copyScheduler(s.scheduler, &memo) else { return v }
            return .object(SchedulerObject(copy))
        case .builtin(let b):
            guard let owner = b.boundSelf, case .object(let original) = owner,
                  case .object(let copy) = deepCopy(owner, &memo), copy !== original else { return v }
            return (try? getAttributeIfPresent(.object(copy), b.name)) ?? v
        case .object(let g as ParamGroupObject):
            if let done = memo[ObjectIdentifier(g.group)] { return done }
            // A group whose optimizer was not copied before it: a dict of its own, as Python's.
            let copy = Value.object(ParamGroupObject(g.group.copy { Self.copyTensor($0, &memo) }))
            memo[ObjectIdentifier(g.group)] = copy
            return copy
        default:
            return v
        }
    }

    /// The copy of a leaf tensor: same values, `requires_grad` and gradient, no history.
    /// Non-leaf tensors are kept (they carry the original graph).
    static func copyTensor(_ tensor: Tensor, _ memo: inout [ObjectIdentifier: Value]) -> Tensor {
        guard tensor.isLeaf else { return tensor }
        if case .object(let done as TensorObject)? = memo[ObjectIdentifier(tensor)] { return done.tensor }
        let copy = tensor.detach()
        if tensor.requiresGrad { try? copy.setRequiresGrad(true) }
        copy.grad = tensor.grad?.detach()
        memo[ObjectIdentifier(tensor)] = .object(TensorObject(copy))
        return copy
    }

    /// The copy of an optimizer on the copies of its tensors; its param groups are memoized
    /// so `optimizer.param_groups[i]` held in a name stays the copy's group.
    static func copyOptimizer(_ optimizer: any Optimizer, _ memo: inout [ObjectIdentifier: Value]) -> any Optimizer {
        if case .object(let done as OptimizerObject)? = memo[ObjectIdentifier(optimizer)] { return done.optimizer }
        let copy = optimizer.copy { copyTensor($0, &memo) }
        memo[ObjectIdentifier(optimizer)] = .object(OptimizerObject(copy))
        for (group, copied) in zip(optimizer.paramGroups, copy.paramGroups) where memo[ObjectIdentifier(group)] == nil {
            memo[ObjectIdentifier(group)] = .object(ParamGroupObject(copied))
        }
        return copy
    }

    /// The copy of a scheduler on the copy of its optimizer (nested schedulers through the
    /// memo too).
    static func copyScheduler(_ scheduler: any LRScheduler, _ memo: inout [ObjectIdentifier: Value]) throws -> any LRScheduler {
        if case .object(let done as SchedulerObject)? = memo[ObjectIdentifier(scheduler)] { return done.scheduler }
        let optimizer = copyOptimizer(scheduler.optimizer, &memo)
        let copy = try scheduler.copy(optimizer: optimizer) { try copyScheduler($0, &memo) }
        memo[ObjectIdentifier(scheduler)] = .object(SchedulerObject(copy))
        return copy
    }

    /// Parses and runs one script, turning errors into a result.
    func execute(source: String, file: String, lineOffset: Int) -> ScriptResult {
        errorOutput = ""
        var r = GCRegistry.activate(gcSettings) { withClassPatches { executeScript(source: source, file: file, lineOffset: lineOffset) } }
        r.reports = errorOutput
        r.stderr = errorOutput + (r.error?.traceback ?? "")
        return r
    }

    private func executeScript(source: String, file: String, lineOffset: Int) -> ScriptResult {
        if argv.isEmpty { argv = [file] }
        output = ""
        warningOutput = ""
        descentCalls = []
        clockReads = []
        let gradMode = GradMode.isEnabled
        defer { GradMode.setEnabled(gradMode) }
        let body: [Stmt]
        do {
            body = try Parser.parseModule(source)
        } catch {
            let traceback = error.traceback(file: file, lineOffset: lineOffset, source: source)
            let text = source.split(separator: "\n", omittingEmptySubsequences: false)
            let lineText = error.line >= 1 && error.line <= text.count ? String(text[error.line - 1]) : ""
            let column = lineText.utf8Column(scalarOffset: max(0, error.column - 1))
            let location = SourceLocation(file: file, line: error.line + lineOffset, column: column)
            return ScriptResult(stdout: "", error: ScriptError(type: error.kind, message: error.message, traceback: traceback, location: location),
                                descentCalls: [])
        }
        let code = CodeUnit(file: file, lineOffset: lineOffset, source: source)
        do {
            try runModule(body, code: code)
            return ScriptResult(stdout: output, error: nil, descentCalls: descentCalls, clockReads: clockReads, warnings: warningOutput)
        } catch let e as PyError {
            let inner = e.traceback.last
            let location = inner.map {
                SourceLocation(file: $0.file, line: $0.line, column: ($0.source ?? "").utf8Column(scalarOffset: $0.caretStart ?? 0))
            }
            if let exit = systemExit(e) {
                return ScriptResult(stdout: output, error: ScriptError(type: e.type, message: e.message, traceback: exit.text, location: location, exitStatus: exit.status),
                                    descentCalls: descentCalls, clockReads: clockReads, warnings: warningOutput)
            }
            return ScriptResult(stdout: output, error: ScriptError(type: e.type, message: e.message, traceback: e.formatted, location: location),
                                descentCalls: descentCalls, clockReads: clockReads, warnings: warningOutput)
        } catch {
            let message = "\(error)"
            return ScriptResult(stdout: output, error: ScriptError(type: "SystemError", message: message, traceback: "SystemError: \(message)\n", location: nil),
                                descentCalls: descentCalls)
        }
    }
}
