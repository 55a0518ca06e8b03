import Foundation
import Engine
import Notebook

/// How a statement finished: normally, or by a jump the enclosing code must handle.
enum Flow {
    case normal, breakLoop, continueLoop, returnValue(Value)
}

/// What the interpreter is executing: the frame, its code unit, and the frame's name.
///
/// A context is made for every call, so a function's own body (`Context(running:in:)`)
/// carries only what changes per call: the frame and the function, whose code and name it
/// reads. Other code (modules, comprehensions, class bodies) keeps its code unit and name.
///
/// A context borrows its function: whoever makes one keeps the function alive while the
/// context is in use (a call's caller holds the function it calls; a generator its own).
/// The context of code that outlives its maker (a generator expression's) keeps it itself.
struct Context {
    let frame: Frame?
    /// The function running, for zero-argument `super()` and nested functions' qualnames.
    /// (`unowned(unsafe)`, borrowed as above: no retain and release per call.)
    unowned(unsafe) let function: PyFunction?
    /// The code unit, kept alive by `function` (a function's body) or `ownCode` (other
    /// code): `unowned(unsafe)` spares a retain and release per call, and comparing it with
    /// `currentCode` on every statement reads no reference count.
    unowned(unsafe) let code: CodeUnit
    /// Holds `code` when it is not the running function's.
    private let ownCode: CodeUnit?
    /// The frame's name when it is not the running function's.
    private let ownName: String?

    /// The frame's name, as tracebacks show it (`<module>`, `<listcomp>`, the function's name).
    var name: String { ownName ?? function.unsafelyUnwrapped.name }

    init(frame: Frame?, code: CodeUnit, name: String, function: PyFunction? = nil) {
        self.frame = frame
        self.function = function
        self.code = code
        ownCode = code
        ownName = name
    }

    /// The body of function `f` running in `frame` (its call's or its generator's).
    @inline(__always)
    init(running f: PyFunction, in frame: __owned Frame) {
        self.frame = frame
        function = f
        code = f.code
        ownCode = nil
        ownName = nil
    }
}

/// A frame's caller: the code unit and (code-relative) line that was running when it started.
struct CallerSite {
    /// The caller's code unit; nil (with `inherited` false) when no code was running.
    let code: CodeUnit?
    let line: Int
    /// Whether the caller's code is the called function's (`code` is then nil): the
    /// commonest call, which so retains no code unit (see `Interpreter.callerCode`).
    var inherited = false
}

/// Runs parsed scripts with Python's semantics.
///
/// One interpreter holds one module namespace (the session's globals), the standard output
/// written so far, and the limits that stop runaway scripts.
public final class Interpreter {
    /// The module namespace. (Taking another one, or changing the builtins, moves its
    /// `version` past both namespaces' versions, invalidating what name expressions remember.)
    var globals: GlobalNames = [:] {
        didSet { globals.version = max(globals.version, oldValue.version) &+ 1 }
    }
    /// Global names in the order first assigned.
    var globalOrder: [String] = []
    var builtins: [String: Value] = [:] {
        didSet { globals.version &+= 1 }
    }
    /// A number no other interpreter of the process has, naming this one in those caches.
    let serial = Interpreter.nextSerial()
    private static let serialLock = NSLock()
    nonisolated(unsafe) private static var serialCount = 0

    private static func nextSerial() -> Int {
        serialLock.lock()
        defer { serialLock.unlock() }
        serialCount += 1
        return serialCount
    }

    /// Modules imported so far (`torch`, `torch.nn`, `math`), by dotted name.
    var modules: [String: Value] = [:]
    /// Everything `print` wrote.
    public internal(set) var output = ""
    /// What the run wrote to standard error besides its traceback: the "Exception ignored"
    /// reports of generators closed when dropped.
    public internal(set) var errorOutput = ""
    /// The warnings shown in the current run, as CPython writes them to stderr (`Warnings.swift`;
    /// also in `errorOutput`, in order).
    public internal(set) var warningOutput = ""
    /// The warnings already shown (file, line, category, text), shown once each as Python's
    /// default filter does.
    var warningRegistry: Set<String> = []
    /// Whether `input()` reads standard input (`descent run`); lessons have none.
    var readsStandardInput = false
    /// The process's streams when the run writes to them as it goes (`descent run`): then
    /// `print` output is not collected in `output`.
    var streams: StandardStreams?
    /// The attributes this interpreter's scripts set on library classes.
    var classPatches = LibraryClassPatches()
    /// `warnings.filters`, first match wins.
    var warningFilters = WarningFilter.defaults
    /// The list `warnings.catch_warnings(record=True)` is recording into, nil when warnings show.
    var warningRecords: PyList?
    /// Maximum nested Python calls, as `sys.getrecursionlimit()` (1000).
    public var recursionLimit = 1000
    /// The limit `sys.setrecursionlimit` was given, when it was more than `recursionLimit`
    /// may be (`SysModule.safeRecursionCap`): `sys.getrecursionlimit()` answers it.
    var requestedRecursionLimit: Int?
    /// `sys.argv`: the file of the program (`descent run FILE`, as typed) or of the first
    /// code the session ran (the lesson's file).
    var argv: [String] = []
    /// Maximum statements and loop iterations per run.
    public var stepBudget = 100_000_000
    /// Wall-clock seconds per run.
    public var timeLimit: Double = 10
    /// `matplotlib.pyplot`'s figures and what the host does with them.
    let pyplot = PyplotState()
    /// Called by the `descent(...)` builtin.
    var onDescent: ((DescentCall) throws -> Void)?

