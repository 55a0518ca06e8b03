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
        // Anchors let a few lines expand into millions of nodes; lessons have no use for them.
        if let offset = Self.anchorOffset(in: text) {
            let line = text.utf8.prefix(offset).filter { $0 == 10 }.count + 1
            let place = SourceLocation(file: file, line: self.line + line - 1, column: line == 1 ? column : laterColumn)
            throw Diagnostic.error(NotebookMessage.badYAML("anchors and aliases (&name, *name) are not supported"), at: SourceRange(place))
        }
        let node: Node?
        do {
            // Scalars are typed by `scalarValue` below; Yams's default resolver would tag
            // them with regular expressions (Foundation's, on ICU) that nothing here reads,
            // paging ICU's regex engine into every build.
            node = try Yams.compose(yaml: text, .basic)
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

    /// The UTF-8 offset of the first YAML anchor (`&name` starting a value), if any.
    static func anchorOffset(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        var quote: UInt8?
        for i in bytes.indices {
            let b = bytes[i]
            if let q = quote {
                if b == q { quote = nil } else if b == 10 { quote = nil }
                continue
            }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'"), i == 0 || [32, 9, 10, 91, 123, 44, 58].contains(bytes[i - 1]) {
                quote = b
                continue
            }
            guard b == UInt8(ascii: "&") || b == UInt8(ascii: "*") else { continue }
            let before = i == 0 ? 10 : bytes[i - 1]
            let after = i + 1 < bytes.count ? bytes[i + 1] : 32
            let startsValue = [32, 9, 10, 91, 123, 44].contains(before) || before == 45
            let nameFollows = (after >= 65 && after <= 90) || (after >= 97 && after <= 122) || (after >= 48 && after <= 57) || after == 95
            if startsValue, nameFollows, b == UInt8(ascii: "&") { return i }
        }
        return nil
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
            // A quoted scalar's range starts at its text, after the quote, so that columns
            // within code-valued options (`optimizer: "SDG(lr=0.1)"`) land on the character.
            var start = here.start
            if scalar.style == .singleQuoted || scalar.style == .doubleQuoted { start.column += 1 }
            return Located(scalarValue(scalar), at: SourceRange(start))
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
