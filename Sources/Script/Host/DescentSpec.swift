import Engine
import Notebook

/// A problem in a `{descent}` option (a loss formula, an optimizer or scheduler constructor).
public struct DescentSpecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, e.g. `'SDG' is not an optimizer in torch.optim. Did you mean: 'SGD'?`
    /// or `ValueError: Invalid learning rate: -0.1`.
    public var message: String
    /// 1-based column within the option's text where the problem is.
    public var column: Int
    /// The likely intended name, when the problem is a misspelled one.
    public var suggestion: String?

    public init(message: String, column: Int, suggestion: String? = nil) {
        self.message = message
        self.column = column
        self.suggestion = suggestion
    }

    public var description: String { "column \(column): \(message)" }
}

/// Builds what a `{descent}` block describes from its option strings, with the script
/// language's parser and torch library, and no Markdown involved.
///
///     let loss = try DescentSpec.makeLoss("(1 - w1)**2 + 100*(w2 - w1**2)**2")
///     let trajectory = try Descent.run(loss: loss, start: (-1, 1), epochs: 50,
///         makeOptimizer: { try DescentSpec.makeOptimizer("Adam(lr=0.1)", params: $0) },
///         makeScheduler: { try DescentSpec.makeScheduler("ExponentialLR(gamma=0.95)", optimizer: $0) })
public enum DescentSpec {
    /// The loss surface `f(w1, w2)` for a `loss` option.
    ///
    /// A built-in surface name (`sin`, `reg`, `rosenbrock`, `himmelblau`, `beale`, `booth`)
    /// gives the engine's surface; anything else is an expression in `w1` and `w2` evaluated
    /// with the same torch operations, in the same order, as Python would (`torch.` functions
    /// are available). The expression is checked once when made.
    /// - Throws: `DescentSpecError` with the column of the problem.
    public static func makeLoss(_ source: String) throws -> (Tensor, Tensor) throws -> Tensor {
        let name = source.trimmingCharacters(in: .whitespacesAndNewlines)
        if let surface = Surface.named(name) { return surface.evaluate }
        let expr = try parse(source)
        let interp = Interpreter()
        TorchLibrary.install(interp)
        interp.globals["torch"] = interp.modules["torch"]
        let code = CodeUnit(file: "<loss>", lineOffset: 0, source: source)
        let ctx = Context(frame: nil, code: code, name: "<loss>")
        let evaluate: (Tensor, Tensor) throws -> Tensor = { w1, w2 in
            interp.globals["w1"] = TorchLibrary.wrap(w1)
            interp.globals["w2"] = TorchLibrary.wrap(w2)
            let value: Value
            do {
                value = try interp.eval(expr, ctx)
            } catch let e as PyError {
                throw specError(e, names: ["w1", "w2", "torch"], kind: "variable", expr: expr)
            }
            guard case .object(let t as TensorObject) = value else {
                throw DescentSpecError(message: "the loss must be an expression in w1 and w2 (it gave \(value.typeName))", column: expr.span.column + 1)
            }
            return t.tensor
        }
        _ = try GradMode.withNoGrad { try evaluate(Tensor(0.5), Tensor(0.5)) }
        return evaluate
    }

    /// The optimizer an `optimizer` option describes, built on `params` (the call's `params`
    /// argument is implied): `SGD(lr=0.01, momentum=0.6)`, `torch.optim.Adam(lr=0.1)`, or a
    /// bare class name for its defaults.
    /// - Throws: `DescentSpecError`, e.g. for `SDG(lr=0.1)` with the suggestion `SGD`.
    public static func makeOptimizer(_ source: String, params: [Tensor]) throws -> any Optimizer {
        let interp = namespace(OptimLibrary.optimizerClasses)
        interp.impliedParams = params
        let value = try evaluateConstructor(source, interp, kind: "an optimizer in torch.optim", names: OptimizerFactory.names)
        guard case .object(let o as OptimizerObject) = value else {
            throw DescentSpecError(message: "expected an optimizer such as SGD(lr=0.01), not \(value.typeName)", column: 1)
        }
        return o.optimizer
    }