    /// Parameters an optimizer constructor gets when the call names none (`{descent}` specs).
    var impliedParams: [Tensor]?
    /// The optimizer a scheduler constructor gets when the call names none (`{descent}` specs).
    var impliedOptimizer: (any Optimizer)?

    /// Every `descent(...)` call of the current run.
    var descentCalls: [DescentCall] = []
    /// Calls of real clocks (`time.time()`…) in the current run.
    var clockReads: [ClockRead] = []
    /// The statement being executed, for `descent(...)` locations.
    var currentLine = 0
    var currentCode: CodeUnit?
    /// The `descent(...)` call expression about to run, when the script calls it directly.
    var descentSite: DescentSite?

    /// Containers being printed, to print a self-containing one as `[...]`.
    var reprInProgress: Set<ObjectIdentifier> = []
    /// What `globals()` returns: the one live view of the module namespace (it holds no
    /// reference back: each operation reads the namespace of the interpreter running it).
    lazy var globalsView = PyGlobalsDict()

    /// The exceptions `except` clauses and `finally` blocks are handling, innermost last.
    var handling: [HandledError] = []

    var callDepth = 1
    /// Frames of returned calls, for the next calls to reuse.
    let framePool = FramePool()
    /// Where each frame below the running one is (its code and line), innermost last: what
    /// `warnings.warn(…, stacklevel=N)` points to. Frames push the running line as they start
    /// and restore it as they end (`enterFrame`, `leaveFrame`).
    var callerSites: [CallerSite] = []
    /// Generators made so far (numbering them in order).
    var generatorsMade = 0
    /// Generators that were once suspended inside `try` or `with`, by number: those still
    /// alive at exit are closed then, as CPython's collector closes cycles (`finalizeModule`).
    var suspendedWithCleanup: [Int: WeakGenerator] = [:]
    /// Whether the program is exiting: tracebacks of errors in cleanup then show no source
    /// lines, as CPython's, whose source reading is gone by then.
    var finalizing = false
    var steps = 0
    /// The cycle collector's settings (`gc.disable()`, `gc.set_threshold`), which each run
    /// installs in its thread's registry.
    var gcSettings = GCSettings()
    var stepsAtStart = 0
    var deadline: UInt64 = 0
    var loopLines: [(CodeUnit, Int)] = []
    /// The `__class__` cells of class statements whose metaclass is running, by their
    /// namespace dict: `type.__new__` fills the cell (CPython passes it as `__classcell__`).
    var pendingClassCells: [ObjectIdentifier: ClassCell] = [:]
    var objectIDs: [ObjectIdentifier: Int] = [:]
    var nextAddress = 0x7f3a_1c00_0000
    /// `torch.default_generator`: this interpreter's own random state (copied with the session).
    lazy var defaultGenerator = GeneratorObject(Generator())
    /// The files `torch.save` wrote in this session (in memory; copied with the session).
    var torchFiles = TorchFileStore()
    /// `re`'s cache of compiled patterns (so `re.compile(p) is re.compile(p)`, as in CPython).
    var regexCache = RegexCache()

    public init() {
        builtins = Interpreter.sharedBuiltins
    }

    /// How generators and classes refer to this interpreter without keeping it alive.
    private(set) lazy var link = InterpreterLink(self)

    deinit {
        link.interpreter = nil
    }

    /// The builtins every interpreter starts with, made once per process: their functions
    /// receive the calling interpreter as an argument and hold no state of their own, so
    /// sessions share them (as CPython's interpreters share the `builtins` module's C
    /// functions), and a new session does not rebuild the table.
    nonisolated(unsafe) static let sharedBuiltins: [String: Value] = Interpreter(installingBuiltins: ()).builtins

    private init(installingBuiltins: Void) {
        installBuiltins()
    }

    // MARK: Running

