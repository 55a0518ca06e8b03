/// Resolves `{descent}` options: follows `use` through presets and named blocks, merges
/// panels over their block, and checks every value's type and range.
///
/// The same resolver serves `{descent}` blocks, the `descent(...)` function of scripts and
/// `descent trace`, so an option means the same everywhere.
public struct DescentResolver: Sendable {
    /// Named option sets: front-matter presets, then names of earlier blocks.
    public private(set) var presets: [String: [Option]]
    private var blockNames: Set<String> = []

    public init(presets: [Option] = []) {
        var table: [String: [Option]] = [:]
        for preset in presets {
            if case .map(let entries) = preset.value.value { table[preset.key] = entries }
        }
        self.presets = table
    }

    /// Makes an earlier block's name usable by later `use` (as `resolve` does for blocks it
    /// resolves itself), with the options it passes on.
    public mutating func register(name: String, options: [Option]) {
        blockNames.insert(name)
        presets[name] = options
    }

    static let keys = DescentOptionKey.allCases.map(\.rawValue)
    /// Options a named block passes on to blocks that `use` it.
    static let notInherited: Set<String> = ["name", "caption", "title", "panels", "show", "use", "explore", "compare"]
    /// Most runs one `explore` figure makes.
    public static let exploreLimit = 64

    /// Checks that preset option names are known, reporting each unknown one.
    public func validatePresets(_ presets: [Option], diagnostics: inout DiagnosticBag) {
        for preset in presets {
            guard case .map(let entries) = preset.value.value else {
                diagnostics.append(.error(NotebookMessage.wrongType(preset.key, expected: "a map of descent options", found: preset.value.value.typeName), at: preset.value.range))
                continue
            }
            for entry in entries where !Self.keys.contains(entry.key) {
                diagnostics.append(DirectiveParser.unknownOptionDiagnostic(entry, directive: "descent", allowed: Self.keys))
            }
        }
    }

    /// Resolves a block's options into a `DescentBlock`, registering its `name` for later blocks.
    public mutating func resolve(_ options: [Option], range: SourceRange, diagnostics: inout DiagnosticBag) -> DescentBlock? {
        let merged: [Option]
        do {
            merged = try expand(options, chain: [])
        } catch {
            diagnostics.append(error)
            return nil
        }
        var name: String?
        if let option = merged["name"], let text = option.value.value.stringValue {
            if !Self.isIdentifier(text) {
                diagnostics.append(.error(NotebookMessage.badIdentifier("name", text), at: option.value.range))
            } else if blockNames.contains(text) {
                diagnostics.append(.error(NotebookMessage.duplicateName(text), at: option.value.range))
            }
            name = text
        }
        let caption = merged["caption"].flatMap { opt in opt.value.value.stringValue.map { Located($0, at: opt.value.range) } }
        let show = readShow(merged["show"], diagnostics: &diagnostics)

        var panels: [DescentSpec] = []
        if let panelsOption = merged["panels"] {
            guard case .list(let items) = panelsOption.value.value else {
                diagnostics.append(.error(NotebookMessage.wrongType("panels", expected: "a list of option maps", found: panelsOption.value.value.typeName), at: panelsOption.value.range))
                return nil
            }
            if items.isEmpty { diagnostics.append(.error(NotebookMessage.emptyPanels, at: panelsOption.value.range)) }
            for key in ["explore", "compare"] {
                if let option = merged[key] {
                    diagnostics.append(.error(key == "explore" ? NotebookMessage.exploreNotHere("'panels'") : NotebookMessage.compareNotHere("'panels'"), at: option.keyRange))
                    return nil
                }
            }
            let base = merged.filter { !["panels", "name", "caption", "show"].contains($0.key) }
            for item in items {
                guard case .map(let entries) = item.value else {
                    diagnostics.append(.error(NotebookMessage.wrongType("panels", expected: "a list of option maps", found: item.value.typeName), at: item.range))
                    continue
                }
                for entry in entries where !Self.keys.contains(entry.key) {
                    diagnostics.append(DirectiveParser.unknownOptionDiagnostic(entry, directive: "descent", allowed: Self.keys))
                }
                if let nested = entries["panels"] {
                    diagnostics.append(.error(NotebookMessage.nestedPanels, at: nested.keyRange))
                    continue
                }
                do {
                    let own = try expand(entries, chain: [])
                    if let spec = spec(from: Self.merge(base, own), range: item.range, diagnostics: &diagnostics) { panels.append(spec) }
                } catch {
                    diagnostics.append(error)
                }
            }
        } else if let spec = spec(from: merged, range: range, diagnostics: &diagnostics) {
            panels.append(spec)
        }
        if let name {
            blockNames.insert(name)
            presets[name] = merged.filter { !Self.notInherited.contains($0.key) }
        }
        guard !panels.isEmpty else { return nil }
        return DescentBlock(name: name, caption: caption, show: show, panels: panels, range: range)
    }

