import Yams

/// Reads YAML text into `OptionValue`s whose ranges point into the lesson file.
///
/// YAML positions are relative to the text given; `origin` says where that text starts in
/// the file (line, column), so a value in a front-matter block or in `:x: [-5, 5]` is
/// reported where the author wrote it.
struct YAMLReader {
    var file: String
    /// Line of the file holding the YAML text's first line.
    var line: Int
    /// Column of the file holding the YAML text's first character, on its first line.
    var column: Int
    /// Column added on the YAML text's later lines (indentation stripped by the caller).
    var laterColumn: Int = 1

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: line, column: column) }
        let col = mark.line == 1 ? column + mark.column - 1 : laterColumn + mark.column - 1
        return SourceLocation(file: file, line: line + mark.line - 1, column: col)
    }

    /// Parses `text` as one YAML document; an empty document reads as `null`.
    func read(_ text: String) throws(Diagnostic) -> Located<OptionValue> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw diagnostic(for: error)
        } catch {
            throw Diagnostic.error(NotebookMessage.badYAML("\(error)"), at: SourceRange(location(nil)))
        }
        guard let node else {
            return Located(.null, at: SourceRange(location(nil)))
        }
        return try convert(node)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(NotebookMessage.badYAML(text), at: SourceRange(location(mark)))
        case .parser(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(NotebookMessage.badYAML(text), at: SourceRange(location(mark)))
        case .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error(NotebookMessage.badYAML(text), at: SourceRange(location(mark)))
        default:
            return .error(NotebookMessage.badYAML("\(error)"), at: SourceRange(location(nil)))
        }
    }

    private func convert(_ node: Node) throws(Diagnostic) -> Located<OptionValue> {
        let here = SourceRange(location(node.mark))
        switch node {
        case .scalar(let scalar):
            return Located(scalarValue(scalar), at: here)
        case .sequence(let sequence):
            var items: [Located<OptionValue>] = []
            for item in sequence { items.append(try convert(item)) }
            return Located(.list(items), at: here)
        case .mapping(let mapping):
            var options: [Option] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw Diagnostic.error(NotebookMessage.badYAML("map keys must be plain names"), at: SourceRange(location(key.mark)))
                }
                let keyStart = location(key.mark)
                var keyEnd = keyStart
                keyEnd.column += keyScalar.string.utf8.count
                options.append(Option(key: keyScalar.string, keyRange: SourceRange(start: keyStart, end: keyEnd), value: try convert(value)))
            }
            return Located(.map(options), at: here)
        case .alias:
            throw Diagnostic.error(NotebookMessage.badYAML("aliases are not supported"), at: here)
        }
    }

    private func scalarValue(_ scalar: Node.Scalar) -> OptionValue {
        if scalar.style != .plain { return .string(scalar.string) }
        let text = scalar.string
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let i = Int(text) { return .integer(i) }
        if let d = Double(text), text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) { return .number(d) }
        if [".inf", "+.inf", ".Inf"].contains(text) { return .number(.infinity) }
        if [".nan", ".NaN"].contains(text) { return .number(.nan) }
        return .string(text)
    }
}
