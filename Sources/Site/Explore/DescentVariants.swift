import Engine
import Notebook
import Script

/// The runs an `explore` or `compare` figure makes from its one spec: every combination of
/// the explored values (row-major, the first argument slowest), or one run per compared
/// optimizer. A plain spec is its own single variant.
struct DescentVariants {
    /// One slider of an `explore` figure.
    struct Slider: Equatable {
        var name: String
        /// The values as Python writes them (`0.01`, `[-6.5, 4.5]`).
        var values: [String]
        /// Where the block's own value sits.
        var start: Int
    }

    var specs: [Notebook.DescentSpec]
    /// The combination the page opens with (the block's own values).
    var shown = 0
    var sliders: [Slider] = []
    /// Legend labels of a `compare` figure (nil: the run's title).
    var labels: [String?] = []
    /// Code ranges whose text was rewritten (errors in them point at the whole option).
    var rewritten: Set<SourceRange> = []

    var isExplore: Bool { !sliders.isEmpty }
    var isCompare: Bool { !labels.isEmpty }

    /// The variants of `spec`, or nil (with located errors) when an explored argument cannot be set.
    static func expand(_ spec: Notebook.DescentSpec, diagnostics: inout [Diagnostic]) -> DescentVariants? {
        var base = spec
        base.explore = []
        base.compare = []
        if !spec.compare.isEmpty {
            let specs = spec.compare.map { entry -> Notebook.DescentSpec in
                var s = base
                s.optimizer = entry.optimizer
                s.scheduler = entry.scheduler ?? spec.scheduler
                s.stepSize = nil
                s.title = nil
                return s
            }
            return DescentVariants(specs: specs, labels: spec.compare.map(\.label))
        }
        guard !spec.explore.isEmpty else { return DescentVariants(specs: [spec]) }

        // For each axis: how to set one of its values on a spec.
        var setters: [[(inout Notebook.DescentSpec) -> Void]] = []
        var sliders: [Slider] = []
        var rewritten: Set<SourceRange> = []
        var ok = true
        for axis in spec.explore {
            let texts = axis.values.map { text($0.value) }
            switch axis.key {
            case "start":
                let pairs = axis.values.map { DescentResolver.exploreNumbers($0.value, pair: true) ?? [0, 0] }
                setters.append(pairs.map { pair in { $0.start = pair } })
                sliders.append(Slider(name: "start", values: texts, start: pairs.firstIndex(of: spec.start) ?? 0))
            case "step_size":
                let values = axis.values.map { $0.value }
                setters.append(values.map { v in { s in
                    s.stepSize = v.doubleValue
                    if case .integer = v { s.stepSizeIsInteger = true } else { s.stepSizeIsInteger = false }
                } })
                sliders.append(Slider(name: "step_size", values: texts, start: values.firstIndex { $0.doubleValue == spec.stepSize } ?? 0))
            default:
                // The scheduler's argument when its call writes it, else the optimizer's.
                let inScheduler = spec.scheduler.map { CallRewriter.number(axis.key, in: $0.value) != nil } ?? false
                guard let code = inScheduler ? spec.scheduler : spec.optimizer else {
                    diagnostics.append(.error("'explore' of '\(axis.key)' needs an 'optimizer' (a step_size block explores 'step_size')", at: axis.keyRange))
                    ok = false
                    continue
                }
                let own: Double?
                switch CallRewriter.number(axis.key, in: code.value) {
                case .some(let written):
                    own = written
                case .none:
                    let name = CallRewriter.className(code.value) ?? ""
                    guard let parameter = OptimizerFactory.signature(of: name)?.parameters.first(where: { $0.name == axis.key }) else {
                        diagnostics.append(.error("'explore' varies '\(axis.key)', which \(name.isEmpty ? "the optimizer" : name) does not take", at: axis.keyRange))
                        ok = false
                        continue
                    }
                    own = parameter.defaultValue?.value.number
                }
                let numbers = axis.values.map { $0.value.doubleValue }
                guard let own, let index = numbers.firstIndex(of: own) else {
                    let value = own.map { PyFormat.repr($0) } ?? "not a plain number"
                    diagnostics.append(.error("the block's own \(axis.key) (\(value)) must be one of the values 'explore' lists for it: it is where the slider starts and what the page shows without JavaScript", at: axis.values.first.map { v in SourceRange(start: v.range.start, end: axis.values.last!.range.end) } ?? axis.keyRange))
                    ok = false
                    continue
                }
                guard CallRewriter.setting(axis.key, to: texts[0], in: code.value) != nil else {
                    diagnostics.append(.error("'explore' cannot set '\(axis.key)' in this code; write the call on one line, as `SGD(lr=0.01)`", at: code.range))
                    ok = false
                    continue
                }
                // Each setter rewrites the code as earlier axes left it.
                let key = axis.key
                let setterList: [(inout Notebook.DescentSpec) -> Void] = texts.map { literal in
                    { s in
                        if inScheduler, let current = s.scheduler {
                            s.scheduler = Located(CallRewriter.setting(key, to: literal, in: current.value) ?? current.value, at: current.range)
                        } else if !inScheduler, let current = s.optimizer {
                            s.optimizer = Located(CallRewriter.setting(key, to: literal, in: current.value) ?? current.value, at: current.range)
                        }
                    }
                }
                rewritten.insert(code.range)
                setters.append(setterList)
                sliders.append(Slider(name: axis.key, values: texts, start: index))
            }
        }
        guard ok else { return nil }
        var specs: [Notebook.DescentSpec] = [base]
        for axisSetters in setters {
            specs = specs.flatMap { s in axisSetters.map { set in var t = s; set(&t); return t } }
        }
        var shown = 0
        for (k, slider) in sliders.enumerated() {
            let stride = sliders[(k + 1)...].reduce(1) { $0 * $1.values.count }
            shown += slider.start * stride
        }
        // The title follows the values unless the author wrote one.
        return DescentVariants(specs: specs, shown: shown, sliders: sliders, rewritten: rewritten)
    }

    /// A value as Python writes it (`0.01`, `0`, `[-6.5, 4.5]`).
    static func text(_ value: Notebook.OptionValue) -> String {
        switch value {
        case .integer(let i): return String(i)
        case .number(let d): return PyFormat.repr(d)
        case .list(let items): return "[" + items.map { text($0.value) }.joined(separator: ", ") + "]"
        case .bool(let b): return b ? "True" : "False"
        default: return ""
        }
    }
}
