/// Where a syntax node lies in its script: 1-based lines, 0-based character columns, end exclusive.
public struct Span: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    init(_ start: Token, _ end: Token) {
        self.init(line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn)
    }

    /// A span from the start of `a` to the end of `b`.
    static func join(_ a: Span, _ b: Span) -> Span {
        Span(line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn)
    }
}

/// A constant written in the source.
public enum Literal: Sendable, Equatable {
    case none, bool(Bool), int(Int), float(Double), string(String), ellipsis
}

/// Binary operators, spelled as in Python.
public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", floorDiv = "//", mod = "%", pow = "**", matMul = "@"
    case bitAnd = "&", bitOr = "|", bitXor = "^", lshift = "<<", rshift = ">>"
}

/// Unary operators.
public enum UnaryOp: String, Sendable {
    case neg = "-", pos = "+", not = "not", invert = "~"
}

/// Comparison operators, including membership and identity.
public enum CompareOp: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=", `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// One argument in a call.
public enum Argument: Sendable {
    case positional(Expr)
    case star(Expr)
    /// `name=value`; `nameSpan` is where the name is written.
    case keyword(String, Expr, nameSpan: Span)
    case doubleStar(Expr)
}

/// A piece of an f-string: literal text or a replacement field.
public enum FStringPart: Sendable {
    case literal(String)
    /// `{expr!conversion:spec}`; `debugText` is the `expr=` prefix when the field uses `=`.
    case field(Expr, conversion: Character?, spec: [FStringPart]?, debugText: String?)
}

/// One `for … in … if …` clause of a comprehension.
public struct Comprehension: Sendable {
    public var target: Expr
    public var iterable: Expr
    public var conditions: [Expr]
}

/// A function's parameter list.
public struct Parameters: Sendable {
    public struct Parameter: Sendable {
        public var name: String
        public var defaultValue: Expr?
    }
    /// Positional parameters, in order (the first `positionalOnlyCount` before a `/`).
    public var positional: [Parameter] = []
    /// How many leading positional parameters are positional-only (written before `/`).
    public var positionalOnlyCount = 0
    /// The `*args` name, if any.
    public var varArgs: String?
    /// Keyword-only parameters (after `*` or `*args`).
    public var keywordOnly: [Parameter] = []
    /// The `**kwargs` name, if any.
    public var varKeywords: String?
    /// The annotated parameters' annotations in the order CPython's `__annotations__` lists
    /// them (the order written, but the positional-only ones after the other positional
    /// ones), then the return annotation under `return`: evaluated when
    /// the `def` runs, as CPython 3.11 evaluates them.
    public var annotations: [(name: String, annotation: Expr)] = []

    /// Every name the parameters bind.
    var allNames: [String] {
        positional.map(\.name) + (varArgs.map { [$0] } ?? []) + keywordOnly.map(\.name) + (varKeywords.map { [$0] } ?? [])
    }
}

/// An expression node.
public final class Expr: @unchecked Sendable {
    /// The span including enclosing parentheses, which CPython counts in the parent node's extent.
    var parenthesizedSpan: Span?
    /// `span`, widened to any parentheses around the expression.
    var fullSpan: Span { parenthesizedSpan ?? span }

    public indirect enum Kind {
        case name(String)
        case literal(Literal)
        case fstring([FStringPart])
        case unary(UnaryOp, Expr)
        case binary(BinaryOp, Expr, Expr)
        case and([Expr])
        case or([Expr])
        case compare(Expr, [(CompareOp, Expr)])
        case call(Expr, [Argument])
        case attribute(Expr, String)
        case `subscript`(Expr, Expr)
        case slice(Expr?, Expr?, Expr?)
        case list([Expr])
        case tuple([Expr])
        case set([Expr])
        /// Key-value pairs; a nil key is a `**mapping` entry.
        case dict([(Expr?, Expr)])
        case starred(Expr)
        case listComp(Expr, [Comprehension])
        case setComp(Expr, [Comprehension])
        case generator(Expr, [Comprehension])
        case dictComp(Expr, Expr, [Comprehension])
        case ifElse(test: Expr, body: Expr, orElse: Expr)
        case lambda(Parameters, Expr)
        case namedExpr(String, Expr)
        /// `yield value`: a statement, an assignment's value, or parenthesized anywhere in a
        /// function's expressions (not in a comprehension's own scope).
        case yield(Expr?)
        /// `yield from iterable`.
        case yieldFrom(Expr)
    }

    /// Whether this is a `yield` or `yield from` expression.
    var isYield: Bool {
        switch kind {
        case .yield, .yieldFrom: return true
        default: return false
        }
    }

