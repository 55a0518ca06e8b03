/// Reading and checking the `explore` and `compare` options of a `{descent}` block.
extension DescentResolver {
    /// The axes of an `explore` map, reporting each bad entry at its place. The block's own
    /// `start` and `step_size` must be among their listed values here; optimizer and
    /// scheduler arguments are checked when their code is read (`Site`).
    func readExplore(_ option: Option, runs: Bool, stepSize: Double?, start: [Double], fail: (Diagnostic) -> Void) -> [ExploreAxis] {
        guard case .map(let entries) = option.value.value, !entries.isEmpty else {
            fail(.error(NotebookMessage.wrongType("explore", expected: "a map from an argument to a list of values", found: option.value.value.typeName), at: option.value.range))
            return []
        }
        guard runs else {
            fail(.error(NotebookMessage.exploreNeedsRun, at: option.keyRange))
            return []
        }
        var axes: [ExploreAxis] = []
        var combinations = 1
        for entry in entries {
            guard case .list(let items) = entry.value.value else {
                fail(.error(NotebookMessage.wrongType("explore", expected: "a list of values for '\(entry.key)'", found: entry.value.value.typeName), at: entry.value.range))
                continue
            }
            guard !items.isEmpty else {
                fail(.error(NotebookMessage.exploreEmpty(entry.key), at: entry.value.range))
                continue
            }
            var seen: [[Double]] = []
            var good = true
            for item in items {
                guard let numbers = Self.exploreNumbers(item.value, pair: entry.key == "start") else {
                    let message = entry.key == "start" ? NotebookMessage.exploreStartValue(item.value.typeName)
                        : NotebookMessage.notANumber("explore", item.value.typeName)
                    fail(.error(message, at: item.range))
                    good = false
                    continue
                }
                if seen.contains(numbers) {
                    fail(.error(NotebookMessage.exploreDuplicate(entry.key, Self.describe(numbers)), at: item.range))
                    good = false
                }
                seen.append(numbers)
            }
            guard good else { continue }
            if entry.key == "start", !seen.contains(start) {
                fail(.error(NotebookMessage.exploreDefaultMissing("start", Self.describe(start)), at: entry.value.range))
            }
            if entry.key == "step_size" {
                if let stepSize {
                    if !seen.contains([stepSize]) {
                        fail(.error(NotebookMessage.exploreDefaultMissing("step_size", Self.describe([stepSize])), at: entry.value.range))
                    }
                } else {
                    fail(.error(NotebookMessage.exploreStepSize, at: entry.keyRange))
                }
            }
            combinations *= items.count
            axes.append(ExploreAxis(key: entry.key, keyRange: entry.keyRange, values: items))
        }
        if combinations > Self.exploreLimit {
            fail(.error(NotebookMessage.exploreTooMany(combinations), at: option.value.range))
            return []
        }
        return axes
    }

    /// A value's numbers: one finite number, or a `[w1, w2]` pair when `pair`.
    public static func exploreNumbers(_ value: OptionValue, pair: Bool) -> [Double]? {
        if pair {
            guard case .list(let items) = value, items.count == 2 else { return nil }
            let numbers = items.compactMap { $0.value.doubleValue }.filter(\.isFinite)
            return numbers.count == 2 ? numbers : nil
        }
        guard let d = value.doubleValue, d.isFinite else { return nil }
        return [d]
    }

    private static func describe(_ numbers: [Double]) -> String {
        let texts = numbers.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0) }
        return texts.count == 1 ? texts[0] : "[" + texts.joined(separator: ", ") + "]"
    }

    /// The entries of a `compare` list.
    func readCompare(_ option: Option, epochs: Int, fail: (Diagnostic) -> Void) -> [CompareEntry] {
        guard case .list(let items) = option.value.value, !items.isEmpty else {
            fail(.error(NotebookMessage.wrongType("compare", expected: "a list of optimizers", found: option.value.value.typeName), at: option.value.range))
            return []
        }
        guard epochs > 0 else {
            fail(.error(NotebookMessage.compareNeedsEpochs, at: option.keyRange))
            return []
        }
        guard items.count <= 10 else {
            fail(.error(NotebookMessage.compareTooMany, at: option.value.range))
            return []
        }
        var entries: [CompareEntry] = []
        for item in items {
            switch item.value {
            case .string(let code):
                entries.append(CompareEntry(optimizer: Located(code, at: item.range), scheduler: nil, label: nil, range: item.range))
            case .map(let fields):
                var optimizer: Located<String>?, scheduler: Located<String>?, label: String?
                var good = true
                for field in fields {
                    guard let text = field.value.value.stringValue, ["optimizer", "scheduler", "label"].contains(field.key) else {
                        fail(.error(NotebookMessage.compareEntry, at: field.keyRange))
                        good = false
                        continue
                    }
                    switch field.key {
                    case "optimizer": optimizer = Located(text, at: field.value.range)
                    case "scheduler": scheduler = Located(text, at: field.value.range)
                    default: label = text
                    }
                }
                guard good else { continue }
                guard let optimizer else {
                    fail(.error(NotebookMessage.compareEntry, at: item.range))
                    continue
                }
                entries.append(CompareEntry(optimizer: optimizer, scheduler: scheduler, label: label, range: item.range))
            default:
                fail(.error(NotebookMessage.compareEntry, at: item.range))
            }
        }
        return entries
    }
}
