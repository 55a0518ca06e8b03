import Engine
import Notebook
import Script

/// Turns the code-valued options of a descent spec (`loss`, `optimizer`, `scheduler`) into
/// engine objects through the script language, reporting problems at their place in the
/// lesson.
enum RunCompiler {
    typealias Loss = (Tensor, Tensor) throws -> Tensor

    /// A problem in one option's code, already located.
    struct Located: Error {
        var diagnostic: Diagnostic
    }

    /// The loss function named or written in `loss` (`mapped`: see `diagnostic`).
    static func loss(_ loss: Notebook.Located<String>, mapped: Bool = true) throws(Diagnostic) -> Loss {
        do {
            return try Script.DescentSpec.makeLoss(loss.value)
        } catch {
            throw diagnostic(error, at: loss, mapped: mapped)
        }
    }

    /// A factory of the optimizer written in `source` over given parameters.
    static func optimizer(_ source: Notebook.Located<String>, mapped: Bool = true) -> ([Tensor]) throws -> any Optimizer {
        { params in
            do {
                return try Script.DescentSpec.makeOptimizer(source.value, params: params)
            } catch {
                throw Located(diagnostic: diagnostic(error, at: source, mapped: mapped))
            }
        }
    }

    /// A factory of the scheduler written in `source` over a given optimizer.
    static func scheduler(_ source: Notebook.Located<String>, mapped: Bool = true) -> (any Optimizer) throws -> any LRScheduler {
        { optimizer in
            do {
                return try Script.DescentSpec.makeScheduler(source.value, optimizer: optimizer)
            } catch {
                throw Located(diagnostic: diagnostic(error, at: source, mapped: mapped))
            }
        }
    }

    /// An error from the script language or the engine, pointing into the option's text.
    ///
    /// When `mapped`, the range starts where the text starts, on one line, so the error's
    /// column (in characters) becomes a UTF-8 column counted from there; otherwise the range
    /// is an expression that computes the text (a `descent(...)` argument that is not a
    /// plain string literal) and the error is reported at all of it.
    static func diagnostic(_ error: Error, at source: Notebook.Located<String>, mapped: Bool = true) -> Diagnostic {
        var place = source.range
        let message: String
        switch error {
        case let error as DescentSpecError:
            if mapped { place = at(column: error.column, of: source) }
            message = error.message
        case let error as EngineError:
            message = "\(error.kind.rawValue): \(error.message)"
        default:
            message = "\(error)"
        }
        return .error(message, at: place)
    }

    /// The place of the 1-based character `column` of a one-line code option's text, as a
    /// UTF-8 column of the lesson file.
    private static func at(column: Int, of source: Notebook.Located<String>) -> SourceRange {
        var place = source.range
        let offset = max(column - 1, 0)
        let scalars = source.value.unicodeScalars
        let bytes = scalars.prefix(offset).reduce(0) { $0 + UTF8.width($1) }
        place.start.column += bytes + max(0, offset - scalars.count)
        place.end = place.start
        return place
    }

    /// The constructor's class name and its keyword arguments as Python would print them,
    /// for the default title (`SGD - {'lr': 0.01}`). A bare class name (`Adagrad`) has no
    /// arguments; an argument that is not a literal keeps its source text.
    static func constructorSummary(_ source: String) -> (name: String, keywords: [(String, String)])? {
        guard let expr = try? Parser.parseExpression(source) else { return nil }
        let callee: Expr
        var keywords: [(String, String)] = []
        switch expr.kind {
        case .call(let function, let arguments):
            callee = function
            for argument in arguments {
                if case .keyword(let key, let value, _) = argument {
                    keywords.append((key, literal(value) ?? sourceText(value, in: source)))
                }
            }
        case .name, .attribute:
            callee = expr
        default:
            return nil
        }
        let name = dottedName(callee).split(separator: ".").last.map(String.init) ?? ""
        return name.isEmpty ? nil : (name, keywords)
    }

    /// The text of `expr` as written in a one-line `source`.
    private static func sourceText(_ expr: Expr, in source: String) -> String {
        let chars = Array(source)
        let start = min(max(expr.span.column, 0), chars.count)
        let end = expr.span.endLine == expr.span.line ? min(max(expr.span.endColumn, start), chars.count) : chars.count
        return String(chars[start..<end])
    }

    private static func dottedName(_ expr: Expr) -> String {
        switch expr.kind {
        case .name(let n): return n
        case .attribute(let base, let n): return dottedName(base) + "." + n
        default: return ""
        }
    }

    /// A literal's Python repr (`0.01`, `(0.9, 0.999)`, `'min'`), nil for anything else.
    private static func literal(_ expr: Expr) -> String? {
        switch expr.kind {
        case .literal(.int(let i)): return String(i)
        case .literal(.float(let d)): return PyFormat.repr(d)
        case .literal(.bool(let b)): return b ? "True" : "False"
        case .literal(.string(let s)): return PyFormat.reprString(s)
        case .literal(.none): return "None"
        case .unary(.neg, let inner):
            guard let text = literal(inner) else { return nil }
            return "-" + text
        case .list(let items):
            let texts = items.compactMap(literal)
            return texts.count == items.count ? "[" + texts.joined(separator: ", ") + "]" : nil
        case .tuple(let items):
            let texts = items.compactMap(literal)
            guard texts.count == items.count else { return nil }
            return "(" + texts.joined(separator: ", ") + (texts.count == 1 ? ",)" : ")")
        default: return nil
        }
    }
}