    /// Whether `text` can be an anchor id: letters, digits, `-` and `_`.
    public static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// Follows `use` and returns the options with everything they inherit, own options last.
    func expand(_ options: [Option], chain: [String]) throws(Diagnostic) -> [Option] {
        guard let use = options["use"] else { return options }
        guard let target = use.value.value.stringValue else {
            throw .error(NotebookMessage.wrongType("use", expected: "a preset or block name", found: use.value.value.typeName), at: use.value.range)
        }
        if chain.contains(target) {
            throw .error(NotebookMessage.useCycle(chain + [target]), at: use.value.range)
        }
        guard let base = presets[target] else {
            var message = NotebookMessage.unknownPreset(target)
            message += Suggestion.hint(for: target, in: presets.keys.sorted())
            let notes = presets.isEmpty ? [] : [Diagnostic.Note(NotebookMessage.knownNames(presets.keys.sorted()))]
            throw .error(message, at: use.value.range, notes: notes)
        }
        let inherited = try expand(base, chain: chain + [target])
        return Self.merge(inherited, options.filter { $0.key != "use" })
    }

    /// Own options override inherited ones; `optimizer` and `step_size` replace each other.
    static func merge(_ inherited: [Option], _ own: [Option]) -> [Option] {
        let ownKeys = Set(own.map(\.key))
        let kept = inherited.filter { option in
            if ownKeys.contains(option.key) { return false }
            if option.key == "step_size", ownKeys.contains("optimizer") { return false }
            if option.key == "optimizer", ownKeys.contains("step_size") { return false }
            return true
        }
        return kept + own
    }

    private func readShow(_ option: Option?, diagnostics: inout DiagnosticBag) -> [DescentOutput] {
        guard let option else { return [.figure] }
        let items: [Located<OptionValue>]
        switch option.value.value {
        case .list(let list): items = list
        case .string: items = [option.value]
        default:
            diagnostics.append(.error(NotebookMessage.wrongType("show", expected: "a list of figure, log, loss, lr", found: option.value.value.typeName), at: option.value.range))
            return [.figure]
        }
        var result: [DescentOutput] = []
        for item in items {
            guard let text = item.value.stringValue, let output = DescentOutput(rawValue: text) else {
                let text = item.value.stringValue ?? item.value.typeName
                var message = NotebookMessage.unknownShow(text)
                message += Suggestion.hint(for: text, in: DescentOutput.allCases.map(\.rawValue))
                diagnostics.append(.error(message, at: item.range))
                continue
            }
            if !result.contains(output) { result.append(output) }
        }
        return result
    }

    /// Builds a typed spec from merged options, reporting every bad value.
    func spec(from options: [Option], range: SourceRange, diagnostics: inout DiagnosticBag) -> DescentSpec? {
        var ok = true
        func fail(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic); ok = false }
        func text(_ key: String) -> Located<String>? {
            guard let option = options[key] else { return nil }
            if case .null = option.value.value { return nil }
            guard let s = option.value.value.stringValue else {
                fail(.error(NotebookMessage.wrongType(key, expected: "text", found: option.value.value.typeName), at: option.value.range))
                return nil
            }
            return Located(s, at: option.value.range)
        }
        func numbers(_ key: String, count: Int) -> [Double]? {
            guard let option = options[key] else { return nil }
            guard case .list(let items) = option.value.value else {
                fail(.error(NotebookMessage.wrongType(key, expected: "a list of \(count) numbers", found: option.value.value.typeName), at: option.value.range))
                return nil
            }
            guard items.count == count else {
                fail(.error(NotebookMessage.wrongListLength(key, count: count, found: items.count), at: option.value.range))
                return nil
            }
            var values: [Double] = []
            for item in items {
                guard let value = item.value.doubleValue, value.isFinite else {
                    let found = item.value.doubleValue.map { "\($0)" } ?? item.value.typeName
                    fail(.error(NotebookMessage.notANumber(key, found), at: item.range))
                    return nil
                }
                values.append(value)
            }
            return values
        }
        func integer(_ key: String, default value: Int, in bounds: ClosedRange<Int>) -> Int {
            guard let option = options[key] else { return value }
            guard case .integer(let i) = option.value.value else {
                fail(.error(NotebookMessage.wrongType(key, expected: "a whole number", found: option.value.value.typeName), at: option.value.range))
                return value
            }
            guard bounds.contains(i) else {
                fail(.error(NotebookMessage.outOfRange(key, "from \(bounds.lowerBound) to \(bounds.upperBound)"), at: option.value.range))
                return value
            }
            return i
        }
        func window(_ key: String) -> ClosedRange<Double>? {
            guard options[key] != nil else {
                fail(.error(NotebookMessage.missingWindow(key), at: range))
                return nil
            }
            guard let pair = numbers(key, count: 2) else { return nil }
            guard pair[0] < pair[1] else {
                fail(.error(NotebookMessage.emptyWindow(key), at: options[key]!.value.range))
                return nil
            }
            return pair[0]...pair[1]
        }

