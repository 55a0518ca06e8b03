import Engine
import Notebook
import Script

/// Turns the code-valued options of a descent spec (`loss`, `optimizer`, `scheduler`) into
/// engine objects, reporting problems at their place in the lesson.
enum RunCompiler {
    typealias Loss = (Tensor, Tensor) throws -> Tensor

    /// The loss function named or written in `loss`.
    static func loss(_ loss: Located<String>) throws(Diagnostic) -> Loss {
        if let surface = Surface.named(loss.value) { return surface.evaluate }
        throw .error("unknown loss '\(loss.value)'", at: loss.range)
    }

    /// A factory of the optimizer written in `source` over given parameters.
    static func optimizer(_ source: Located<String>) throws(Diagnostic) -> ([Tensor]) throws -> any Optimizer {
        let call = try constructor(source)
        return { params in try OptimizerFactory.make(name: call.name, params: params, keywords: call.keywords) }
    }

    /// A factory of the scheduler written in `source` over a given optimizer.
    static func scheduler(_ source: Located<String>) throws(Diagnostic) -> (any Optimizer) throws -> any LRScheduler {
        let call = try constructor(source)
        return { optimizer in try SchedulerFactory.make(name: call.name, optimizer: optimizer, keywords: call.keywords) }
    }

    struct Constructor {
        var name: String
        var keywords: [(String, EngineValue)]
    }

    static func constructor(_ source: Located<String>) throws(Diagnostic) -> Constructor {
        let expr: Expr
        do {
            expr = try Parser.parseExpression(source.value)
        } catch {
            throw .error("invalid constructor: \(error)", at: source.range)
        }
        guard case .call(let callee, let arguments) = expr.kind else {
            throw .error("expected a constructor call such as SGD(lr=0.01)", at: source.range)
        }
        var keywords: [(String, EngineValue)] = []
        for argument in arguments {
            guard case .keyword(let key, let value) = argument else {
                throw .error("give constructor arguments by name", at: source.range)
            }
            keywords.append((key, try literal(value, source)))
        }
        return Constructor(name: dottedName(callee).split(separator: ".").last.map(String.init) ?? "", keywords: keywords)
    }

    static func dottedName(_ expr: Expr) -> String {
        switch expr.kind {
        case .name(let n): return n
        case .attribute(let base, let n): return dottedName(base) + "." + n
        default: return ""
        }
    }

    static func literal(_ expr: Expr, _ source: Located<String>) throws(Diagnostic) -> EngineValue {
        switch expr.kind {
        case .literal(.int(let i)): return .int(i)
        case .literal(.float(let d)): return .double(d)
        case .literal(.bool(let b)): return .bool(b)
        case .literal(.string(let s)): return .string(s)
        case .literal(.none): return .none
        case .unary(.neg, let inner):
            switch try literal(inner, source) {
            case .int(let i): return .int(-i)
            case .double(let d): return .double(-d)
            default: break
            }
        case .list(let items): return .list(try items.map { item throws(Diagnostic) in try literal(item, source) })
        case .tuple(let items): return .tuple(try items.map { item throws(Diagnostic) in try literal(item, source) })
        default: break
        }
        throw .error("constructor arguments must be literal values", at: source.range)
    }
}
