import Script

/// Reads and replaces one keyword argument of a one-line constructor call written as code
/// (`SGD(lr=0.01, momentum=0.6)`), for `explore` figures.
enum CallRewriter {
    /// The call's class name (`SGD` for `torch.optim.SGD(...)`), nil when the code is not a call or name.
    static func className(_ source: String) -> String? { RunCompiler.constructorSummary(source)?.name }

    /// The number written for keyword `key`, nil when the keyword is absent or not a plain number.
    static func number(_ key: String, in source: String) -> Double?? {
        guard let (expr, arguments) = call(source) else { return nil }
        _ = expr
        for argument in arguments {
            if case .keyword(let name, let value, _) = argument, name == key {
                return .some(literal(value))
            }
        }
        return nil
    }

    /// The code with keyword `key` set to `text`: its value replaced where written, else added
    /// as the last argument (`Adagrad` becomes `Adagrad(lr=0.1)`).
    static func setting(_ key: String, to text: String, in source: String) -> String? {
        guard let parsed = try? Parser.parseExpression(source) else { return nil }
        var chars = Array(source)
        switch parsed.kind {
        case .call(_, let arguments):
            for argument in arguments {
                if case .keyword(let name, let value, _) = argument, name == key {
                    guard value.span.line == value.span.endLine else { return nil }
                    let start = value.span.column, end = value.span.endColumn
                    guard start <= end, end <= chars.count else { return nil }
                    chars.replaceSubrange(start..<end, with: Array(text))
                    return String(chars)
                }
            }
            guard parsed.span.line == parsed.span.endLine, parsed.span.endColumn >= 1, parsed.span.endColumn <= chars.count,
                  chars[parsed.span.endColumn - 1] == ")" else { return nil }
            let insertion = (arguments.isEmpty ? "" : ", ") + "\(key)=\(text)"
            chars.insert(contentsOf: Array(insertion), at: parsed.span.endColumn - 1)
            return String(chars)
        case .name, .attribute:
            let end = parsed.span.endColumn
            guard end <= chars.count else { return nil }
            chars.insert(contentsOf: Array("(\(key)=\(text))"), at: end)
            return String(chars)
        default:
            return nil
        }
    }

    private static func call(_ source: String) -> (Expr, [Argument])? {
        guard let parsed = try? Parser.parseExpression(source) else { return nil }
        if case .call(let function, let arguments) = parsed.kind { return (function, arguments) }
        if case .name = parsed.kind { return (parsed, []) }
        if case .attribute = parsed.kind { return (parsed, []) }
        return nil
    }

    private static func literal(_ expr: Expr) -> Double? {
        switch expr.kind {
        case .literal(.int(let i)): return Double(i)
        case .literal(.float(let d)): return d
        case .literal(.bool(let b)): return b ? 1 : 0
        case .unary(.neg, let inner): return literal(inner).map { -$0 }
        default: return nil
        }
    }
}