    public let kind: Kind
    public let span: Span
    /// Nesting depth of the operator and trailer chains below this node (1 for a leaf); the
    /// parser bounds it so evaluation and deallocation cannot overflow the stack.
    let depth: Int

    /// Whether a `yield` runs inside the expression (not counting nested functions and
    /// comprehension bodies): in a generator it is evaluated resumably.
    let containsYield: Bool

    /// For a name that is a local of the function or comprehension whose code holds it: the
    /// local's slot in that scope's frames, and the scope's slot layout; -1 otherwise. Set
    /// once, when the function's definition is built or the comprehension first runs (see
    /// `SlotResolver`).
    var slot = -1
    /// (Layouts are compared by identity: no reference counting on the hot path.)
    var slotScope: ObjectIdentifier?
    /// A comprehension's or generator expression's slot layout, made on first evaluation.
    var comprehensionSlots: LocalSlots?
    /// For a name found in an enclosing function's or comprehension's frame: how many frames
    /// out, which layout that frame has and the slot (0 hops: not known).
    var freeHops = 0
    var freeScope: ObjectIdentifier?
    var freeSlot = 0
    /// For a global or builtin name: its value, the interpreter (`Interpreter.serial`) and
    /// that interpreter's `globals.version` when it was read (0: not known).
    var globalSerial = 0
    var globalVersion = 0
    var globalValue = UnownedValue()
    /// For a global name: its slot in the interpreter's `GlobalNames` (-1: a builtin, whose
    /// value `globalValue` holds).
    var globalSlot = -1
    /// A lambda's definition, built on first evaluation and shared by every function the
    /// lambda expression makes.
    var lambdaDef: FunctionDef?
    /// Inline cache of the class attribute this attribute or operator expression last looked
    /// up: the class, `PyClass.generation` at the time, and what the MRO gave (see
    /// `Interpreter.cachedLookup`).
    /// (The class by identity only: reading a class reference back would retain it. The
    /// generation, which every class creation and change bumps, rules out a reused address.)
    var cachedClass: ObjectIdentifier?
    var cachedGeneration = -1
    var cachedFound = false
    var cachedValue = UnownedValue()
    /// For an attribute expression: where the instance's `__dict__` last held the name.
    var dictHint = 0
    /// For an attribute expression: the `InstanceLayout` (its serial, 0: none) in which the
    /// name was last found, and its position there.
    var layoutSerial = 0
    var layoutPosition = 0

    init(_ kind: Kind, _ span: Span) {
        self.kind = kind
        self.span = span
        self.depth = 1 + Expr.childDepth(kind)
        self.containsYield = Expr.yieldsInside(kind)
    }

    private static func yieldsInside(_ kind: Kind) -> Bool {
        func any(_ items: [Expr]) -> Bool { items.contains { $0.containsYield } }
        switch kind {
        case .yield, .yieldFrom: return true
        case .unary(_, let e), .attribute(let e, _), .starred(let e), .namedExpr(_, let e): return e.containsYield
        case .binary(_, let a, let b), .subscript(let a, let b): return a.containsYield || b.containsYield
        case .and(let items), .or(let items), .list(let items), .tuple(let items), .set(let items): return any(items)
        case .compare(let first, let rest): return first.containsYield || any(rest.map(\.1))
        case .call(let callee, let args):
            return callee.containsYield || args.contains {
                switch $0 {
                case .positional(let e), .star(let e), .keyword(_, let e, _), .doubleStar(let e): return e.containsYield
                }
            }
        case .ifElse(let test, let body, let orElse): return any([test, body, orElse])
        case .dict(let pairs): return pairs.contains { ($0.0?.containsYield ?? false) || $0.1.containsYield }
        case .slice(let a, let b, let c): return any([a, b, c].compactMap { $0 })
        case .listComp(_, let clauses), .setComp(_, let clauses), .generator(_, let clauses), .dictComp(_, _, let clauses):
            return clauses.first?.iterable.containsYield ?? false
        case .fstring(let parts): return fieldsYield(parts)
        case .lambda(let p, _): return (p.positional + p.keywordOnly).contains { $0.defaultValue?.containsYield ?? false }
        default: return false
        }
    }

    /// Whether a replacement field of an f-string (or of a nested format spec) yields.
    private static func fieldsYield(_ parts: [FStringPart]) -> Bool {
        parts.contains {
            guard case .field(let e, _, let spec, _) = $0 else { return false }
            return e.containsYield || spec.map(fieldsYield) ?? false
        }
    }

