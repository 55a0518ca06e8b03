/// `range` with a bound beyond 64 bits (`range(10**30)`, `range(0, 10**30, 7)`), as
/// CPython's range object holds Python ints: indexing, slicing (a `range` again), `in`,
/// iteration, `start`/`stop`/`step`, truth and `repr` work on the exact values, and `len`
/// raises CPython's OverflowError when the length does not fit in 64 bits. Ranges whose
/// bounds all fit are `PyRange`.
final class PyBigRange: PyIterableObject, PySizedObject, PyContainerObject, PySubscriptableObject {
    let start: BigInt, stop: BigInt, step: BigInt
    /// The exact number of elements.
    let length: BigInt

    init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start
        self.stop = stop
        self.step = step
        let positive = !step.negative
        let (low, high) = positive ? (start, stop) : (stop, start)
        let magnitude = positive ? step : -step
        if BigInt.compare(low, high) >= 0 {
            length = BigInt(0)
        } else {
            length = BigInt.floorDivMod(high - low - BigInt(1), magnitude).0 + BigInt(1)
        }
    }

    /// A range of `start`, `stop`, `step`: a `PyRange` when all three fit in 64 bits.
    static func make(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> PyObject {
        if let a = start.asInt, let b = stop.asInt, let c = step.asInt { return PyRange(start: a, stop: b, step: c) }
        return PyBigRange(start: start, stop: stop, step: step)
    }

    var pyClass: PyClass { CoreClasses.range }
    var truthValue: Bool? { !length.isZero }

    func repr(_ interp: Interpreter) throws -> String {
        let one = BigInt.compare(step, BigInt(1)) == 0
        let a = try IntStringLimit.decimal(start), b = try IntStringLimit.decimal(stop)
        return one ? "range(\(a), \(b))" : "range(\(a), \(b), \(try IntStringLimit.decimal(step)))"
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "start": return interp.integer(start)
        case "stop": return interp.integer(stop)
        case "step": return interp.integer(step)
        default: return nil
        }
    }

    func length(_ interp: Interpreter) throws -> Int {
        guard let n = length.asInt else { throw PyError("OverflowError", "Python int too large to convert to C ssize_t") }
        return n
    }

    func makeIterator(_ interp: Interpreter) throws -> () throws -> Value? {
        var current = start
        let (stop, step, positive) = (self.stop, self.step, !self.step.negative)
        return { [unowned interp] in
            let order = BigInt.compare(current, stop)
            guard positive ? order < 0 : order > 0 else { return nil }
            defer { current = current + step }
            return interp.integer(current)
        }
    }

    func containsItem(_ item: Value, _ interp: Interpreter) throws -> Bool {
        guard let x = interp.bigInt(item.unwrappingBuiltin), item.instance == nil || item.builtinValue != nil else {
            // Not an int: CPython compares it with each element in turn.
            var found = false
            try interp.iterate(.object(self)) { v in
                found = try interp.equals(v, item)
                return !found
            }
            return found
        }
        let positive = !step.negative
        let inside = positive
            ? BigInt.compare(start, x) <= 0 && BigInt.compare(x, stop) < 0
            : BigInt.compare(stop, x) < 0 && BigInt.compare(x, start) <= 0
        return inside && BigInt.floorDivMod(x - start, step).1.isZero
    }

    func item(_ index: Value, _ interp: Interpreter) throws -> Value {
        if case .object(let s as PySlice) = index { return .object(try sliced(s, interp)) }
        var i: BigInt
        do {
            i = try interp.indexInteger(index)
        } catch let e as PyError where e.type == "TypeError" {
            throw PyError("TypeError", "range indices must be integers or slices, not \(index.typeName)")
        }
        if i.negative { i = i + length }
        guard !i.negative, BigInt.compare(i, length) < 0 else { throw PyError("IndexError", "range object index out of range") }
        return interp.integer(start + i * step)
    }

    /// `r[a:b:c]`: the range of the selected elements, its bounds clipped as CPython's
    /// `_PySlice_GetLongIndices` clips them.
    private func sliced(_ s: PySlice, _ interp: Interpreter) throws -> PyObject {
        func bound(_ v: Value) throws -> BigInt? {
            if case .none = v { return nil }
            return try interp.indexInteger(v)
        }
        let k = try bound(s.step) ?? BigInt(1)
        if k.isZero { throw PyError("ValueError", "slice step cannot be zero") }
        let backwards = k.negative
        func clip(_ v: BigInt?, default d: BigInt) -> BigInt {
            guard var x = v else { return d }
            if x.negative {
                x = x + length
                if x.negative { return backwards ? BigInt(-1) : BigInt(0) }
            } else if BigInt.compare(x, length) >= 0 {
                return backwards ? length - BigInt(1) : length
            }
            return x
        }
        let i = clip(try bound(s.lower), default: backwards ? length - BigInt(1) : BigInt(0))
        let j = clip(try bound(s.upper), default: backwards ? BigInt(-1) : length)
        return PyBigRange.make(start + i * step, start + j * step, step * k)
    }
}
