import Foundation
import Engine
import Figures
import Notebook
import Render
import Script

/// Runs every block of a lesson, in order, and gathers what its page shows.
///
/// `{code}` blocks share one session, as a notebook shares a kernel; an `{exercise}` and
/// its `{solution}` each run in a copy of the session at their place. Problems (a raising
/// script, an output that differs, an unknown optimizer) are collected, never thrown, so
/// the rest of the lesson still runs and is reported.
enum LessonEvaluator {
    /// The name of the math backend that computes elementary functions.
    static var backendName: String { MathBackend.current.name }
    /// The backend and, for MKL, the CPU vendor whose kernels it runs: what decides the bits.
    static var backendFingerprint: String { MathBackend.current.fingerprint }

    struct Evaluation {
        var page: LessonPage
        var diagnostics: [Diagnostic]
        var figures = 0
        var runs = 0
        var scripts = 0
    }

    /// Evaluates `lesson`; with a `memo`, runs and figures already computed by this process
    /// are taken from it (`descent serve`).
    static func evaluate(_ lesson: Lesson, limits: ScriptLimits = .standard, memo: FigureMemo? = nil) -> Evaluation {
        let prepared = prepareDescentBlocks(of: lesson, memo: memo)
        var state = State(lesson: lesson, limits: limits, memo: memo)
        var blocks: [PageBlock] = []
        for (index, block) in lesson.blocks.enumerated() {
            switch block {
            case .prose(let node):
                blocks.append(.prose(node))
            case .descent(let descent):
                blocks.append(.figure(state.figure(for: descent, prepared: prepared[index])))
            case .script(let script):
                blocks.append(.script(state.run(script, at: index)))
            }
        }
        return Evaluation(page: LessonPage(lesson: lesson, blocks: blocks), diagnostics: state.diagnostics,
                          figures: state.figureCount, runs: state.runCount, scripts: state.scriptCount)
    }

    /// A `{descent}` block's runs, and its SVG when it could be drawn ahead of the page.
    struct Prepared {
        var outcomes: [(run: DescentRun?, diagnostics: [Diagnostic])]
        var svg: String?
        /// The runs of an `explore` or `compare` block (then `outcomes` holds one per variant).
        var variants: DescentVariants?
        var variantProblems: [Diagnostic] = []
    }

    /// The runs of every `{descent}` block, by block index, computed on all cores: each run
    /// depends only on its spec, and runs and drawing are most of a lesson's work. A named
    /// block's SVG is drawn here too (its ids do not depend on the figures before it).
    static func prepareDescentBlocks(of lesson: Lesson, memo: FigureMemo? = nil) -> [Int: Prepared] {
        var jobs: [(block: Int, spec: Notebook.DescentSpec, unmapped: Set<SourceRange>)] = []
        var prepared: [Int: Prepared] = [:]
        for (index, block) in lesson.blocks.enumerated() {
            guard case .descent(let descent) = block else { continue }
            if let spec = descent.panels.first, descent.panels.count == 1, !spec.explore.isEmpty || !spec.compare.isEmpty {
                // Every combination is a job of its own, so they run on all cores.
                var problems: [Diagnostic] = []
                let variants = DescentVariants.expand(spec, diagnostics: &problems)
                prepared[index] = Prepared(outcomes: [], svg: nil, variants: variants, variantProblems: problems)
                jobs += (variants?.specs ?? []).map { (index, $0, variants?.rewritten ?? []) }
            } else {
                jobs += descent.panels.map { (index, $0, []) }
            }
        }
        let outcomes = concurrentMap(jobs.count) { i in
            var diagnostics: [Diagnostic] = []
            let run = State.run(jobs[i].spec, unmapped: jobs[i].unmapped, memo: memo, diagnostics: &diagnostics)
            return (run: run, diagnostics: diagnostics)
        }
        for (i, job) in jobs.enumerated() {
            prepared[job.block, default: Prepared(outcomes: [], svg: nil)].outcomes.append(outcomes[i])
        }
        let named: [(index: Int, block: DescentBlock)] = lesson.blocks.enumerated().compactMap { index, block in
            guard case .descent(let descent) = block, descent.name != nil, descent.show.contains(.figure),
                  descent.panels.allSatisfy({ $0.explore.isEmpty && $0.compare.isEmpty }) else { return nil }
            return (index, descent)
        }
        let snapshot = prepared
        let svgs = concurrentMap(named.count) { k -> String? in
            let runs = snapshot[named[k].index]?.outcomes.compactMap(\.run) ?? []
            guard !runs.isEmpty, let name = named[k].block.name else { return nil }
            return memo?.svg(for: runs, id: name) ?? svg(for: runs, id: name)
        }
        for (k, entry) in named.enumerated() { prepared[entry.index]?.svg = svgs[k] }
        return prepared
    }