    private static func childDepth(_ kind: Kind) -> Int {
        func deepest(_ items: [Expr]) -> Int { items.reduce(0) { max($0, $1.depth) } }
        switch kind {
        case .unary(_, let e), .attribute(let e, _), .starred(let e), .namedExpr(_, let e): return e.depth
        case .binary(_, let a, let b), .subscript(let a, let b): return max(a.depth, b.depth)
        case .and(let items), .or(let items), .list(let items), .tuple(let items), .set(let items): return deepest(items)
        case .compare(let first, let rest): return max(first.depth, deepest(rest.map(\.1)))
        case .call(let callee, let args):
            return max(callee.depth, deepest(args.map {
                switch $0 {
                case .positional(let e), .star(let e), .keyword(_, let e, _), .doubleStar(let e): return e
                }
            }))
        case .ifElse(let test, let body, let orElse): return max(test.depth, body.depth, orElse.depth)
        default: return 0
        }
    }
}

/// A statement node.
public final class Stmt: @unchecked Sendable {
    public indirect enum Kind {
        case expr(Expr)
        /// `a = b = value`: every target receives the value.
        case assign([Expr], Expr)
        case augAssign(Expr, BinaryOp, Expr)
        case annAssign(Expr, Expr, Expr?)
        case ifElse(Expr, [Stmt], [Stmt])
        case whileLoop(Expr, [Stmt], [Stmt])
        case forLoop(Expr, Expr, [Stmt], [Stmt])
        case breakLoop
        case continueLoop
        case pass
        case returnValue(Expr?)
        /// A `def` with its decorators (outermost first).
        case functionDef(FunctionDef, decorators: [Expr])
        /// A `class` with its decorators (outermost first).
        case classDef(ClassDef, decorators: [Expr])
        /// `import a.b.c as d`: dotted path and alias.
        case importModules([([String], String?)])
        /// `from a.b import c as d`.
        case importFrom([String], [(String, String?)])
        case with([(Expr, Expr?)], [Stmt])
        case global([String])
        case nonlocal([String])
        case delete([Expr])
        case assert(Expr, Expr?)
        /// `raise`, `raise E`, `raise E from cause`.
        case raise(Expr?, cause: Expr?)
        case tryExcept(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
        /// `match subject:` and its `case` blocks, tried in order.
        case match(Expr, [MatchCase])
    }

    public let kind: Kind
    public let span: Span
    /// Whether a `yield` runs inside the statement (not counting nested definitions): in a
    /// generator, such statements run resumably (see `PyGenerator`).
    let containsYield: Bool

    init(_ kind: Kind, _ span: Span) {
        self.kind = kind
        self.span = span
        self.containsYield = Stmt.yields(kind)
    }

    private static func yields(_ kind: Kind) -> Bool {
        func any(_ body: [Stmt]) -> Bool { body.contains { $0.containsYield } }
        switch kind {
        case .expr(let e): return e.containsYield
        case .assign(let targets, let v): return v.containsYield || targets.contains { $0.containsYield }
        case .augAssign(let t, _, let v): return t.containsYield || v.containsYield
        case .annAssign(let t, _, let v): return t.containsYield || (v?.containsYield ?? false)
        case .delete(let targets): return targets.contains { $0.containsYield }
        case .functionDef(let def, let decorators):
            let p = def.parameters
            return decorators.contains { $0.containsYield }
                || (p.positional + p.keywordOnly).contains { $0.defaultValue?.containsYield ?? false }
        case .classDef(let def, let decorators):
            return decorators.contains { $0.containsYield } || def.bases.contains {
                switch $0 {
                case .positional(let e), .star(let e), .keyword(_, let e, _), .doubleStar(let e): return e.containsYield
                }
            }
        case .returnValue(let v): return v?.containsYield ?? false
        case .ifElse(let test, let a, let b), .whileLoop(let test, let a, let b): return test.containsYield || any(a) || any(b)
        case .forLoop(let t, let it, let a, let b): return t.containsYield || it.containsYield || any(a) || any(b)
        case .with(let items, let body): return items.contains { $0.0.containsYield || ($0.1?.containsYield ?? false) } || any(body)
        case .assert(let test, let message): return test.containsYield || (message?.containsYield ?? false)
        case .raise(let e, let cause): return (e?.containsYield ?? false) || (cause?.containsYield ?? false)
        case .tryExcept(let body, let handlers, let orElse, let finally):
            return any(body) || handlers.contains { any($0.body) } || any(orElse) || any(finally)
        case .match(let subject, let cases):
            return subject.containsYield || cases.contains { ($0.guardExpr?.containsYield ?? false) || any($0.body) }
        default: return false
        }
    }
}

/// A `class` statement: the bases (and keywords such as `metaclass=`) as call arguments, and
/// the body that runs once, in a namespace of its own, to fill the class's attributes.
public final class ClassDef: @unchecked Sendable {
    public let name: String
    public let bases: [Argument]
    public let body: [Stmt]
    /// The `class` keyword.
    public let span: Span
    /// Names the body binds: the class namespace (its methods do not see them unqualified).
    public let names: Set<String>
    /// Names the body declares `global`.
    public let globals: Set<String>