    /// The scheduler a `scheduler` option describes, for `optimizer` (implied in the call and
    /// in nested schedulers of `SequentialLR`/`ChainedScheduler`): `ExponentialLR(gamma=0.95)`,
    /// `torch.optim.lr_scheduler.SequentialLR(schedulers=[LinearLR(start_factor=0.1,
    /// total_iters=10), CosineAnnealingLR(T_max=70)], milestones=[10])`.
    /// - Throws: `DescentSpecError` with the column of the problem.
    public static func makeScheduler(_ source: String, optimizer: any Optimizer) throws -> any LRScheduler {
        let interp = namespace(OptimLibrary.schedulerClasses)
        interp.impliedOptimizer = optimizer
        let value = try evaluateConstructor(source, interp, kind: "a scheduler in torch.optim.lr_scheduler", names: SchedulerFactory.names)
        guard case .object(let s as SchedulerObject) = value else {
            throw DescentSpecError(message: "expected a scheduler such as ExponentialLR(gamma=0.95), not \(value.typeName)", column: 1)
        }
        return s.scheduler
    }

    private static func parse(_ source: String) throws -> Expr {
        do {
            return try Parser.parseExpression(source)
        } catch {
            throw DescentSpecError(message: "\(error.kind): \(error.message)", column: error.column)
        }
    }

    private static func namespace(_ classes: [String: PyClass]) -> Interpreter {
        let interp = Interpreter()
        TorchLibrary.install(interp)
        interp.globals["torch"] = interp.modules["torch"]
        interp.globals["optim"] = interp.modules["torch.optim"]
        interp.globals["lr_scheduler"] = interp.modules["torch.optim.lr_scheduler"]
        for (name, cls) in classes { interp.globals[name] = .type(cls) }
        return interp
    }

    private static func evaluateConstructor(_ source: String, _ interp: Interpreter, kind: String, names: [String]) throws -> Value {
        let expr = try parse(source)
        let ctx = Context(frame: nil, code: CodeUnit(file: "<option>", lineOffset: 0, source: source), name: "<option>")
        do {
            let value = try interp.eval(expr, ctx)
            if case .type = value { return try interp.call(value, Arguments()) }
            return value
        } catch let e as PyError {
            throw specError(e, names: names, kind: kind, expr: expr)
        }
    }

    /// The 1-based column of the keyword argument `name` in `expr`, searching nested
    /// constructors and lists too (`SequentialLR(schedulers=[LinearLR(...)])`).
    static func keywordColumn(_ name: String, in expr: Expr) -> Int? {
        switch expr.kind {
        case .call(let function, let arguments):
            for argument in arguments {
                switch argument {
                case .keyword(let key, let value, let span):
                    if key == name && span.line == 1 { return span.column + 1 }
                    if let c = keywordColumn(name, in: value) { return c }
                case .positional(let value), .star(let value), .doubleStar(let value):
                    if let c = keywordColumn(name, in: value) { return c }
                }
            }
            return keywordColumn(name, in: function)
        case .list(let items), .tuple(let items):
            return items.lazy.compactMap { keywordColumn(name, in: $0) }.first
        default:
            return nil
        }
    }

    /// A script error as a spec error; unknown names become "not an optimizer" with a suggestion.
    private static func specError(_ e: PyError, names: [String], kind: String, expr: Expr) -> DescentSpecError {
        var column = (e.pendingSpan?.column ?? 0) + 1
        // PyTorch names the keyword it refuses; point at it rather than at the call.
        if let r = e.message.range(of: "unexpected keyword argument '"), let end = e.message[r.upperBound...].firstIndex(of: "'"),
           let found = keywordColumn(String(e.message[r.upperBound..<end]), in: expr) {
            column = found
        }
        let marker = e.type == "NameError" ? "name '" : e.type == "AttributeError" && e.message.hasPrefix("module 'torch") ? "has no attribute '" : nil
        if let marker, let r = e.message.range(of: marker), let end = e.message[r.upperBound...].firstIndex(of: "'") {
            let name = String(e.message[r.upperBound..<end])
            let suggestion = Suggestion.closest(to: name, in: names)
            var message = "'\(name)' is not \(kind.hasPrefix("variable") ? "defined: the loss may use w1, w2 and torch" : kind)"
            if let suggestion { message += ". Did you mean: '\(suggestion)'?" }
            return DescentSpecError(message: message, column: column, suggestion: suggestion)
        }
        var suggestion: String?
        if let r = e.message.range(of: "Did you mean: '") {
            suggestion = e.message[r.upperBound...].split(separator: "'").first.map(String.init)
        }
        return DescentSpecError(message: e.summary, column: column, suggestion: suggestion)
    }
}
