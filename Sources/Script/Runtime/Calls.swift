import Foundation
import Engine
import Notebook

extension Interpreter {
    // MARK: Functions

    /// A function object for `def`; `evaluatedDefaults` are the default values when they were
    /// evaluated already (resumably, in a generator's body).
    func makeFunction(_ def: FunctionDef, lambdaBody: Expr?, name: String, _ ctx: Context,
                      evaluatedDefaults: ([Value?], [Value?])? = nil) throws -> PyFunction {
        // Nil: no default to evaluate (the definition's shared arrays of nils stand for them).
        var defaults: [Value?]?
        var kwDefaults: [Value?]?
        if let evaluatedDefaults {
            (defaults, kwDefaults) = evaluatedDefaults
        } else if def.hasDefaults {
            defaults = try def.parameters.positional.map { p in try p.defaultValue.map { try eval($0, ctx) } }
            kwDefaults = try def.parameters.keywordOnly.map { p in try p.defaultValue.map { try eval($0, ctx) } }
        }
        let f: PyFunction
        if let classFrame = ctx.frame, let classCell = classFrame.classCell {
            // A class body's functions do not see its names; they belong to the class.
            let template = FunctionTemplate(name: name, qualname: "\(classFrame.classQualname ?? "").\(name)", def: def,
                                            lambdaBody: lambdaBody, code: ctx.code, classCell: classCell)
            f = PyFunction(template: template, defaults: defaults, keywordDefaults: kwDefaults,
                           enclosing: classFrame.enclosing)
        } else if let outer = ctx.function {
            // A nested function: `f.<locals>.inner`, or `f.<locals>.<listcomp>.<lambda>` in a
            // comprehension. The template is made once per definition and enclosing function
            // (closures are made on every call).
            let template = nestedTemplate(def, lambdaBody: lambdaBody, name: name, outer, ctx)
            f = PyFunction(template: template, defaults: defaults, keywordDefaults: kwDefaults,
                           enclosing: template.capturesEnclosing ? ctx.frame : nil)
        } else {
            var qualname = name
            var fr = ctx.frame
            while let frame = fr, frame.scope == nil { fr = frame.enclosing }
            if fr != nil, ctx.name != "<module>" { qualname = "\(ctx.name).<locals>.\(name)" }
            let template = FunctionTemplate(name: name, qualname: qualname, def: def, lambdaBody: lambdaBody, code: ctx.code, classCell: nil)
            f = PyFunction(template: template, defaults: defaults, keywordDefaults: kwDefaults,
                           enclosing: ctx.frame)
        }
        if def.hasAnnotations {
            // CPython 3.11 evaluates annotations with the `def`, after the defaults.
            let annotations = PyDict()
            for a in def.parameters.annotations { try annotations.set(.str(a.name), try eval(a.annotation, ctx)) }
            f.setAttribute("__annotations__", .dict(annotations))
        }
        return f
    }

    /// The template of the functions `def` makes in the calls of `outer` (running `ctx`),
    /// made on first use and kept by `outer`.
    private func nestedTemplate(_ def: FunctionDef, lambdaBody: Expr?, name: String, _ outer: PyFunction, _ ctx: Context) -> FunctionTemplate {
        let contextName = ctx.name
        for t in outer.nestedTemplates where t.def === def && t.contextName == contextName && t.name == name
            && t.lambdaBody === lambdaBody && t.code === ctx.code {
            return t
        }
        let inner = contextName == outer.name ? "" : contextName + "."
        let template = FunctionTemplate(name: name, qualname: "\(outer.qualname).<locals>.\(inner)\(name)", def: def,
                                        lambdaBody: lambdaBody, code: ctx.code, classCell: outer.classCell, contextName: contextName)
        // (The frames enclosing `ctx.frame` are the same for every function `def` makes here.)
        template.capturesEnclosing = Interpreter.chain(from: ctx.frame, ownsAnyOf: def.enclosingNames(lambdaBody: lambdaBody))
        outer.nestedTemplates.append(template)
        return template
    }

    /// Whether `frame` or a frame enclosing it (class bodies aside, which nested code never
    /// sees) owns one of `names`.
    static func chain(from frame: Frame?, ownsAnyOf names: Set<String>) -> Bool {
        if names.isEmpty { return false }
        var f = frame
        while let fr = f {
            if !fr.isClassBody, names.contains(where: { fr.owns($0) }) { return true }
            f = fr.enclosing
        }
        return false
    }

