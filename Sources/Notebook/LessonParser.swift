import Foundation

/// Parses a lesson's Markdown into a `Lesson`, collecting every problem it finds.
///
/// Parsing never stops at the first problem: a bad option is reported and the block is
/// dropped, so one run of `descent check` lists everything wrong with a lesson.
public enum LessonParser {
    /// Parses `source`, the text of the lesson at `path`.
    public static func parse(_ source: String, path: String) -> (lesson: Lesson, diagnostics: [Diagnostic]) {
        var diagnostics = DiagnosticBag()
        let normalized = normalizeLineEndings(source)
        let (front, markdown) = FrontMatter.split(normalized, file: path, diagnostics: &diagnostics)
        let (prose, math) = MathExtractor.extract(markdown, file: path)
        let document = CommonMarkConverter.parse(prose, file: path)

        var resolver = DescentResolver(presets: front.presets)
        resolver.validatePresets(front.presets, diagnostics: &diagnostics)
        let directiveParser = DirectiveParser(file: path)
        var blocks: [LessonBlock] = []
        var exercises: [String: Int] = [:]
        var lastExercise: Int?
        var lastScript: Int?

        for node in document.children {
            guard case .codeBlock(let info, let literal) = node.kind, DirectiveParser.directiveName(in: info) != nil else {
                reportNestedDirectives(in: node, diagnostics: &diagnostics)
                blocks.append(.prose(node))
                lastScript = nil
                continue
            }
            guard let directive = directiveParser.parse(info: info, literal: literal, range: node.range, diagnostics: &diagnostics) else {
                lastScript = nil
                continue
            }
            let runs = directive.bool("runs") ?? true
            if let option = directive.options["runs"], directive.bool("runs") == nil {
                diagnostics.append(.error(NotebookMessage.wrongType("runs", expected: "true or false", found: option.value.value.typeName), at: option.value.range))
            }
            switch directive.kind {
            case .descent:
                if let block = resolver.resolve(directive.options, range: directive.range, diagnostics: &diagnostics) {
                    blocks.append(.descent(block))
                }
                lastScript = nil
            case .code:
                blocks.append(.script(ScriptBlock(role: .code, source: directive.body, firstLine: directive.bodyLine, runs: runs, range: directive.range)))
                lastScript = blocks.count - 1
            case .exercise:
                let id = directive.text("id")
                if let id {
                    if !DescentResolver.isIdentifier(id) {
                        diagnostics.append(.error(NotebookMessage.badIdentifier("id", id), at: directive.options["id"]?.value.range))
                    } else if exercises[id] != nil {
                        diagnostics.append(.error(NotebookMessage.duplicateExerciseID(id), at: directive.options["id"]?.value.range))
                    }
                    exercises[id] = blocks.count
                }
                blocks.append(.script(ScriptBlock(role: .exercise(id: id, title: directive.argument), source: directive.body,
                                                  firstLine: directive.bodyLine, runs: runs, range: directive.range)))
                lastExercise = blocks.count - 1
                lastScript = blocks.count - 1
            case .solution:
                let target: Int?
                if directive.argument.isEmpty {
                    target = lastExercise
                    if target == nil { diagnostics.append(.error(NotebookMessage.unknownSolutionTarget, at: directive.range)) }
                } else {
                    target = exercises[directive.argument]
                    if target == nil {
                        var message = NotebookMessage.unknownExercise(directive.argument)
                        message += Suggestion.hint(for: directive.argument, in: exercises.keys.sorted())
                        diagnostics.append(.error(message, at: directive.range))
                    }
                }
                var same = false
                if let expect = directive.options["expect"] {
                    if expect.value.value.stringValue == "same-output-as-exercise" { same = true } else {
                        diagnostics.append(.error(NotebookMessage.unknownExpect(expect.value.value.stringValue ?? expect.value.value.typeName), at: expect.value.range))
                    }
                }
                guard let target else { lastScript = nil; continue }
                blocks.append(.script(ScriptBlock(role: .solution(exercise: target, sameOutputAsExercise: same), source: directive.body,
                                                  firstLine: directive.bodyLine, runs: runs, range: directive.range)))
                lastScript = blocks.count - 1
            case .output:
                // `{output}` (or `{output} stdout`) is the printed output; `{output} stderr`
                // what the block writes to standard error (warnings, "Exception ignored").
                let stream = directive.argument
                guard stream.isEmpty || stream == "stdout" || stream == "stderr" else {
                    var message = NotebookMessage.unknownOutputStream(stream)
                    message += Suggestion.hint(for: stream, in: ["stdout", "stderr"])
                    diagnostics.append(.error(message, at: directive.range))
                    continue
                }
                let isStderr = stream == "stderr"
                guard let index = lastScript, case .script(var script) = blocks[index],
                      (isStderr ? script.expectedStderr : script.expectedOutput) == nil else {
                    diagnostics.append(.error(NotebookMessage.orphanOutput, at: directive.range))
                    continue
                }
                let expected = Located(directive.body, at: SourceRange(start: SourceLocation(file: path, line: directive.bodyLine, column: 1), end: directive.range.end))
                if isStderr { script.expectedStderr = expected } else { script.expectedOutput = expected }
                blocks[index] = .script(script)
                // The other stream's block may follow.
                if script.expectedOutput != nil && script.expectedStderr != nil { lastScript = nil }
            }
        }

        let title = front.title ?? firstHeading(in: document, math: math) ?? fileStem(path)
        var lesson = Lesson(path: path, frontMatter: front, title: title, blocks: blocks, math: math)
        lesson.descentPresets = resolver.presets
        return (lesson, diagnostics.diagnostics)
    }

    private static func firstHeading(in document: MarkdownNode, math: [MathSpan]) -> String? {
        for node in document.children {
            if case .heading(level: 1) = node.kind { return MathSpan.plainText(of: node, spans: math) }
        }
        return nil
    }

    /// The last component of a path (`03-code.md` of `notebooks/03-code.md`).
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

extension LessonParser {
    /// `text` with `\r\n` and `\r` line endings turned into `\n`, as lessons are read.
    public static func normalizeLineEndings(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Reports directive blocks nested in lists or quotes, which are shown but never run.
    static func reportNestedDirectives(in node: MarkdownNode, diagnostics: inout DiagnosticBag) {
        for child in node.children {
            if case .codeBlock(let info, _) = child.kind, let (name, _) = DirectiveParser.directiveName(in: info) {
                diagnostics.append(.error(NotebookMessage.nestedDirective(name), at: child.range))
            }
            reportNestedDirectives(in: child, diagnostics: &diagnostics)
        }
    }
}

extension LessonParser {
    /// Parses a Markdown fragment written inside an option (a caption), with its math.
    public static func parseFragment(_ markdown: String, at range: SourceRange?) -> (MarkdownNode, [MathSpan]) {
        let file = range?.start.file ?? ""
        let start = (line: range?.start.line ?? 1, column: range?.start.column ?? 1)
        let (prose, math) = MathExtractor.extract(markdown, file: file, at: start)
        let node = CommonMarkConverter.parse(prose, file: file, lineOffset: max((range?.start.line ?? 1) - 1, 0))
        return (node, math)
    }
}