    /// The contour figure of some runs side by side.
    static func svg(for runs: [DescentRun], id: String) -> String {
        DescentFigure.svg(panels: runs.map(\.panel), description: runs.map(\.description).joined(separator: " "), idPrefix: id)
    }

    /// `transform` of 0..<count, computed on all cores, in order.
    static func concurrentMap<T>(_ count: Int, _ transform: (Int) -> T) -> [T] {
        let results = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        // Worker threads do not inherit task-locals: carry the math backend over.
        let backend = MathBackend.current
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let work = transform
            DispatchQueue.concurrentPerform(iterations: count) { i in
                MathBackend.$current.withValue(backend) {
                    (slots.baseAddress! + i).initialize(to: work(i))
                }
            }
        }
        return (0..<count).map { (results.baseAddress! + $0).move() }
    }

    /// What evaluation carries from block to block.
    struct State {
        let lesson: Lesson
        var diagnostics: [Diagnostic] = []
        var figureCount = 0
        var runCount = 0
        var scriptCount = 0
        var session: ScriptSession?
        /// Exercise outputs by block index, for `:expect: same-output-as-exercise`.
        var exerciseOutputs: [Int: String?] = [:]
        var resolver: DescentResolver
        /// Ranges of code-valued options of `descent(...)` calls that hold an expression, not
        /// the option's text as written (an f-string, a variable): a problem inside the code
        /// is reported at the whole range.
        var unmappedCode: Set<SourceRange> = []

        let limits: ScriptLimits
        let memo: FigureMemo?

        init(lesson: Lesson, limits: ScriptLimits, memo: FigureMemo? = nil) {
            self.lesson = lesson
            self.limits = limits
            self.memo = memo
            resolver = DescentResolver(presets: lesson.frontMatter.presets)
        }

        /// The figure of a block, from runs already made or made now (`descent(...)` calls).
        mutating func figure(for block: DescentBlock, prepared: Prepared? = nil) -> FigureBlock {
            // Later `descent(use: ...)` calls in scripts may use this block's name.
            if let name = block.name, let options = lesson.descentPresets[name], prepared != nil {
                resolver.register(name: name, options: options)
            }
            figureCount += 1
            let id = block.name ?? "figure-\(figureCount)"
            if let spec = block.panels.first, block.panels.count == 1, !spec.explore.isEmpty || !spec.compare.isEmpty {
                var problems = prepared?.variantProblems ?? []
                let variants = prepared?.variants ?? (prepared == nil ? DescentVariants.expand(spec, diagnostics: &problems) : nil)
                let outcomes = prepared.map(\.outcomes) ?? (variants?.specs ?? []).map { s in
                    var problems: [Diagnostic] = []
                    let run = Self.run(s, unmapped: unmappedCode.union(variants?.rewritten ?? []), memo: memo, diagnostics: &problems)
                    return (run, problems)
                }
                diagnostics += problems
                let built = VariantFigure.build(block: block, variants: variants ?? DescentVariants(specs: [spec]), outcomes: outcomes, id: id, number: figureCount)
                diagnostics += built.diagnostics
                runCount += built.runs
                return built.figure
            }
            let outcomes = prepared?.outcomes ?? block.panels.map { spec in
                var problems: [Diagnostic] = []
                let run = Self.run(spec, unmapped: unmappedCode, memo: memo, diagnostics: &problems)
                return (run, problems)
            }
            var runs: [DescentRun] = []
            for outcome in outcomes {
                diagnostics += outcome.diagnostics
                if let run = outcome.run {
                    runs.append(run)
                    if run.trajectory != nil { runCount += 1 }
                }
            }
            var figure = FigureBlock(number: figureCount, id: id, svg: nil, caption: block.caption?.value, captionRange: block.caption?.range)
            figure.animated = block.show.contains(.figure) && runs.contains { $0.spec.animate && $0.trajectory != nil }
            guard !runs.isEmpty else {
                figure.notes.append("This figure could not be drawn; see the errors reported for it.")
                return figure
            }
            if block.show.contains(.figure) {
                figure.svg = prepared?.svg ?? memo?.svg(for: runs, id: id) ?? LessonEvaluator.svg(for: runs, id: id)
            }
            var charts: [LineChart] = []
            let trained = runs.filter { $0.trajectory != nil }
            if block.show.contains(.loss), !trained.isEmpty {
                let series = trained.map { LineSeries(x: $0.trajectory!.epochs.map(Double.init), y: $0.trajectory!.loss.map(Double.init), label: trained.count > 1 ? $0.title : "loss") }
                let values = series.flatMap(\.y).filter(\.isFinite)
                let logScale = (values.min() ?? 0) > 0 && (values.max() ?? 1) / max(values.min() ?? 1, .leastNormalMagnitude) > 1000
                charts.append(LineChart(title: "Loss per epoch", yLabel: "loss", series: series, yScale: logScale ? .log : .linear))
            }
            if block.show.contains(.lr), !trained.isEmpty {
                let series = trained.map { LineSeries(x: $0.trajectory!.epochs.map(Double.init), y: $0.trajectory!.lr, label: trained.count > 1 ? $0.title : "lr") }
                charts.append(LineChart(title: "Learning rate per epoch", yLabel: "learning rate", series: series))
            }
            if !charts.isEmpty {
                figure.charts = [LineChart.svg(charts, description: "Per-epoch curves of " + charts.map { $0.title.lowercased() }.joined(separator: " and ") + " for figure \(figureCount).", idPrefix: id + "-curves")]
            }
            if block.show.contains(.log) {
                figure.logs = trained.map { run in
                    let t = run.trajectory!
                    let rows = t.epochs.indices.map { i in
                        [String(t.epochs[i]), number(t.w1[i]), number(t.w2[i]), number(t.loss[i]), PyFormat.repr(t.lr[i])]
                    }
                    return LogTable(title: trained.count > 1 ? run.title : "", rows: rows)
                }
            }
            for run in runs {
                if let note = run.divergenceNote {
                    figure.notes.append(note)
                    diagnostics.append(.warning(note, at: run.spec.range))
                }
            }
            return figure
        }

        /// A spec's run, from the memo when there is one.
        static func run(_ spec: Notebook.DescentSpec, unmapped: Set<SourceRange>, memo: FigureMemo?, diagnostics: inout [Diagnostic]) -> DescentRun? {
            if let memo { return memo.run(spec, unmapped: unmapped, diagnostics: &diagnostics) }
            return DescentRun.run(spec, unmapped: unmapped, diagnostics: &diagnostics)
        }

        /// A float32 value as its shortest round-trip text (the float32 value itself, not the
        /// longer repr of its double that `.item()` would print).
        func number(_ value: Float) -> String {
            if value.isNaN { return "nan" }
            if value.isInfinite { return value > 0 ? "inf" : "-inf" }
            return "\(value)"
        }

        mutating func run(_ script: ScriptBlock, at index: Int) -> ScriptCell {
            let kind: ScriptCell.Kind
            switch script.role {
            case .code: kind = .code
            case .exercise(let id, let title):
                kind = .exercise(title: title, id: id)
            case .solution:
                kind = .solution
            }
            guard script.runs else {
                return ScriptCell(kind: kind, source: script.source, output: nil, error: nil, figures: [], ran: false)
            }
            scriptCount += 1
            if session == nil { session = ScriptSession(limits: limits) }
            let target: ScriptSession
            switch script.role {
            case .code: target = session!
            case .exercise, .solution: target = session!.copy()
            }
            var calls: [DescentCall] = []
            target.onDescent = { calls.append($0) }
            let result = target.run(source: script.source, file: lesson.path, lineOffset: script.firstLine - 1)
            var figures: [FigureBlock] = []
            // matplotlib figures go among the descent figures in the order they were shown;
            // `descent(…, ax=ax)` panels go into their axes instead of a figure of their own.
            var shown = result.figures[...]
            var panels: [Int: Panel] = [:]
            func flush(upTo count: Int) {
                while let f = shown.first, f.afterDescentCalls <= count {
                    shown.removeFirst()
                    if figures.count < Self.maximumFiguresPerScript { figures.append(plotFigure(f.figure, panels: panels)) }
                }
            }
            for (i, call) in calls.prefix(Self.maximumFiguresPerScript).enumerated() {
                flush(upTo: i)
                guard let block = descentBlock(from: call) else { continue }
                if let id = call.axesID {
                    if let panel = axesPanel(for: block) { panels[id] = panel }
                } else {
                    figures.append(figure(for: block))
                }
            }
            flush(upTo: Int.max)
            if calls.count > Self.maximumFiguresPerScript {
                diagnostics.append(.error(SiteMessage.tooManyFigures(calls.count, Self.maximumFiguresPerScript),
                                          at: calls[Self.maximumFiguresPerScript].range))
            }
            let what = Self.describe(script.role)
            var warned: Set<SourceLocation> = []
            for read in result.clockReads where warned.insert(read.location).inserted {
                diagnostics.append(.warning(SiteMessage.readsClock(what, read.function), at: SourceRange(read.location)))
            }
            if let error = result.error {
                let place = error.location.map { SourceRange($0) } ?? script.range
                // A `sys.exit` has no traceback (CPython writes at most its code).
                let notes: [Diagnostic.Note] = error.exitStatus != nil ? [] : [.init("traceback:\n" + error.traceback.trimmingTrailingNewlines())]
                diagnostics.append(.error("\(what) raised \(error.summary)", at: place, notes: notes))
            }
            if let expected = script.expectedOutput, result.error == nil, expected.value != result.stdout {
                diagnostics.append(.error(SiteMessage.outputDiffers(what), at: expected.range,
                                          notes: [.init(LineDiff.unified(expected: expected.value, actual: result.stdout))]))
            }
            // Warnings and reports name the lesson by its file name, as a notebook names a
            // cell, so the page and the check are the same whichever folder `descent` runs from.
            let reports = Self.namingLessonByFileName(result.reports, path: lesson.path)
            if let expected = script.expectedStderr, result.error == nil {
                let wanted = Self.namingLessonByFileName(expected.value, path: lesson.path)
                let actual = reports
                if wanted != actual {
                    diagnostics.append(.error(SiteMessage.stderrDiffers(what), at: expected.range,
                                              notes: [.init(LineDiff.unified(expected: wanted, actual: actual))]))
                }
            }
            switch script.role {
            case .exercise:
                exerciseOutputs[index] = result.error == nil ? result.stdout : nil
            case .solution(let exercise, let same) where same:
                if let expected = exerciseOutputs[exercise] {
                    if let expected, result.error == nil, expected != result.stdout {
                        diagnostics.append(.error(SiteMessage.solutionDiffers, at: script.range,
                                                  notes: [.init(LineDiff.unified(expected: expected, actual: result.stdout))]))
                    } else if expected == nil {
                        diagnostics.append(.error(SiteMessage.exerciseFailed, at: script.range))
                    }
                }
            default: break
            }
            var cell = ScriptCell(kind: kind, source: script.source, output: result.stdout,
                                  error: result.error.map { Self.namingLessonByFileName($0.traceback, path: lesson.path) },
                                  figures: figures, ran: true)
            cell.stderr = reports
            return cell
        }

        /// `text` with the lesson's path (`notebooks/03-code.md:12:`, `File "notebooks/03-code.md"`)
        /// shortened to its file name.
        static func namingLessonByFileName(_ text: String, path: String) -> String {
            let name = LessonParser.fileName(path)
            guard name != path, text.contains(path) else { return text }
            return text.replacingOccurrences(of: path + ":", with: name + ":")
                .replacingOccurrences(of: "File \"\(path)\"", with: "File \"\(name)\"")
        }

        /// A matplotlib figure as a numbered figure of the page.
        mutating func plotFigure(_ figure: PlotFigure, panels: [Int: Panel]) -> FigureBlock {
            figureCount += 1
            let id = "figure-\(figureCount)"
            let resolved = figure.resolvingDescent { panels[$0] }
            return FigureBlock(number: figureCount, id: id, svg: resolved.svg(idPrefix: id))
        }

        /// The panel a `descent(…, ax=ax)` call draws into its axes.
        mutating func axesPanel(for block: DescentBlock) -> Panel? {
            var result: Panel?
            for spec in block.panels {
                var problems: [Diagnostic] = []
                let run = Self.run(spec, unmapped: unmappedCode, memo: memo, diagnostics: &problems)
                diagnostics += problems
                guard let run else { continue }
                if run.trajectory != nil { runCount += 1 }
                if let note = run.divergenceNote { diagnostics.append(.warning(note, at: run.spec.range)) }
                if result == nil { result = run.panel.panel }
            }
            return result
        }

        /// `descent(...)` calls drawn per script block; more is a mistake (a call in a loop).
        static let maximumFiguresPerScript = 20

        static func describe(_ role: ScriptBlock.Role) -> String {
            switch role {
            case .code: return "code block"
            case .exercise: return "exercise"
            case .solution: return "solution"
            }
        }

        /// The options of a `descent(...)` call in a script, resolved as a block's. Each
        /// option is located where the call writes it (its keyword, its value, the items of a
        /// list display, the text of a string literal), so problems are reported there.
        mutating func descentBlock(from call: DescentCall) -> DescentBlock? {
            let known = DescentOptionKey.allCases.map(\.rawValue)
            var unknown = false
            for option in call.options where !known.contains(option.name) {
                var message = SiteMessage.unknownDescentArgument(option.name)
                message += Suggestion.hint(for: option.name, in: known)
                diagnostics.append(.error(message, at: call.places[option.name]?.key ?? call.range))
                unknown = true
            }
            guard !unknown else { return nil }
            let options = call.options.map { option in
                let place = call.places[option.name]
                return Option(key: option.name, keyRange: place?.key ?? call.range,
                              value: convert(option.value, key: option.name, at: place?.value, fallback: call.range))
            }
            var bag = DiagnosticBag()
            let block = resolver.resolve(options, range: call.range, diagnostics: &bag)
            diagnostics += bag.diagnostics
            return block
        }

        /// Options whose text is code, where a problem has a column within the text.
        static let codeOptions: Set<String> = ["loss", "optimizer", "scheduler"]

        /// A call's option value with the ranges it is written at: `place` when known,
        /// else the enclosing value's range. A code option's string is located at its text.
        mutating func convert(_ value: Script.OptionValue, key: String?, at place: OptionPlace?, fallback: SourceRange) -> Located<Notebook.OptionValue> {
            let range = place?.range ?? fallback
            switch value {
            case .string(let s):
                guard let key, Self.codeOptions.contains(key) else { return Located(.string(s), at: range) }
                if let text = place?.text { return Located(.string(s), at: text) }
                unmappedCode.insert(range)
                return Located(.string(s), at: range)
            case .int(let i): return Located(.integer(i), at: range)
            case .float(let d): return Located(.number(d), at: range)
            case .bool(let b): return Located(.bool(b), at: range)
            case .none: return Located(.null, at: range)
            case .list(let items):
                let places = place.map { $0.items.count == items.count ? $0.items : [] } ?? []
                return Located(.list(items.indices.map { i in
                    convert(items[i], key: nil, at: places.isEmpty ? nil : places[i], fallback: range)
                }), at: range)
            case .dict(let entries):
                return Located(.map(entries.map { entry in
                    let written = place?.entries[entry.key]
                    return Option(key: entry.key, keyRange: written?.key ?? range,
                                  value: convert(entry.value, key: entry.key, at: written?.value, fallback: range))
                }), at: range)
            }
        }
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