    /// Executes a module's statements in the global namespace.
    func runModule(_ body: [Stmt], code: CodeUnit) throws {
        steps = 0
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeLimit) * 1e9)
        loopLines = []
        handling = []
        callDepth = 1
        callerSites = []
        let ctx = Context(frame: nil, code: code, name: "<module>")
        prepareModuleDunders(code)
        do {
            _ = try execBlock(body, ctx)
        } catch var e as PyError {
            e = record(e, ctx)
            throw e
        }
    }

    /// Adds the traceback entry for the frame `ctx` the error is leaving.
    func record(_ error: PyError, _ ctx: Context, stmtSpan: Span? = nil) -> PyError {
        var e = error
        if ctx.code.isLibrary {
            // The caller's frame locates the error at its own call.
            e.pendingSpan = nil
            e.pendingAnchors = nil
            return e
        }
        guard let span = e.pendingSpan ?? stmtSpan else { return e }
        let source = ctx.code.sourceLine(span.line)
        var entry = TraceEntry(file: ctx.code.file, line: span.line + ctx.code.lineOffset, function: ctx.name, source: source)
        if let source {
            entry.caretStart = span.column
            entry.caretEnd = span.endLine == span.line ? span.endColumn : source.trimmingTrailingWhitespace().count
            if span.endLine == span.line, let (left, right, isSubscript) = e.pendingAnchors {
                if isSubscript {
                    entry.anchorStart = left.endColumn
                    entry.anchorEnd = right.endColumn + 1
                } else {
                    // The operator: the first non-space character after the left operand.
                    let chars = Array(source)
                    var i = left.endColumn
                    while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
                    if left.endLine == span.line, i < chars.count {
                        entry.anchorStart = i
                        var end = i + 1
                        if end < chars.count, !chars[end].isWhitespace, end < right.column { end += 1 }
                        entry.anchorEnd = end
                    }
                }
            }
        }
        e.traceback.insert(entry, at: 0)
        e.pendingSpan = nil
        e.pendingAnchors = nil
        return e
    }

    /// Notes the running line as the new frame's caller.
    @inline(__always)
    func enterFrame() {
        callerSites.append(CallerSite(code: currentCode, line: currentLine))
    }

    /// Notes the running line as the caller of a frame running function `f`: when `f`'s
    /// code is the running code already (the commonest call), without retaining it.
    @inline(__always)
    func enterFrame(running f: PyFunction) {
        if currentCode === f.template.code {
            callerSites.append(CallerSite(code: nil, line: currentLine, inherited: true))
        } else {
            callerSites.append(CallerSite(code: currentCode, line: currentLine))
        }
    }

    /// Returns to the caller's line as a frame ends. (A caller whose code was the called
    /// frame's is running it still: every frame the callee entered restored it as it left.)
    @inline(__always)
    func leaveFrame() {
        let site = callerSites.removeLast()
        currentLine = site.line
        if !site.inherited { currentCode = site.code }
    }

    /// The code unit of the frame that made call `index` of `callerSites`: its own, or,
    /// when inherited, that of the frame it called (the running code for the innermost).
    func callerCode(_ index: Int) -> CodeUnit? {
        var i = index
        while i < callerSites.count {
            if !callerSites[i].inherited { return callerSites[i].code }
            i += 1
        }
        return currentCode
    }

    // MARK: Limits

    func checkLimits() throws {
        let loop = loopLines.last.map { " (the loop at line \($0.1 + $0.0.lineOffset) of \($0.0.file) did not finish)" } ?? ""
        if steps > stepBudget {
            var e = PyError("RuntimeError", "script stopped after \(stepBudget) steps, its step budget\(loop)")
            e.isUncatchable = true
            throw e
        }
        if DispatchTime.now().uptimeNanoseconds > deadline {
            var e = PyError("TimeoutError", "script stopped after \(formatSeconds(timeLimit)) s, its time limit\(loop)")
            e.isUncatchable = true
            throw e
        }
    }

    private func formatSeconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : PyFormat.repr(s)
    }

    /// A stable fake address for `<… object at 0x…>`, so output is deterministic.
    public func address(of object: AnyObject) -> String {
        "0x" + String(addressValue(of: object), radix: 16)
    }

    /// The fake address of `object`, handed out in order of first use, so runs agree.
    func addressValue(of object: AnyObject) -> Int {
        let id = ObjectIdentifier(object)
        if let a = objectIDs[id] { return a }
        nextAddress += 0x40
        objectIDs[id] = nextAddress
        return nextAddress
    }

    /// `id(x)`: the fake address `repr` shows for objects; for immutable values (which CPython
    /// may share or not), a number derived from the value alone. Never depends on the process,
    /// so output stays byte-identical between runs.
    func identity(of value: Value) throws -> Int {
        switch value {
        case .list(let o): return addressValue(of: o)
        case .tuple(let o): return addressValue(of: o)
        case .dict(let o): return addressValue(of: o)
        case .function(let o): return addressValue(of: o)
        case .builtin(let o): return addressValue(of: o)
        case .type(let o): return addressValue(of: o)
        case .object(let o): return addressValue(of: o)
        case .none, .bool, .int, .float, .str:
            // FNV-1a of the type and repr, placed below the objects' fake addresses.
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in (value.typeName + ":" + (try repr(value))).utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return 0x7000_0000_0000 + Int(h % 0x1000_0000_0000) & ~0xf
        }
    }
}

/// An object that can be called like a function (loss modules, `torch.no_grad`…).
public protocol PyCallable: PyObject {
    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value
}
