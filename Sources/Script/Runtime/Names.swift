import Foundation
import Engine
import Notebook

extension Interpreter {
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
        if let layout = frame.layout {
            if let i = layout.index[name] {
                frame.slots[i] = value
                return
            }
        } else if frame.classNames?.contains(name) == true {
            if frame.locals.updateValue(value, forKey: name) == nil { frame.classCell?.bindingOrder.append(name) }
            return
        }
        if frame.declaresGlobal(name) {
            setGlobal(name, value)
            return
        }
        // `nonlocal`: the nearest enclosing function's (class bodies are no scope for it).
        var f = frame.enclosing
        while let fr = f {
            if !fr.isClassBody {
                if fr.declaresGlobal(name) { break }
                if fr.owns(name) { fr.set(name, value); return }
            }
            f = fr.enclosing
        }
        setGlobal(name, value)
    }

    /// Reads name expression `e`, which is not a local of the running frame: from the
    /// enclosing frame or the global (or builtin) its caches remember, else as `lookup` does.
    @inline(__always)
    func lookupCached(_ e: Expr, _ name: String, _ ctx: Context) throws -> Value {
        if e.freeHops > 0, let start = ctx.frame {
            // The running frame keeps its enclosing frames alive: the walk retains none.
            var f = Unmanaged.passUnretained(start)
            var hops = e.freeHops
            while hops > 0, let next = f._withUnsafeGuaranteedRef({ $0.enclosing.map(Unmanaged.passUnretained) }) {
                f = next
                hops -= 1
            }
            if hops == 0, let v = f._withUnsafeGuaranteedRef({ $0.layoutID == e.freeScope ? $0.slots[e.freeSlot] : nil }) {
                return v
            }
        } else if e.globalSerial == serial, e.globalVersion == globals.version {
            if e.globalSlot < 0 { return e.globalValue.value }
            if let v = globals.values[e.globalSlot] { return v }
        }
        return try lookupFillingCache(e, name, ctx)
    }

    /// `lookup`, remembering in `e` where the name was found when that cannot change: the
    /// frames between the running one and the owner own no such name (which frames enclose
    /// a piece of code, and what they own, follows from where the code is written).
    private func lookupFillingCache(_ e: Expr, _ name: String, _ ctx: Context) throws -> Value {
        var hops = 0
        var f = ctx.frame
        while let fr = f {
            // As CPython's compiler resolves names: a `global` declaration (here or in an
            // enclosing function) means the module's name; class bodies are invisible to the
            // code nested in them.
            if hops > 0 && fr.isClassBody {
                f = fr.enclosing
                hops += 1
                continue
            }
            if fr.declaresGlobal(name) { break }
            if fr.owns(name) {
                if hops > 0, let layout = fr.layout, let i = layout.index[name], fr.slots[i] != nil {
                    e.freeHops = hops
                    e.freeScope = ObjectIdentifier(layout)
                    e.freeSlot = i
                }
                return try lookup(name, ctx)
            }
            f = fr.enclosing
            hops += 1
        }
        if let i = globals.slot(of: name), let v = globals.values[i] {
            e.globalSerial = serial
            e.globalVersion = globals.version
            e.globalSlot = i
            return v
        }
        if let v = builtins[name] {
            e.globalSerial = serial
            e.globalVersion = globals.version
            e.globalSlot = -1
            e.globalValue = UnownedValue(v)
            return v
        }
        return try lookup(name, ctx)
    }

    func lookup(_ name: String, _ ctx: Context) throws -> Value {
        if let frame = ctx.frame, !frame.declaresGlobal(name) {
            var enclosing = true
            if frame.owns(name) {
                if let v = frame.get(name) { return v }
                if frame.scope != nil {
                    throw PyError("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
                }
                // A class body's own name not bound yet: the module's (CPython's LOAD_NAME).
                if frame.isClassBody { enclosing = false }
            }
            var f = enclosing ? frame.enclosing : nil
            while let fr = f {
                if !fr.isClassBody {
                    if fr.declaresGlobal(name) { break }
                    if fr.owns(name) {
                        if let v = fr.get(name) { return v }
                        if fr.scope != nil {
                            throw PyError("NameError", "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                        }
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

    /// (`value` is consumed: a frame slot or an instance's attribute takes it without a copy.)
    func assign(_ target: Expr, _ value: consuming Value, _ ctx: Context) throws {
        // A local variable of the running frame (the commonest target), before the switch.
        if target.slot >= 0, let frame = ctx.frame, frame.layoutID == target.slotScope {
            frame.slots[target.slot] = value
            return
        }
        switch target.kind {
        case .name(let n):
            if target.slot >= 0, let frame = ctx.frame, frame.layoutID == target.slotScope {
                frame.slots[target.slot] = value
                return
            }
            guard ctx.frame == nil else { return try bind(n, value, ctx) }
            // Module code: a global bound before keeps its slot (see `GlobalNames`).
            if target.globalSerial == serial, target.globalVersion == globals.version, target.globalSlot >= 0,
               globals.rebind(slot: target.globalSlot, value) { return }
            setGlobal(n, value)
            if let i = globals.slot(of: n) {
                target.globalSerial = serial
                target.globalVersion = globals.version
                target.globalSlot = i
            }
        case .attribute(let objExpr, let name):
            // `x.attr = value` with `x` a variable: stored in place when the caches answer.
            guard let unstored = borrowedStore(objExpr, site: target, value, ctx) else { return }
            let obj = try eval(objExpr, ctx)
            do {
                try setAttribute(obj, name, unstored, site: target)
            } catch var e as PyError {
                // CPython underlines the target of a failing attribute store (`t.c = 5`),
                // also when a property setter or `__setattr__` raised below it.
                if e.pendingSpan == nil { e.pendingSpan = target.span }
                throw e
            }
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
        if case .tuple(let t) = value, t.count == targets.count, !targets.contains(where: { if case .starred = $0.kind { return true } else { return false } }) {
            // The usual `a, b = pair`: assign straight from the tuple.
            try t.withUnsafeMutablePointerToElements { items in
                for i in 0..<targets.count { try assign(targets[i], items[i], ctx) }
            }
            return
        }
        let values = try unpackValues(targets, value)
        for (t, v) in zip(targets, values) {
            if case .starred(let inner) = t.kind { try assign(inner, v, ctx) } else { try assign(t, v, ctx) }
        }
    }

    /// The values `targets` receive when `value` is unpacked into them (a starred target's
    /// list in its place), with CPython's errors for a wrong count.
    func unpackValues(_ targets: [Expr], _ value: Value) throws -> [Value] {
        var items: [Value] = []
        switch value {
        case .tuple(let t): items = t.items
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
            return Array(items[0..<s]) + [.list(PyList(Array(items[s..<(items.count - after)])))] + Array(items[(items.count - after)...])
        }
        if items.count > targets.count {
            throw PyError("ValueError", "too many values to unpack (expected \(targets.count))")
        }
        if items.count < targets.count {
            throw PyError("ValueError", "not enough values to unpack (expected \(targets.count), got \(items.count))")
        }
        return items
    }

    func augmentedAssign(_ target: Expr, _ op: BinaryOp, _ valueExpr: Expr, _ ctx: Context) throws {
        switch target.kind {
        case .name:
            let current = try eval(target, ctx)
            let rhs = try eval(valueExpr, ctx)
            try assign(target, try Interpreter.floatInPlace(op, current, rhs) ?? inPlaceBinary(op, current, rhs), ctx)
        case .attribute(let objExpr, let name):
            // `self.grad += other.data * out.grad`: float arithmetic in place, when it is that.
            if floatAugmentedAttribute(target, objExpr, op, valueExpr, ctx) { return }
            let obj = try eval(objExpr, ctx)
            let current = try getAttribute(obj, name, site: target)
            let rhs = try eval(valueExpr, ctx)
            try setAttribute(obj, name, try Interpreter.floatInPlace(op, current, rhs) ?? inPlaceBinary(op, current, rhs), site: target)
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

    /// `a op= b` on two floats for `+`, `-` and `*` (`self.grad += …`), which can raise
    /// nothing: straight, not through `inPlaceBinary`'s dispatch; nil for anything else.
    @inline(__always)
    static func floatInPlace(_ op: BinaryOp, _ a: Value, _ b: Value) -> Value? {
        guard case .float(let x) = a, case .float(let y) = b else { return nil }
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        default: return nil
        }
    }

    func delete(_ target: Expr, _ ctx: Context) throws {
        switch target.kind {
        case .name(let n):
            if let frame = ctx.frame, frame.owns(n) {
                guard frame.get(n) != nil else {
                    // CPython underlines the name `del` could not delete.
                    var e = PyError("UnboundLocalError", "cannot access local variable '\(n)' where it is not associated with a value")
                    e.pendingSpan = target.span
                    throw e
                }
                frame.set(n, nil)
            } else if globals.removeValue(forKey: n) == nil {
                var e = PyError("NameError", "name '\(n)' is not defined")
                e.pendingSpan = target.span
                throw e
            }
        case .subscript(let objExpr, let indexExpr):
            let obj = try eval(objExpr, ctx)
            let index = try eval(indexExpr, ctx)
            do {
                try deleteItem(obj, index)
            } catch var e as PyError {
                // CPython underlines the failing target of `del`: `d["k"]` as `~^^^^^`.
                if e.pendingSpan == nil {
                    e.pendingSpan = target.span
                    e.pendingAnchors = (objExpr.fullSpan, indexExpr.fullSpan, true)
                }
                throw e
            }
        case .attribute(let objExpr, let name):
            let obj = try eval(objExpr, ctx)
            do {
                try deleteAttribute(obj, name)
            } catch var e as PyError {
                if e.pendingSpan == nil { e.pendingSpan = target.span }
                throw e
            }
        case .tuple(let items), .list(let items):
            for i in items { try delete(i, ctx) }
        default:
            throw PyError("SyntaxError", "cannot delete expression")
        }
    }
}