        let loss = text("loss")
        if loss == nil {
            switch options["loss"]?.value.value {
            case nil: fail(.error(NotebookMessage.missingLoss, at: range))
            case .null?: fail(.error(NotebookMessage.missingLoss, at: options["loss"]!.value.range))
            default: break  // a wrong type, already reported
            }
        }
        let x = window("x")
        let y = window("y")
        let grid = integer("grid", default: 100, in: 2...1000)
        let levels = integer("levels", default: 30, in: 1...100)
        let epochs = integer("epochs", default: 0, in: 0...100_000)
        let start = numbers("start", count: 2) ?? [0, 0]
        let optimum = numbers("optimum", count: 2)
        var stepSize: Double?
        var stepSizeIsInteger = false
        if let option = options["step_size"] {
            if let d = option.value.value.doubleValue, d.isFinite, d >= 0 {
                stepSize = d
                if case .integer = option.value.value { stepSizeIsInteger = true }
            } else if option.value.value.doubleValue != nil {
                fail(.error(NotebookMessage.outOfRange("step_size", "a finite number, 0 or more"), at: option.value.range))
            } else {
                fail(.error(NotebookMessage.wrongType("step_size", expected: "a number", found: option.value.value.typeName), at: option.value.range))
            }
        }
        let optimizer = text("optimizer")
        let scheduler = text("scheduler")
        if stepSize != nil, let optimizer {
            fail(.error(NotebookMessage.stepSizeAndOptimizer, at: optimizer.range))
        }
        let title = text("title")?.value
        var animate = false
        if let option = options["animate"] {
            if case .bool(let b) = option.value.value { animate = b } else {
                fail(.error(NotebookMessage.wrongType("animate", expected: "true or false", found: option.value.value.typeName), at: option.value.range))
            }
        }
        let compare = options["compare"].map { readCompare($0, epochs: epochs, fail: fail) } ?? []
        if options["compare"] != nil, let explore = options["explore"] {
            fail(.error(NotebookMessage.exploreNotHere("'compare'"), at: explore.keyRange))
        }
        let explore = options["explore"].map {
            readExplore($0, runs: epochs > 0 && (stepSize != nil || optimizer != nil), stepSize: stepSize, start: start, fail: fail)
        } ?? []
        if !compare.isEmpty, ok {
            // The entries give the optimizers; the block's own, if any, is not run.
        } else if epochs > 0, stepSize == nil, optimizer == nil, ok {
            diagnostics.append(.warning(NotebookMessage.epochsWithoutOptimizer, at: options["epochs"]?.value.range ?? range))
        } else if ok, epochs == 0, let optimizer = optimizer ?? options["step_size"].map({ Located("", at: $0.value.range) }) {
            diagnostics.append(.warning(NotebookMessage.optimizerWithoutEpochs, at: optimizer.range))
        }
        guard ok, let loss, let x, let y else { return nil }
        var spec = DescentSpec(loss: loss, x: x, y: y, grid: grid, levels: levels, start: start, epochs: epochs,
                               stepSize: stepSize, stepSizeIsInteger: stepSizeIsInteger, optimizer: optimizer, scheduler: scheduler, optimum: optimum,
                               title: title, range: range)
        spec.animate = animate
        spec.explore = explore
        spec.compare = compare
        return spec
    }
}

extension DescentResolver {
    /// Reads a descent spec written as a YAML map on its own (`descent trace`), where the
    /// window is optional because nothing is drawn.
    public static func readSpec(yaml: String, path: String) -> (spec: DescentSpec?, diagnostics: [Diagnostic]) {
        var bag = DiagnosticBag()
        let value: Located<OptionValue>
        do {
            value = try YAMLReader(file: path, line: 1, column: 1).read(yaml)
        } catch {
            return (nil, [error])
        }
        guard case .map(var options) = value.value else {
            return (nil, [.error(NotebookMessage.optionsNotMap(value.value.typeName), at: value.range)])
        }
        for option in options where !keys.contains(option.key) {
            bag.append(DirectiveParser.unknownOptionDiagnostic(option, directive: "descent", allowed: keys))
        }
        for key in ["x", "y"] where options[key] == nil {
            let here = value.range
            options.append(Option(key: key, keyRange: here, value: Located(.list([Located(.integer(0), at: here), Located(.integer(1), at: here)]), at: here)))
        }
        // Code-valued options are text even when YAML reads them as numbers.
        options = options.map { option in
            var option = option
            if DirectiveKind.textOptions.contains(option.key) {
                switch option.value.value {
                case .integer(let i): option.value.value = .string(String(i))
                case .number(let d): option.value.value = .string(String(d))
                default: break
                }
            }
            return option
        }
        let spec = DescentResolver().spec(from: options, range: value.range, diagnostics: &bag)
        return (bag.hasErrors ? nil : spec, bag.diagnostics)
    }
}