    init(name: String, bases: [Argument], body: [Stmt], span: Span) {
        self.name = name
        self.bases = bases
        self.body = body
        self.span = span
        var collector = ScopeCollector()
        collector.visit(body)
        self.names = collector.assigned.subtracting(collector.globals).subtracting(collector.nonlocals)
        self.globals = collector.globals
    }
}

/// An `except` clause.
public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var span: Span
}

/// A `def` statement (or a lambda's body) with its scope facts computed once at parse time.
public final class FunctionDef: @unchecked Sendable {
    public let name: String
    public let parameters: Parameters
    public let body: [Stmt]
    public let span: Span
    /// Names assigned in the body (not declared global or nonlocal): the function's locals.
    public let locals: Set<String>
    public let globals: Set<String>
    /// Whether the body contains `yield`: calling the function makes a generator.
    public let isGenerator: Bool
    /// How many positional parameters the function has when those are all it has (no
    /// `*args`, keyword-only parameters or `**kwargs`), else -1: such calls bind their
    /// arguments straight into the frame's first slots (see `Interpreter.callFunction`).
    let plainArity: Int
    /// `nil` for each positional parameter: the defaults of a function whose parameters have
    /// none, shared by every function the definition makes (a closure is made per call).
    let absentDefaults: [Value?]
    /// `nil` for each keyword-only parameter, shared likewise.
    let absentKeywordDefaults: [Value?]
    /// Whether any parameter (or the return) is annotated: making the function then
    /// evaluates the annotations.
    let hasAnnotations: Bool
    /// Whether any parameter (positional or keyword-only) has a default expression.
    let hasDefaults: Bool
    /// Where the `def` statement last bound the function: the slot layout of the frame it ran
    /// in (by identity) and the name's slot there (see `Interpreter.bindDefinition`).
    var definedScope: ObjectIdentifier?
    var definedSlot = 0
    /// The locals in slot order: the parameters as `Parameters.allNames` lists them, then the
    /// other locals sorted. A call's frame keeps local `slots.names[i]` in slot `i`.
    let slots: LocalSlots
    /// `enclosingNames`, once made.
    private var madeEnclosingNames: Set<String>?

    /// The names the function's code (a lambda's `lambdaBody`) may read from the frames
    /// enclosing it: every name it and the code nested in it mention, less its own locals
    /// (see `ReferencedNames`). Made on first use.
    func enclosingNames(lambdaBody: Expr?) -> Set<String> {
        if let made = madeEnclosingNames { return made }
        var collector = ReferencedNames()
        collector.walk(body)
        if let lambdaBody { collector.walk(lambdaBody) }
        let names = collector.names.subtracting(locals)
        madeEnclosingNames = names
        return names
    }

    /// `lambdaBody` is the expression of a lambda (whose `body` is empty).
    init(name: String, parameters: Parameters, body: [Stmt], span: Span, lambdaBody: Expr? = nil) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.span = span
        self.isGenerator = body.contains { $0.containsYield }
        let plain = parameters.varArgs == nil && parameters.varKeywords == nil && parameters.keywordOnly.isEmpty
        self.plainArity = plain ? parameters.positional.count : -1
        self.absentDefaults = Array(repeating: nil, count: parameters.positional.count)
        self.absentKeywordDefaults = Array(repeating: nil, count: parameters.keywordOnly.count)
        self.hasAnnotations = !parameters.annotations.isEmpty
        self.hasDefaults = (parameters.positional + parameters.keywordOnly).contains { $0.defaultValue != nil }
        var collector = ScopeCollector()
        collector.visit(body)
        self.globals = collector.globals
        let locals = collector.assigned.subtracting(collector.globals).subtracting(collector.nonlocals)
            .union(parameters.allNames)
        self.locals = locals
        let slots = LocalSlots(parameters.allNames + locals.subtracting(parameters.allNames).sorted())
        self.slots = slots
        var resolver = SlotResolver(scope: slots)
        resolver.walk(body)
        if let lambdaBody { resolver.walk(lambdaBody) }
    }
}

/// The local variables of a function or comprehension, each with its slot in the scope's frames.
final class LocalSlots: @unchecked Sendable {
    let names: [String]
    let index: [String: Int]
    /// How many slots (`names.count`, read for every frame without touching the array).
    let count: Int

    /// `names` in slot order (a repeated name keeps its first slot).
    init(_ names: [String]) {
        var unique: [String] = []
        var index: [String: Int] = [:]
        for n in names where index[n] == nil {
            index[n] = unique.count
            unique.append(n)
        }
        self.names = unique
        self.index = index
        count = unique.count
    }
}
