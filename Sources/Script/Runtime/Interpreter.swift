import Foundation
import Engine
import Notebook

/// How a statement finished: normally, or by a jump the enclosing code must handle.
enum Flow {
    case normal, breakLoop, continueLoop, returnValue(Value)
}

/// What the interpreter is executing: the frame, its code unit, and the frame's name.
struct Context {
    var frame: Frame?
    var code: CodeUnit
    var name: String
}

/// Runs parsed scripts with Python's semantics.
///
/// One interpreter holds one module namespace (the session's globals), the standard output
/// written so far, and the limits that stop runaway scripts.
public final class Interpreter {
    var globals: [String: Value] = [:]
    /// Global names in the order first assigned.
    var globalOrder: [String] = []
    var builtins: [String: Value] = [:]
    /// Modules imported so far (`torch`, `torch.nn`, `math`), by dotted name.
    var modules: [String: Value] = [:]
    /// Everything `print` wrote.
    public internal(set) var output = ""
    /// Maximum nested Python calls, as `sys.getrecursionlimit()` (1000).
    public var recursionLimit = 1000
    /// Maximum statements and loop iterations per run.
    public var stepBudget = 100_000_000
    /// Wall-clock seconds per run.
    public var timeLimit: Double = 10
    /// Called by the `descent(...)` builtin.
    var onDescent: ((DescentCall) throws -> Void)?

    /// Parameters an optimizer constructor gets when the call names none (`{descent}` specs).
    var impliedParams: [Tensor]?
    /// The optimizer a scheduler constructor gets when the call names none (`{descent}` specs).
    var impliedOptimizer: (any Optimizer)?

    /// Every `descent(...)` call of the current run.
    var descentCalls: [DescentCall] = []
    /// The statement being executed, for `descent(...)` locations.
    var currentLine = 0
    var currentCode: CodeUnit?

    /// Containers being printed, to print a self-containing one as `[...]`.
    var reprInProgress: Set<ObjectIdentifier> = []

    var callDepth = 1
    var steps = 0
    var stepsAtStart = 0
    var deadline: UInt64 = 0
    var loopLines: [(CodeUnit, Int)] = []
    var objectIDs: [ObjectIdentifier: Int] = [:]
    var nextAddress = 0x7f3a_1c00_0000

    public init() {
        installBuiltins()
    }

    // MARK: Running