    /// Calls any callable value.
    public func call(_ callee: Value, _ args: Arguments) throws -> Value {
        switch callee {
        case .function(let f):
            return try callFunction(f, args)
        case .builtin(let b):
            return try TorchLibrary.checked(try b.body(self, args))
        case .type(let c):
            guard let construct = c.construct else {
                throw PyError("TypeError", "cannot create '\(c.qualifiedName)' instances")
            }
            return try construct(self, args)
        case .object(let o):
            if let c = o as? PyCallable { return try TorchLibrary.checked(try c.call(self, args)) }
            if let i = o as? PyInstance { return try instanceCall(i, args) }
            throw PyError("TypeError", "'\(o.pyClass.name)' object is not callable")
        default:
            throw PyError("TypeError", "'\(callee.typeName)' object is not callable")
        }
    }

    /// Calls a script function; a method's `receiver` (`self`) goes before `args`.
    func callFunction(_ f: PyFunction, _ args: Arguments, receiver: Value? = nil) throws -> Value {
        if callDepth >= recursionLimit {
            throw PyError("RecursionError", "maximum recursion depth exceeded")
        }
        var callee = Context(running: f, in: framePool.frame(for: f.template.def, enclosing: f.enclosing))
        try bindArguments(f, args, receiver, callee.frame.unsafelyUnwrapped)
        let result = try run(f, callee)
        callee.recycleFrame(framePool)
        return result
    }

    /// Calls script function `f` (a method's `receiver` first) with arguments that are plain
    /// positional expressions, evaluated straight into the new frame's slots (parameters left
    /// over take their defaults): no `Arguments` array. Nil (nothing evaluated) when the call
    /// needs the general binding (`*args`, keywords, keyword-only parameters, a missing
    /// argument without a default, too many arguments).
    func callFunction(_ f: PyFunction, positional argExprs: [Argument], _ ctx: Context, receiver: Value? = nil) throws -> Value? {
        let arity = f.def.plainArity
        let given = argExprs.count + (receiver == nil ? 0 : 1)
        guard given <= arity else { return nil }
        if given < arity {
            for i in given..<arity where f.defaultValue(i) == nil { return nil }
        }
        for i in argExprs.indices {
            guard case .positional = argExprs[i] else { return nil }
        }
        // (The callee's context owns its frame: the call retains it no further.)
        var callee = Context(running: f, in: framePool.frame(for: f.template.def, enclosing: f.enclosing))
        let slots = callee.frame.unsafelyUnwrapped.slots
        var slot = 0
        if let receiver {
            slots[0] = receiver
            slot = 1
        }
        for i in argExprs.indices {
            if let e = argExprs[i].positionalExpression { slots[slot] = try e._withUnsafeGuaranteedRef { try eval($0, ctx) } }
            slot += 1
        }
        while slot < arity {
            slots[slot] = f.defaultValue(slot)
            slot += 1
        }
        if callDepth >= recursionLimit {
            throw PyError("RecursionError", "maximum recursion depth exceeded")
        }
        let result = try run(f, callee)
        callee.recycleFrame(framePool)
        return result
    }

    /// Calls script function `f` as a method of `receiver` with at most one more positional
    /// value (operators' special methods: `a.__add__(b)`, `a.__neg__()`), binding straight
    /// into the frame; nil (nothing called) when `f` takes other parameters.
    func callFunction(_ f: PyFunction, receiver: Value, _ argument: Value?) throws -> Value? {
        guard f.def.plainArity == (argument == nil ? 1 : 2) else { return nil }
        if callDepth >= recursionLimit {
            throw PyError("RecursionError", "maximum recursion depth exceeded")
        }
        var callee = Context(running: f, in: framePool.frame(for: f.template.def, enclosing: f.enclosing))
        let slots = callee.frame.unsafelyUnwrapped.slots
        slots[0] = receiver
        if let argument { slots[1] = argument }
        let result = try run(f, callee)
        callee.recycleFrame(framePool)
        return result
    }

    /// Runs a call of `f` in `ctx`, whose frame holds the bound arguments (or makes its
    /// generator). The caller gives the frame back to `framePool` when nothing else holds it
    /// after (`Context.recycleFrame`).
    private func run(_ f: PyFunction, _ ctx: Context) throws -> Value {
        if f.def.isGenerator { return .object(PyGenerator(function: f, frame: ctx.frame.unsafelyUnwrapped, interpreter: self)) }
        callDepth += 1
        enterFrame(running: f)
        defer {
            callDepth -= 1
            leaveFrame()
        }
        do {
            // The function keeps its template (and so its body) alive: none is retained for the call.
            return try Unmanaged.passUnretained(f.template)._withUnsafeGuaranteedRef { t in
                if let body = t.lambdaBody {
                    return try eval(body, ctx)
                }
                if case .returnValue(let v) = try execBlock(t.def.body, ctx) { return v }
                return .none
            }
        } catch var e as PyError {
            e = record(e, ctx)
            throw e
        }
    }

