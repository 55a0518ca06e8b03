import Foundation

extension Interpreter {
    /// `enumerate`, `map`, `filter`, `reversed`, `iter`, `next`, `sorted`, `sum`, `any` and
    /// `all`: the builtins that consume or wrap iterables.
    func installIterationBuiltins() {
        def("enumerate") { interp, args in
            if args.positional.isEmpty, !args.keywords.contains(where: { $0.0 == "iterable" }) {
                throw PyError("TypeError", "enumerate() missing required argument 'iterable'")
            }
            let a = try args.bind("enumerate", ["iterable", "start"], required: 1, builtin: true)
            var i: Value = try a[1].map { try interp.toInt($0, "enumerate") }.map { .int($0) } ?? .int(0)
            let items = try interp.iteratorOver(a[0]!)
            return .object(PyIterator(kind: "enumerate") {
                guard let v = try items() else { return nil }
                defer {
                    // Python ints grow: past Int.max the counter continues as a BigInt.
                    switch i {
                    case .int(let n) where n < Int.max: i = .int(n + 1)
                    case .int(let n): i = .object(PyBigInt(BigInt(n) + BigInt(1)))
                    case .object(let b as PyBigInt): i = .object(PyBigInt(b.value + BigInt(1)))
                    default: break
                    }
                }
                return .tuple(.pair(i, v))
            })
        }
        def("map") { interp, args in
            guard args.positional.count >= 2 else { throw PyError("TypeError", "map() must have at least two arguments.") }
            let a = try args.positionalOnly("map", 2...Int.max)
            let fn = a[0]
            let iterators = try a.dropFirst().map { try interp.iteratorOver($0) }
            return .object(PyIterator(kind: "map") {
                var row: [Value] = []
                for it in iterators {
                    guard let v = try it() else { return nil }
                    row.append(v)
                }
                return try interp.call(fn, Arguments(row))
            })
        }
        def("filter") { interp, args in
            let a = try args.positionalOnly("filter", 2...2)
            let fn = a[0]
            let it = try interp.iteratorOver(a[1])
            return .object(PyIterator(kind: "filter") {
                while let v = try it() {
                    let keep = fn.isNone ? try interp.truthy(v) : try interp.truthy(try interp.call(fn, Arguments([v])))
                    if keep { return v }
                }
                return nil
            })
        }
        def("reversed") { interp, args in
            guard args.positional.count == 1 else {
                throw PyError("TypeError", "reversed expected 1 argument, got \(args.positional.count)")
            }
            let a = try args.positionalOnly("reversed", 1...1)
            switch a[0] {
            case .list(let list):
                // CPython's list_reverseiterator: reads the live list from the end, by index
                // (no copy); an index past a list that shrank ends it.
                var index = list.items.count - 1
                return .object(PyIterator(kind: "list_reverseiterator") {
                    guard index >= 0, index < list.items.count else {
                        index = -1
                        return nil
                    }
                    index -= 1
                    return list.items[index + 1]
                })
            case .tuple, .str, .object(is PyRange):
                let kind = a[0].typeName == "list" ? "list_reverseiterator" : a[0].typeName == "range" ? "range_iterator" : "reversed"
                return .object(PyIterator(items: try interp.collect(a[0]).reversed(), kind: kind))
            case .dict(let d):
                return .object(PyIterator(items: d.keys.reversed(), kind: "dict_reversekeyiterator"))
            case .object(let view as PyDictView):
                let kind = ["dict_keys": "dict_reversekeyiterator", "dict_values": "dict_reversevalueiterator"][view.kind.rawValue]
                return .object(PyIterator(items: view.items().reversed(), kind: kind ?? "dict_reverseitemiterator"))
            case .object(let i as PyInstance):
                // `__reversed__`, else the sequence protocol (`__len__` and `__getitem__`).
                if let f = interp.special(i, "__reversed__") { return try interp.callUnbound(f, self: a[0], Arguments()) }
                guard interp.special(i, SpecialMethod.len) != nil, interp.special(i, SpecialMethod.getitem) != nil else {
                    throw PyError("TypeError", "'\(a[0].typeName)' object is not reversible")
                }
                var items: [Value] = []
                for k in stride(from: try interp.length(a[0]) - 1, through: 0, by: -1) { items.append(try interp.getItem(a[0], .int(k))) }
                return .object(PyIterator(items: items, kind: "reversed"))
            case .type(let c) where c.metaclass != nil:
                // A metaclass's `__reversed__` (`reversed(Color)`).
                if let r = try interp.callMetaclassMethod(c, "__reversed__", []) { return r }
                throw PyError("TypeError", "'\(a[0].typeName)' object is not reversible")
            default:
                throw PyError("TypeError", "'\(a[0].typeName)' object is not reversible")
            }
        }
        def("iter") { interp, args in
            if args.positional.isEmpty { throw PyError("TypeError", "iter expected at least 1 argument, got 0") }
            let a = try args.positionalOnly("iter", 1...1)
            if case .object(let it as PyIterator) = a[0] { return .object(it) }
            if case .object(is PyGenerator) = a[0] { return a[0] }
            if let i = a[0].instance {
                if let f = interp.special(i, "__iter__") {
                    let it = try interp.callUnbound(f, self: a[0], Arguments())
                    if let r = it.instance, interp.special(r, "__next__") != nil { return it }
                    if case .object(is PyIterator) = it { return it }
                    if case .object(is PyGenerator) = it { return it }
                    throw PyError("TypeError", "iter() returned non-iterator of type '\(it.typeName)'")
                }
                let next = try interp.instanceIterator(i)
                return .object(PyIterator(kind: "iterator", producer: next))
            }
            let next = try interp.iteratorOver(a[0])
            let kind: String
            switch a[0] {
            case .str(let s): kind = s.utf8.allSatisfy { $0 < 128 } ? "str_ascii_iterator" : "str_iterator"
            case .dict: kind = "dict_keyiterator"
            default: kind = "\(a[0].typeName)_iterator"
            }
            return .object(PyIterator(kind: kind, producer: next))
        }
        def("next") { interp, args in
            let a = try args.positionalOnly("next", 1...2)
            if case .object(let g as PyGenerator) = a[0] {
                if a.count > 1 {
                    let v = try interp.generatorStep(g)
                    g.returnValue = nil
                    return v ?? a[1]
                }
                return try interp.generatorNext(g)
            }
            if let i = a[0].instance, let f = interp.special(i, "__next__") {
                do {
                    return try interp.callUnbound(f, self: a[0], Arguments())
                } catch let e as PyError where a.count > 1 && interp.isStopIteration(e) {
                    return a[1]
                }
            }
            guard case .object(let it as PyIterator) = a[0] else {
                throw PyError("TypeError", "'\(a[0].typeName)' object is not an iterator")
            }
            if let v = try it.next() { return v }
            if a.count > 1 { return a[1] }
            throw PyError("StopIteration", "")
        }
        def("sorted") { interp, args in
            guard args.positional.count == 1 else {
                throw PyError("TypeError", "sorted expected 1 argument, got \(args.positional.count)")
            }
            let a = try Arguments([], keywords: args.keywords).bind("sort", ["key", "reverse"], builtin: true)
            let items = try interp.collect(args.positional[0])
            return .list(PyList(try interp.sortValues(items, key: a[0], reverse: try a[1].map { try interp.truthy($0) } ?? false)))
        }
        def("sum") { interp, args in
            if args.positional.isEmpty { throw PyError("TypeError", "sum() takes at least 1 positional argument (0 given)") }
            let a = try args.bind("sum", ["iterable", "start"], required: 1, builtin: true)
            var total = a[1] ?? .int(0)
            if case .str = total { throw PyError("TypeError", "sum() can't sum strings [use ''.join(seq) instead]") }
            try interp.iterate(a[0]!) { v in
                total = try interp.binary(.add, total, v)
                return true
            }
            return total
        }
        for name in ["min", "max"] {
            def(name) { interp, args in
                // min and max take *args: CPython checks the depth as it calls them.
                try interp.withRecursionCheck(.call) {
                    let a = try Arguments([], keywords: args.keywords).bind(name, ["key", "default"], builtin: true)
                    var items: [Value]
                    if args.positional.count == 1 {
                        items = try interp.collect(args.positional[0])
                    } else if args.positional.isEmpty {
                        throw PyError("TypeError", "\(name) expected at least 1 argument, got 0")
                    } else {
                        if a[1] != nil { throw PyError("TypeError", "Cannot specify a default for \(name)() with multiple positional arguments") }
                        items = args.positional
                    }
                    guard var best = items.first else {
                        if let d = a[1] { return d }
                        throw PyError("ValueError", "\(name)() arg is an empty sequence")
                    }
                    let key = a[0].flatMap { $0.isNone ? nil : $0 }
                    var bestKey = try key.map { try interp.call($0, Arguments([best])) } ?? best
                    for item in items.dropFirst() {
                        let k = try key.map { try interp.call($0, Arguments([item])) } ?? item
                        let better = name == "min" ? try interp.truthy(try interp.compare(.lt, k, bestKey)) : try interp.truthy(try interp.compare(.gt, k, bestKey))
                        if better { best = item; bestKey = k }
                    }
                    return best
                }
            }
        }
        def("any") { interp, args in
            let a = try args.positionalOnly("any", 1...1)
            var r = false
            try interp.iterate(a[0]) { v in r = try interp.truthy(v); return !r }
            return .bool(r)
        }
        def("all") { interp, args in
            let a = try args.positionalOnly("all", 1...1)
            var r = true
            try interp.iterate(a[0]) { v in r = try interp.truthy(v); return r }
            return .bool(r)
        }
    }
}
