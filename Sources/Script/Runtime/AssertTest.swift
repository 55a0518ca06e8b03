extension Interpreter {
    /// Evaluates an `assert` test as CPython 3.11 compiles it: `not`, `and`, `or` and
    /// conditional expressions are jumps, each operand's truth is taken once.
    ///
    /// `lastComparison` receives the span of the last comparison evaluated at that jump
    /// level: CPython's traceback for a failed assert underlines it (and underlines nothing
    /// when the deciding operands were no comparisons, e.g. `assert isinstance(x, int)`).
    func assertionHolds(_ test: Expr, _ ctx: Context, lastComparison: inout Span?) throws -> Bool {
        switch test.kind {
        case .unary(.not, let operand):
            return !(try assertionHolds(operand, ctx, lastComparison: &lastComparison))
        case .and(let items):
            for item in items where !(try assertionHolds(item, ctx, lastComparison: &lastComparison)) { return false }
            return true
        case .or(let items):
            for item in items where try assertionHolds(item, ctx, lastComparison: &lastComparison) { return true }
            return false
        case .ifElse(let condition, let body, let orElse):
            let branch = try assertionHolds(condition, ctx, lastComparison: &lastComparison) ? body : orElse
            return try assertionHolds(branch, ctx, lastComparison: &lastComparison)
        case .compare:
            let holds = try truthy(try eval(test, ctx))
            lastComparison = test.span
            return holds
        default:
            return try truthy(try eval(test, ctx))
        }
    }
}