    /// Executes a module's statements in the global namespace.
    func runModule(_ body: [Stmt], code: CodeUnit) throws {
        steps = 0
        deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeLimit) * 1e9)
        loopLines = []
        callDepth = 1
        let ctx = Context(frame: nil, code: code, name: "<module>")
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
        let id = ObjectIdentifier(object)
        if let a = objectIDs[id] { return "0x" + String(a, radix: 16) }
        nextAddress += 0x40
        objectIDs[id] = nextAddress
        return "0x" + String(nextAddress, radix: 16)
    }

    // MARK: Statements

    func execBlock(_ body: [Stmt], _ ctx: Context) throws -> Flow {
        for stmt in body {
            currentLine = stmt.span.line
            currentCode = ctx.code
            steps += 1
            if steps & 0x3FF == 0 { try checkLimits() }
            let flow: Flow
            do {
                flow = try exec(stmt, ctx)
            } catch var e as PyError {
                if e.pendingSpan == nil { e.pendingSpan = stmt.span }
                throw e
            } catch let e as EngineError {
                var p = PyError(e.kind.rawValue, e.message)
                p.pendingSpan = stmt.span
                throw p
            } catch let e as PyFormatError {
                var p = PyError(e.kind.rawValue, e.message)
                p.pendingSpan = stmt.span
                throw p
            }
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    func exec(_ stmt: Stmt, _ ctx: Context) throws -> Flow {
        switch stmt.kind {
        case .expr(let e):
            _ = try eval(e, ctx)
        case .assign(let targets, let valueExpr):
            let value = try eval(valueExpr, ctx)
            for t in targets { try assign(t, value, ctx) }
        case .augAssign(let target, let op, let valueExpr):
            try augmentedAssign(target, op, valueExpr, ctx)
        case .annAssign(let target, _, let valueExpr):
            if let valueExpr { try assign(target, try eval(valueExpr, ctx), ctx) }
        case .ifElse(let test, let body, let orElse):
            if try truthy(try eval(test, ctx)) {
                return try execBlock(body, ctx)
            } else if !orElse.isEmpty {
                return try execBlock(orElse, ctx)
            }
        case .whileLoop(let test, let body, let orElse):
            loopLines.append((ctx.code, stmt.span.line))
            defer { loopLines.removeLast() }
            while try truthy(try eval(test, ctx)) {
                steps += 1
                if steps & 0x3FF == 0 { try checkLimits() }
                switch try execBlock(body, ctx) {
                case .breakLoop: return .normal
                case .returnValue(let v): return .returnValue(v)
                default: continue
                }
            }
            if !orElse.isEmpty { return try execBlock(orElse, ctx) }
        case .forLoop(let target, let iterExpr, let body, let orElse):
            let iterable = try eval(iterExpr, ctx)
            loopLines.append((ctx.code, stmt.span.line))
            defer { loopLines.removeLast() }
            var result: Flow = .normal
            var broke = false
            try iterate(iterable) { item in
                steps += 1
                if steps & 0x3FF == 0 { try checkLimits() }
                try assign(target, item, ctx)
                switch try execBlock(body, ctx) {
                case .breakLoop: broke = true; return false
                case .returnValue(let v): result = .returnValue(v); broke = true; return false
                default: return true
                }
            }
            if case .returnValue = result { return result }
            if !broke && !orElse.isEmpty { return try execBlock(orElse, ctx) }
        case .breakLoop: return .breakLoop
        case .continueLoop: return .continueLoop
        case .pass: break
        case .returnValue(let e):
            return .returnValue(try e.map { try eval($0, ctx) } ?? .none)
        case .functionDef(let def, let decorators):
            let wrappers = try decorators.map { try eval($0, ctx) }
            var value = Value.function(try makeFunction(def, lambdaBody: nil, name: def.name, ctx))
            for d in wrappers.reversed() { value = try call(d, Arguments([value])) }
            try bind(def.name, value, ctx)
        case .importModules(let items):
            for (path, alias) in items {
                let module = try importModule(path.joined(separator: "."))
                if let alias {
                    try bind(alias, module, ctx)
                } else {
                    try bind(path[0], try importModule(path[0]), ctx)
                }
            }
        case .importFrom(let path, let items):
            let moduleName = path.joined(separator: ".")
            let module = try importModule(moduleName)
            for (name, alias) in items {
                if name == "*" {
                    if case .object(let m as PyModule) = module {
                        for (k, v) in m.attributes where !k.hasPrefix("_") { try bind(k, v, ctx) }
                    }
                    continue
                }
                var value: Value? = try getAttributeIfPresent(module, name)
                if value == nil { value = try? importModule(moduleName + "." + name) }
                guard let value else {
                    throw PyError("ImportError", "cannot import name '\(name)' from '\(moduleName)' (\(moduleFile(moduleName)))")
                }
                try bind(alias ?? name, value, ctx)
            }
        case .with(let items, let body):
            var exits: [Value] = []
            for (e, target) in items {
                let manager = try eval(e, ctx)
                guard let enter = try getAttributeIfPresent(manager, "__enter__"),
                      let exit = try getAttributeIfPresent(manager, "__exit__") else {
                    throw PyError("TypeError", "'\(manager.typeName)' object does not support the context manager protocol")
                }
                let entered = try call(enter, Arguments())
                exits.append(exit)
                if let target { try assign(target, entered, ctx) }
            }
            defer {
                for exit in exits.reversed() { _ = try? call(exit, Arguments([.none, .none, .none])) }
            }
            return try execBlock(body, ctx)
        case .global, .nonlocal:
            break
        case .delete(let targets):
            for t in targets { try delete(t, ctx) }
        case .assert(let test, let message):
            if !(try truthy(try eval(test, ctx))) {
                var e = PyError("AssertionError", try message.map { try str(try eval($0, ctx)) } ?? "")
                e.instance = nil
                throw e
            }
        case .raise(let e):
            guard let e else {
                throw PyError("RuntimeError", "No active exception to reraise")
            }
            throw try makeRaisedError(try eval(e, ctx))
        case .tryExcept(let body, let handlers, let orElse, let finally):
            return try execTry(body, handlers, orElse, finally, ctx)
        }
        return .normal
    }

    private func execTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finally: [Stmt], _ ctx: Context) throws -> Flow {
        var flow: Flow = .normal
        do {
            do {
                flow = try execBlock(body, ctx)
            } catch let e as PyError where !e.isUncatchable && !handlers.isEmpty {
                var handled = false
                for h in handlers {
                    var matches = h.type == nil
                    if let t = h.type {
                        let classes: [Value]
                        let tv = try eval(t, ctx)
                        if case .tuple(let items) = tv { classes = items } else { classes = [tv] }
                        for c in classes {
                            guard case .type(let cls) = c else {
                                throw PyError("TypeError", "catching classes that do not inherit from BaseException is not allowed")
                            }
                            if exceptionClass(named: e.type).isSubclass(of: cls) { matches = true }
                        }
                    }
                    if matches {
                        if let n = h.name { try bind(n, exceptionInstance(e), ctx) }
                        handled = true
                        flow = try execBlock(h.body, ctx)
                        break
                    }
                }
                if !handled { throw e }
                if !finally.isEmpty {
                    let f = try execBlock(finally, ctx)
                    if case .normal = f { return flow }
                    return f
                }
                return flow
            }
            if case .normal = flow, !orElse.isEmpty { flow = try execBlock(orElse, ctx) }
        } catch {
            if !finally.isEmpty {
                let f = try execBlock(finally, ctx)
                if case .normal = f { throw error }
                return f
            }
            throw error
        }
        if !finally.isEmpty {
            let f = try execBlock(finally, ctx)
            if case .normal = f { return flow }
            return f
        }
        return flow
    }

    // MARK: Names and assignment

    /// Sets a global, remembering first-assignment order (CPython's dict order, for hints).
    func setGlobal(_ name: String, _ value: Value) {
        if globals.updateValue(value, forKey: name) == nil { globalOrder.append(name) }
    }

    func bind(_ name: String, _ value: Value, _ ctx: Context) throws {
        guard let frame = ctx.frame else {
            setGlobal(name, value)
            return
        }
        if frame.owns(name) {
            frame.locals[name] = value
            return
        }
        if frame.scope?.globals.contains(name) == true {
            setGlobal(name, value)
            return
        }
        var f = frame.enclosing
        while let fr = f {
            if fr.owns(name) { fr.locals[name] = value; return }
            f = fr.enclosing
        }
        setGlobal(name, value)
    }

    func lookup(_ name: String, _ ctx: Context) throws -> Value {
        if let frame = ctx.frame {
            if frame.owns(name) {
                if let v = frame.locals[name] { return v }
                if frame.scope != nil {
                    throw PyError("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
                }
            }
            var f = frame.enclosing
            while let fr = f {
                if fr.owns(name) {
                    if let v = fr.locals[name] { return v }
                    if fr.scope != nil {
                        throw PyError("NameError", "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                    }
                }
                f = fr.enclosing
            }
        }
        if let v = globals[name] { return v }
        if let v = builtins[name] { return v }
        // CPython 3.11 tries the frame's local names, then globals in insertion order, then builtins.
        var locals: [String] = []
        if let scope = ctx.frame?.scope {
            locals = scope.parameters.allNames + scope.locals.subtracting(scope.parameters.allNames).sorted()
        }
        let builtinNames = CPythonSuggestion.builtinOrder.filter { builtins[$0] != nil }
            + builtins.keys.filter { !CPythonSuggestion.builtinOrder.contains($0) }.sorted()
        var message = "name '\(name)' is not defined"
        let suggestion = CPythonSuggestion.closest(to: name, in: locals)
            ?? CPythonSuggestion.closest(to: name, in: globalOrder.filter { globals[$0] != nil })
            ?? CPythonSuggestion.closest(to: name, in: builtinNames)
        if let suggestion { message += ". Did you mean: '\(suggestion)'?" }
        throw PyError("NameError", message)
    }

    func assign(_ target: Expr, _ value: Value, _ ctx: Context) throws {
        switch target.kind {
        case .name(let n):
            try bind(n, value, ctx)
        case .attribute(let objExpr, let name):
            let obj = try eval(objExpr, ctx)
            try setAttribute(obj, name, value)
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, ctx)
            let index = try eval(indexExpr, ctx)
            do {
                try setItem(obj, index, value)
            } catch var e as PyError {
                if e.pendingSpan == nil {
                    e.pendingSpan = target.span
                    e.pendingAnchors = (objExpr.fullSpan, indexExpr.fullSpan, true)
                }
                throw e
            } catch let e as EngineError {
                var p = PyError(e.kind.rawValue, e.message)
                p.pendingSpan = target.span
                p.pendingAnchors = (objExpr.fullSpan, indexExpr.fullSpan, true)
                throw p
            }
        case .tuple(let targets), .list(let targets):
            do {
                try unpack(targets, value, ctx)
            } catch var e as PyError {
                if e.pendingSpan == nil { e.pendingSpan = target.span }
                throw e
            }
        case .starred:
            throw PyError("SyntaxError", "starred assignment target must be in a list or tuple")
        default:
            throw PyError("SyntaxError", "cannot assign to expression")
        }
    }

    private func unpack(_ targets: [Expr], _ value: Value, _ ctx: Context) throws {
        var items: [Value] = []
        switch value {
        case .tuple(let t): items = t
        case .list(let l): items = l.items
        default:
            guard isIterable(value) else {
                throw PyError("TypeError", "cannot unpack non-iterable \(value.typeName) object")
            }
            items = try collect(value)
        }
        let starIndex = targets.firstIndex { if case .starred = $0.kind { return true } else { return false } }
        if let s = starIndex {
            let after = targets.count - s - 1
            guard items.count >= targets.count - 1 else {
                throw PyError("ValueError", "not enough values to unpack (expected at least \(targets.count - 1), got \(items.count))")
            }
            for i in 0..<s { try assign(targets[i], items[i], ctx) }
            if case .starred(let inner) = targets[s].kind {
                try assign(inner, .list(PyList(Array(items[s..<(items.count - after)]))), ctx)
            }
            for i in 0..<after { try assign(targets[s + 1 + i], items[items.count - after + i], ctx) }
            return
        }
        if items.count > targets.count {
            throw PyError("ValueError", "too many values to unpack (expected \(targets.count))")
        }
        if items.count < targets.count {
            throw PyError("ValueError", "not enough values to unpack (expected \(targets.count), got \(items.count))")
        }
        for (t, v) in zip(targets, items) { try assign(t, v, ctx) }
    }

    private func augmentedAssign(_ target: Expr, _ op: BinaryOp, _ valueExpr: Expr, _ ctx: Context) throws {
        switch target.kind {
        case .name(let n):
            let current = try eval(target, ctx)
            _ = n
            let rhs = try eval(valueExpr, ctx)
            try bind(n, try inPlaceBinary(op, current, rhs), ctx)
        case .attribute(let objExpr, let name):
            let obj = try eval(objExpr, ctx)
            let current = try getAttribute(obj, name)
            let rhs = try eval(valueExpr, ctx)
            try setAttribute(obj, name, try inPlaceBinary(op, current, rhs))
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, ctx)
            let index = try eval(indexExpr, ctx)
            let current = try getItem(obj, index)
            let rhs = try eval(valueExpr, ctx)
            try setItem(obj, index, try inPlaceBinary(op, current, rhs))
        default:
            throw PyError("SyntaxError", "illegal expression for augmented assignment")
        }
    }

    private func delete(_ target: Expr, _ ctx: Context) throws {
        switch target.kind {
        case .name(let n):
            if let frame = ctx.frame, frame.owns(n) {
                guard frame.locals.removeValue(forKey: n) != nil else {
                    throw PyError("UnboundLocalError", "cannot access local variable '\(n)' where it is not associated with a value")
                }
            } else if globals.removeValue(forKey: n) == nil {
                throw PyError("NameError", "name '\(n)' is not defined")
            }
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, ctx)
            let index = try eval(indexExpr, ctx)
            try deleteItem(obj, index)
        case .tuple(let items), .list(let items):
            for i in items { try delete(i, ctx) }
        default:
            throw PyError("SyntaxError", "cannot delete expression")
        }
    }

    // MARK: Functions

    func makeFunction(_ def: FunctionDef, lambdaBody: Expr?, name: String, _ ctx: Context) throws -> PyFunction {
        let defaults = try def.parameters.positional.map { p in try p.defaultValue.map { try eval($0, ctx) } }
        let kwDefaults = try def.parameters.keywordOnly.map { p in try p.defaultValue.map { try eval($0, ctx) } }
        var qualname = name
        var f = ctx.frame
        while let fr = f, fr.scope == nil { f = fr.enclosing }
        if f != nil, ctx.name != "<module>" { qualname = "\(ctx.name).<locals>.\(name)" }
        return PyFunction(name: name, qualname: qualname, def: def, lambdaBody: lambdaBody, defaults: defaults,
                          keywordDefaults: kwDefaults, enclosing: ctx.frame, code: ctx.code)
    }

    /// Calls any callable value.
    public func call(_ callee: Value, _ args: Arguments) throws -> Value {
        switch callee {
        case .function(let f):
            return try callFunction(f, args)
        case .builtin(let b):
            return try b.body(self, args)
        case .type(let c):
            guard let construct = c.construct else {
                throw PyError("TypeError", "cannot create '\(c.qualifiedName)' instances")
            }
            return try construct(self, args)
        case .object(let o):
            if let c = o as? PyCallable { return try c.call(self, args) }
            throw PyError("TypeError", "'\(o.pyClass.name)' object is not callable")
        default:
            throw PyError("TypeError", "'\(callee.typeName)' object is not callable")
        }
    }

    func callFunction(_ f: PyFunction, _ args: Arguments) throws -> Value {
        if callDepth >= recursionLimit {
            throw PyError("RecursionError", "maximum recursion depth exceeded")
        }
        let frame = Frame(scope: f.def, enclosing: f.enclosing)
        try bindArguments(f, args, frame)
        callDepth += 1
        defer { callDepth -= 1 }
        let ctx = Context(frame: frame, code: f.code, name: f.name)
        do {
            if let body = f.lambdaBody {
                return try eval(body, ctx)
            }
            if case .returnValue(let v) = try execBlock(f.def.body, ctx) { return v }
            return .none
        } catch var e as PyError {
            e = record(e, ctx)
            throw e
        }
    }

    private func bindArguments(_ f: PyFunction, _ args: Arguments, _ frame: Frame) throws {
        let params = f.def.parameters
        let name = f.qualname
        let positional = params.positional
        var extra: [Value] = []
        for (i, v) in args.positional.enumerated() {
            if i < positional.count {
                frame.locals[positional[i].name] = v
            } else {
                extra.append(v)
            }
        }
        if !extra.isEmpty {
            if let varArgs = params.varArgs {
                frame.locals[varArgs] = .tuple(extra)
            } else {
                let required = f.defaults.filter { $0 == nil }.count
                let given = args.positional.count
                let takes = required == positional.count ? "\(positional.count)" : "from \(required) to \(positional.count)"
                let kwOnly = args.keywords.filter { k in params.keywordOnly.contains { $0.name == k.0 } }.count
                let plural = positional.count == 1 && required == positional.count ? "" : "s"
                let kwNote = kwOnly > 0 ? " positional argument\(given == 1 ? "" : "s") (and \(kwOnly) keyword-only argument\(kwOnly == 1 ? "" : "s"))" : ""
                if kwNote.isEmpty {
                    throw PyError("TypeError", "\(name)() takes \(takes) positional argument\(plural) but \(given) \(given == 1 ? "was" : "were") given")
                }
                throw PyError("TypeError", "\(name)() takes \(takes) positional argument\(plural) but \(given)\(kwNote) were given")
            }
        } else if let varArgs = params.varArgs {
            frame.locals[varArgs] = .tuple([])
        }
        var kwargs: PyDict?
        if let vk = params.varKeywords {
            kwargs = PyDict()
            frame.locals[vk] = .dict(kwargs!)
        }
        for (k, v) in args.keywords {
            if positional.contains(where: { $0.name == k }) || params.keywordOnly.contains(where: { $0.name == k }) {
                if frame.locals[k] != nil {
                    throw PyError("TypeError", "\(name)() got multiple values for argument '\(k)'")
                }
                frame.locals[k] = v
            } else if let kwargs {
                try kwargs.set(.str(k), v)
            } else {
                throw PyError("TypeError", "\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        var missing: [String] = []
        for (i, p) in positional.enumerated() where frame.locals[p.name] == nil {
            if let d = f.defaults[i] { frame.locals[p.name] = d } else { missing.append(p.name) }
        }
        if !missing.isEmpty {
            throw PyError("TypeError", "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interpreter.nameList(missing))")
        }
        for (i, p) in params.keywordOnly.enumerated() where frame.locals[p.name] == nil {
            if let d = f.keywordDefaults[i] { frame.locals[p.name] = d } else { missing.append(p.name) }
        }
        if !missing.isEmpty {
            throw PyError("TypeError", "\(name)() missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(Interpreter.nameList(missing))")
        }
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
    static func nameList(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 1: return quoted[0]
        case 2: return "\(quoted[0]) and \(quoted[1])"
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
    }
}

/// An object that can be called like a function (loss modules, `torch.no_grad`…).
public protocol PyCallable: PyObject {
    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value
}
