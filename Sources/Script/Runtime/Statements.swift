import Foundation
import Engine
import Notebook

extension Interpreter {
    // MARK: Statements

    func execBlock(_ body: [Stmt], _ ctx: Context) throws -> Flow {
        // The block keeps its statements alive while they run: none is retained for its run.
        for i in body.indices {
            let flow = try Unmanaged.passUnretained(body[i])._withUnsafeGuaranteedRef { try execOne($0, ctx, generator: nil) }
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    /// Runs one statement of a block, noting it as the failing statement if an error escapes;
    /// in a generator's body, statements containing `yield` run resumably.
    @inline(__always)
    func execOne(_ stmt: Stmt, _ ctx: Context, generator: PyGenerator?) throws -> Flow {
        currentLine = stmt.span.line
        if currentCode !== ctx.code { currentCode = ctx.code }
        steps += 1
        if steps & 0x3FF == 0 { try checkLimits() }
        if GCRegistry.anyPending { collectPendingCycles() }
        let flow: Flow
        do {
            if let generator, stmt.containsYield {
                flow = try genStmt(stmt, ctx, generator)
            } else {
                flow = try exec(stmt, ctx)
            }
        } catch var e as PyError {
            if e.pendingSpan == nil {
                e.pendingSpan = stmt.span
                if e.raisedByIterator {
                    // The whole line, without carets.
                    e.pendingSpan = Span(line: stmt.span.line, column: stmt.span.column, endLine: stmt.span.line + 1, endColumn: 0)
                    e.raisedByIterator = false
                }
            }
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
        return flow
    }

    /// Runs the commonest kinds of statement. (A small function with no closures: its switch
    /// borrows the statement's parts, where the whole switch copied them.) The other kinds are
    /// `execOther`'s.
    func exec(_ stmt: Stmt, _ ctx: Context) throws -> Flow {
        switch stmt.kind {
        case .expr(let e):
            _ = try eval(e, ctx)
        case .assign(let targets, let valueExpr):
            let value = try eval(valueExpr, ctx)
            // The statement keeps its targets alive: none is retained for its assignment.
            // (One target, the commonest, takes the value itself: no copy.)
            if targets.count == 1 {
                try Unmanaged.passUnretained(targets[0])._withUnsafeGuaranteedRef { try assign($0, value, ctx) }
                return .normal
            }
            for i in targets.indices {
                try Unmanaged.passUnretained(targets[i])._withUnsafeGuaranteedRef { try assign($0, value, ctx) }
            }
        case .augAssign(let target, let op, let valueExpr):
            try augmentedAssign(target, op, valueExpr, ctx)
        case .ifElse(let test, let body, let orElse):
            if try truthy(try eval(test, ctx)) {
                return try execBlock(body, ctx)
            } else if !orElse.isEmpty {
                return try execBlock(orElse, ctx)
            }
        case .forLoop(let target, let iterExpr, let body, let orElse):
            return try execFor(stmt, target, iterExpr, body, orElse, ctx)
        case .breakLoop: return .breakLoop
        case .continueLoop: return .continueLoop
        case .pass: break
        case .returnValue(let e):
            guard let e else { return .returnValue(.none) }
            return .returnValue(try eval(e, ctx))
        case .functionDef(let def, let decorators):
            try execFunctionDef(def, decorators, ctx)
        default:
            return try execOther(stmt, ctx)
        }
        return .normal
    }

    /// A `def` statement: makes the function, applies the decorators and binds the name.
    private func execFunctionDef(_ def: FunctionDef, _ decorators: [Expr], _ ctx: Context) throws {
        if decorators.isEmpty {
            // The usual `def` (a closure, made on every call of its function).
            return try bindDefinition(def, .function(try makeFunction(def, lambdaBody: nil, name: def.name, ctx)), ctx)
        }
        let wrappers = try decorators.map { try eval($0, ctx) }
        var value = Value.function(try makeFunction(def, lambdaBody: nil, name: def.name, ctx))
        for d in wrappers.reversed() { value = try call(d, Arguments([value])) }
        try bindDefinition(def, value, ctx)
    }

    /// A `for` statement (`stmt`).
    private func execFor(_ stmt: Stmt, _ target: Expr, _ iterExpr: Expr, _ body: [Stmt], _ orElse: [Stmt], _ ctx: Context) throws -> Flow {
        let iterable = try eval(iterExpr, ctx)
        loopLines.append((ctx.code, stmt.span.line))
        defer { loopLines.removeLast() }
        // Tuples and lists, the commonest iterables, are walked here: the closure `iterate`
        // takes would copy the context (three retains and releases per loop).
        switch iterable {
        case .tuple(let t):
            for i in 0..<t.count {
                if let flow = try loopTurn(t[i], target, body, ctx) { return flow }
            }
            return orElse.isEmpty ? .normal : try execBlock(orElse, ctx)
        case .list(let l):
            // (Read by index while it runs, as Python's list iterator: items appended in the
            // body are visited too.)
            var i = 0
            while i < l.items.count {
                if let flow = try loopTurn(l.items[i], target, body, ctx) { return flow }
                i += 1
            }
            return orElse.isEmpty ? .normal : try execBlock(orElse, ctx)
        default:
            break
        }
        var ended: Flow?
        try iterate(iterable) { item in
            guard let flow = try loopTurn(item, target, body, ctx) else { return true }
            ended = flow
            return false
        }
        if let ended { return ended }
        return orElse.isEmpty ? .normal : try execBlock(orElse, ctx)
    }

    /// One turn of a `for` loop over `item`: nil to go on, else the flow that ends the loop
    /// (`.normal` after a `break`, which skips the `else` block).
    @inline(__always)
    private func loopTurn(_ item: consuming Value, _ target: Expr, _ body: [Stmt], _ ctx: Context) throws -> Flow? {
        steps += 1
        if steps & 0x3FF == 0 { try checkLimits() }
        try assign(target, item, ctx)
        switch try execBlock(body, ctx) {
        case .breakLoop: return .normal
        case .returnValue(let v): return .returnValue(v)
        default: return nil
        }
    }

    /// Runs the kinds of statement `exec` leaves: loops, imports, `with`, `try`, classes….
    private func execOther(_ stmt: Stmt, _ ctx: Context) throws -> Flow {
        switch stmt.kind {
        case .annAssign(let target, let annotation, let valueExpr):
            if let valueExpr { try assign(target, try eval(valueExpr, ctx), ctx) }
            // At module level and in class bodies CPython evaluates the annotation and records
            // a simple name's in the namespace's `__annotations__`; in functions it is not evaluated.
            if ctx.frame == nil {
                let value = try eval(annotation, ctx)
                if case .name(let name) = target.kind, target.parenthesizedSpan == nil,
                   case .dict(let annotations)? = globals["__annotations__"] ?? builtins["__annotations__"] {
                    try annotations.set(.str(name), value)
                }
            } else if let frame = ctx.frame, frame.isClassBody {
                let value = try eval(annotation, ctx)
                if case .name(let name) = target.kind, target.parenthesizedSpan == nil,
                   case .dict(let annotations)? = frame.locals["__annotations__"] {
                    try annotations.set(.str(name), value)
                }
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
        case .classDef(let def, let decorators):
            try execClassDef(def, decorators: decorators, ctx)
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
                    throw PyError("ImportError", "cannot import name '\(name)' from '\(moduleName)' (\(moduleLocation(moduleName)))")
                }
                try bind(alias ?? name, value, ctx)
            }
        case .with(let items, let body):
            return try execWith(items, ctx) { _ in try self.execBlock(body, ctx) }
        case .global, .nonlocal:
            break
        case .delete(let targets):
            for t in targets { try delete(t, ctx) }
        case .assert(let test, let message):
            var comparison: Span?
            if !(try assertionHolds(test, ctx, lastComparison: &comparison)) {
                let m = try message.map { try eval($0, ctx) }
                var e = PyError("AssertionError", try m.map { try str($0) } ?? "")
                e.instance = .object(PyExceptionObject(cls: exceptionClass(named: "AssertionError"), args: m.map { [$0] } ?? []))
                // CPython 3.11 points at the last comparison the test decided on, else at the statement.
                e.pendingSpan = comparison
                throw e
            }
        case .raise(let e, let cause):
            try execRaise(e, cause: cause, ctx)
        case .tryExcept(let body, let handlers, let orElse, let finally):
            return try execTry({ try self.execBlock(body, ctx) }, handlers, orElse, finally, ctx)
        case .match(let subject, let cases):
            return try execMatch(subject, cases, ctx)
        default:
            throw PyError("SystemError", "unexpected statement kind")
        }
        return .normal
    }

    /// Binds the function a `def` statement made to its name. In a function's frame the
    /// name's slot is remembered on the definition (a nested `def` runs on every call of its
    /// function: `bind` would hash the name each time).
    @inline(__always)
    private func bindDefinition(_ def: FunctionDef, _ value: Value, _ ctx: Context) throws {
        if let frame = ctx.frame, let id = frame.layoutID {
            if def.definedScope == id {
                frame.slots[def.definedSlot] = value
                return
            }
            if let i = frame.layout?.index[def.name] {
                def.definedScope = id
                def.definedSlot = i
                frame.slots[i] = value
                return
            }
        }
        try bind(def.name, value, ctx)
    }
}
