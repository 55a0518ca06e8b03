/// Reads a fenced block whose info string is a directive (```` ```{descent} ````) into a
/// `Directive`: its argument, its options in either syntax, and its body.
struct DirectiveParser {
    var file: String

    /// The directive name in an info string such as `{exercise} Use an optimizer`, if it has one.
    static func directiveName(in info: String) -> (name: String, argument: String)? {
        let trimmed = info.trimmingWhitespace()
        guard trimmed.hasPrefix("{"), let close = trimmed.firstIndex(of: "}") else { return nil }
        let name = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]).trimmingWhitespace()
        let argument = String(trimmed[trimmed.index(after: close)...]).trimmingWhitespace()
        return (name, argument)
    }

    /// Parses one block; problems go to `diagnostics`, and nil means the block is unusable.
    func parse(info: String, literal: String, range: SourceRange, diagnostics: inout DiagnosticBag) -> Directive? {
        guard let (name, argument) = Self.directiveName(in: info) else { return nil }
        let fenceLine = range.start.line
        let indent = max(range.start.column - 1, 0)
        let nameRange = SourceRange(SourceLocation(file: file, line: fenceLine, column: range.start.column + 4))
        guard let kind = DirectiveKind(rawValue: name) else {
            let known = DirectiveKind.allCases.map(\.rawValue)
            var message = NotebookMessage.unknownDirective(name)
            message += Suggestion.hint(for: name, in: known) { "{\($0)}" }
            let notes = [Diagnostic.Note(NotebookMessage.knownNames(known.map { "{\($0)}" }))]
            diagnostics.append(.error(message, at: nameRange, notes: notes))
            return nil
        }

        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var options: [Option] = []
        var bodyStart = 0

        if let first = lines.first, first.trimmingWhitespace() == "---" {
            guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace() == "---" }) else {
                diagnostics.append(.error(NotebookMessage.unclosedOptionBlock, at: SourceRange(SourceLocation(file: file, line: fenceLine + 1, column: indent + 1))))
                return nil
            }
            let yaml = lines[1..<close].joined(separator: "\n")
            let reader = YAMLReader(file: file, line: fenceLine + 2, column: indent + 1, laterColumn: indent + 1)
            do {
                let value = try reader.read(yaml)
                switch value.value {
                case .map(let entries): options = entries.map { rawText($0, yaml: lines[1..<close], firstLine: fenceLine + 2) }
                case .null: break
                default:
                    diagnostics.append(.error(NotebookMessage.optionsNotMap(value.value.typeName), at: value.range))
                    return nil
                }
            } catch {
                // The block's options are unknown: checking them further would only add noise.
                diagnostics.append(error)
                return nil
            }
            bodyStart = close + 1
        } else {
            while bodyStart < lines.count, let option = optionLine(lines[bodyStart], line: fenceLine + 1 + bodyStart, indent: indent, diagnostics: &diagnostics) {
                options.append(option)
                bodyStart += 1
            }
        }
        if !options.isEmpty, bodyStart < lines.count, lines[bodyStart].trimmingWhitespace().isEmpty {
            bodyStart += 1
        }
        validateKeys(options, kind: kind, diagnostics: &diagnostics)
        let body = lines[bodyStart...].joined(separator: "\n") + (bodyStart < lines.count ? "\n" : "")
        return Directive(kind: kind, argument: argument, options: options, body: body,
                         bodyLine: fenceLine + 1 + bodyStart, range: range)
    }

    /// Text options in a YAML block keep the text as written for plain scalars such as `title: 3`.
    private func rawText(_ option: Option, yaml: ArraySlice<String>, firstLine: Int) -> Option {
        guard DirectiveKind.textOptions.contains(option.key) else { return option }
        var option = option
        switch option.value.value {
        case .integer, .number, .bool:
            let lineIndex = option.value.range.start.line - firstLine + yaml.startIndex
            if yaml.indices.contains(lineIndex) {
                let line = Array(yaml[lineIndex].utf8)
                let start = option.value.range.start.column - 1
                if start < line.count {
                    let text = String(decoding: line[start...], as: UTF8.self).trimmingWhitespace()
                    option.value.value = .string(text)
                }
            }
        default: break
        }
        return option
    }

    /// Parses a `:key: value` line; nil when the line is not an option line.
    private func optionLine(_ text: String, line: Int, indent: Int, diagnostics: inout DiagnosticBag) -> Option? {
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: ":") else { return nil }
        var i = 1
        while i < bytes.count, bytes[i] != UInt8(ascii: ":") {
            let b = bytes[i]
            let ok = (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b == 0x5f || b == 0x2d
            if !ok { return nil }
            i += 1
        }
        guard i < bytes.count, i > 1 else { return nil }
        let key = String(decoding: bytes[1..<i], as: UTF8.self)
        let keyRange = SourceRange(start: SourceLocation(file: file, line: line, column: indent + 2),
                                   end: SourceLocation(file: file, line: line, column: indent + 2 + key.utf8.count))
        var valueStart = i + 1
        while valueStart < bytes.count, bytes[valueStart] == UInt8(ascii: " ") || bytes[valueStart] == UInt8(ascii: "\t") { valueStart += 1 }
        let raw = String(decoding: bytes[valueStart...], as: UTF8.self).trimmingWhitespace()
        let valueLocation = SourceLocation(file: file, line: line, column: indent + 1 + valueStart)
        let valueRange = SourceRange(start: valueLocation, end: SourceLocation(file: file, line: line, column: indent + 1 + bytes.count))
        if DirectiveKind.textOptions.contains(key), !(raw.hasPrefix("\"") || raw.hasPrefix("'")) {
            return Option(key: key, keyRange: keyRange, value: Located(.string(raw), at: valueRange))
        }
        let reader = YAMLReader(file: file, line: line, column: indent + 1 + valueStart)
        do {
            var value = try reader.read(raw)
            value.range = SourceRange(start: value.range.start, end: valueRange.end)
            return Option(key: key, keyRange: keyRange, value: value)
        } catch {
            diagnostics.append(error)
            return Option(key: key, keyRange: keyRange, value: Located(.null, at: valueRange))
        }
    }

    private func validateKeys(_ options: [Option], kind: DirectiveKind, diagnostics: inout DiagnosticBag) {
        var seen: Set<String> = []
        for option in options {
            if !kind.allowedOptions.contains(option.key) {
                diagnostics.append(Self.unknownOptionDiagnostic(option, directive: kind.rawValue, allowed: kind.allowedOptions))
            } else if !seen.insert(option.key).inserted {
                diagnostics.append(.error(NotebookMessage.duplicateOption(option.key), at: option.keyRange))
            }
        }
    }

    static func unknownOptionDiagnostic(_ option: Option, directive: String, allowed: [String]) -> Diagnostic {
        let hint = Suggestion.hint(for: option.key, in: allowed)
        // Without a likely intended name, list the known ones instead.
        let notes: [Diagnostic.Note] = hint.isEmpty && !allowed.isEmpty ? [.init(NotebookMessage.knownNames(allowed))] : []
        return .error(NotebookMessage.unknownOption(option.key, directive) + hint, at: option.keyRange, notes: notes)
    }
}