    /// Binds a call's arguments to the parameters' slots (see `FunctionDef.slots`: the
    /// positional parameters, `*args`, the keyword-only ones, `**kwargs`, in that order).
    private func bindArguments(_ f: PyFunction, _ args: Arguments, _ receiver: Value?, _ frame: Frame) throws {
        let params = f.def.parameters
        let positional = params.positional
        let first = receiver == nil ? 0 : 1
        if args.keywords.isEmpty, params.varArgs == nil, args.positional.count + first == positional.count {
            // The usual call: every positional parameter given by position.
            if let receiver { frame.slots[0] = receiver }
            for i in 0..<args.positional.count { frame.slots[first + i] = args.positional[i] }
            if params.keywordOnly.isEmpty && params.varKeywords == nil { return }
        }
        if let receiver {
            var all = args
            all.positional.insert(receiver, at: 0)
            return try bindArguments(f, all, nil, frame)
        }
        let given = args.positional.count
        let name = f.qualname
        let varArgsSlot = positional.count
        let keywordBase = positional.count + (params.varArgs == nil ? 0 : 1)
        func keywordOnlySlot(_ j: Int) -> Int { keywordBase + j }
        var extra: [Value] = []
        for (i, v) in args.positional.enumerated() {
            if i < positional.count {
                frame.slots[i] = v
            } else {
                extra.append(v)
            }
        }
        if !extra.isEmpty {
            if params.varArgs != nil {
                frame.slots[varArgsSlot] = .tuple(PyTuple.of(extra))
            } else {
                let required = f.defaults.filter { $0 == nil }.count
                let takes = required == positional.count ? "\(positional.count)" : "from \(required) to \(positional.count)"
                let kwOnly = args.keywords.filter { k in params.keywordOnly.contains { $0.name == k.0 } }.count
                let plural = positional.count == 1 && required == positional.count ? "" : "s"
                let kwNote = kwOnly > 0 ? " positional argument\(given == 1 ? "" : "s") (and \(kwOnly) keyword-only argument\(kwOnly == 1 ? "" : "s"))" : ""
                if kwNote.isEmpty {
                    throw PyError("TypeError", "\(name)() takes \(takes) positional argument\(plural) but \(given) \(given == 1 ? "was" : "were") given")
                }
                throw PyError("TypeError", "\(name)() takes \(takes) positional argument\(plural) but \(given)\(kwNote) were given")
            }
        } else if params.varArgs != nil {
            frame.slots[varArgsSlot] = .tuple(PyTuple.of([]))
        }
        var kwargs: PyDict?
        if params.varKeywords != nil {
            kwargs = PyDict()
            frame.slots[keywordBase + params.keywordOnly.count] = .dict(kwargs!)
        }
        var positionalOnlyGiven: [String] = []
        for (k, v) in args.keywords {
            if let i = positional.firstIndex(where: { $0.name == k }), i < params.positionalOnlyCount {
                if let kwargs { try kwargs.set(.str(k), v) } else { positionalOnlyGiven.append(k) }
                continue
            }
            let slot = positional.firstIndex(where: { $0.name == k })
                ?? params.keywordOnly.firstIndex(where: { $0.name == k }).map(keywordOnlySlot)
            if let slot {
                if frame.slots[slot] != nil {
                    throw PyError("TypeError", "\(name)() got multiple values for argument '\(k)'")
                }
                frame.slots[slot] = v
            } else if let kwargs {
                try kwargs.set(.str(k), v)
            } else {
                throw PyError("TypeError", "\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        if !positionalOnlyGiven.isEmpty {
            throw PyError("TypeError", "\(name)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyGiven.joined(separator: ", "))'")
        }
        var missing: [String] = []
        for (i, p) in positional.enumerated() where frame.slots[i] == nil {
            if let d = f.defaults[i] { frame.slots[i] = d } else { missing.append(p.name) }
        }
        if !missing.isEmpty {
            throw PyError("TypeError", "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interpreter.nameList(missing))")
        }
        for (i, p) in params.keywordOnly.enumerated() where frame.slots[keywordOnlySlot(i)] == nil {
            if let d = f.keywordDefaults[i] { frame.slots[keywordOnlySlot(i)] = d } else { missing.append(p.name) }
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
