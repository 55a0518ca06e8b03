import Foundation
import Figures

extension Interpreter {
    /// Python's truth value, with tensors' rules (one element only).
    func truthy(_ v: Value) throws -> Bool {
        if case .object(let o) = v {
            if let t = o as? TensorObject { return try t.truth() }
            if let i = o as? PyInstance { return try instanceTruth(i) }
        }
        return v.isTruthy
    }

    func overflow() -> PyError {
        PyError("OverflowError", "integer overflow: the script language's ints are 64-bit")
    }

    func unary(_ op: UnaryOp, _ v: Value) throws -> Value {
        switch (op, v) {
        case (.not, _): return .bool(!(try truthy(v)))
        case (.neg, .int(let i)):
            let (r, o) = (0).subtractingReportingOverflow(i)
            if o { return integer(-BigInt(i)) }
            return .int(r)
        case (.neg, .object(let b as PyBigInt)): return integer(-b.value)
        case (.pos, .object(is PyBigInt)): return v
        case (.neg, .bool(let b)): return .int(b ? -1 : 0)
        case (.neg, .float(let d)): return .float(-d)
        case (.pos, .int), (.pos, .float): return v
        case (.pos, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
        case (_, .object(let t as TensorObject)):
            return try TorchLibrary.unary(op, t, self)
        case (_, .object(let i as PyInstance)):
            return try instanceUnary(op, i)
        case (_, .dict(let d)) where d.flavor != nil:
            if let r = try DictFlavor.counterUnary(op, d, self) { return r }
            throw PyError("TypeError", "bad operand type for unary \(op.rawValue): '\(v.typeName)'")
        default:
            throw PyError("TypeError", "bad operand type for unary \(op.rawValue): '\(v.typeName)'")
        }
    }

    /// `a op= b`: lists extend in place; tensors update in place; everything else is `a op b`.
    /// Containers and strings stop growing here with a MemoryError rather than exhausting memory.
    static let maxContainerSize = 20_000_000
    static let maxStringBytes = 200_000_000

    func inPlaceBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        do {
            return try inPlaceOperation(op, a, b)
        } catch var e as PyError where e.type == "TypeError" && e.instance == nil && e.traceback.isEmpty {
            // CPython names the augmented operator when no method took the operands.
            let symbol = op == .pow ? "** or pow()" : op.rawValue
            let plain = "unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'"
            if e.message == plain {
                e.message = "unsupported operand type(s) for \(op.rawValue)=: '\(a.typeName)' and '\(b.typeName)'"
            }
            throw e
        }
    }

    private func inPlaceOperation(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .list(let l) = a, op == .add {
            if l.items.count >= Interpreter.maxContainerSize { throw PyError("MemoryError", "") }
            l.items.append(contentsOf: try collect(b))
            return a
        }
        if case .object(let t as TensorObject) = a {
            return try TorchLibrary.inPlace(op, t, b, self)
        }
        if case .object(let i as PyInstance) = a {
            return try instanceInPlace(op, i, b)
        }
        if case .object(let o as PyOperandObject) = a, let r = try o.inPlace(op, b, self) { return r }
        return try binary(op, a, b)
    }

    func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.int(let x), .int(let y)): return try intBinary(op, x, y)
        case (.bool(let x), _): return try binary(op, .int(x ? 1 : 0), b.boolAsInt)
        case (_, .bool(let y)) where a.isNumber: return try binary(op, a, .int(y ? 1 : 0))
        case (.int(let x), .float(let y)): return try floatBinary(op, Double(x), y)
        case (.float(let x), .int(let y)): return try floatBinary(op, x, Double(y))
        case (.float(let x), .float(let y)): return try floatBinary(op, x, y)
        case (.str(let x), _) where op == .mod: return .str(try percentFormat(x, b))
        case (.object(is PyInstance), _), (_, .object(is PyInstance)):
            return try instanceBinary(op, a, b)
        case (.object(is PyBigInt), _), (_, .object(is PyBigInt)):
            if let x = bigInt(a), let y = bigInt(b) { return try bigBinary(op, x, y) }
            if case .float(let y) = b, let x = bigInt(a) {
                guard let xd = x.double else { throw PyError("OverflowError", "int too large to convert to float") }
                return try floatBinary(op, xd, y)
            }
            if case .float(let x) = a, let y = bigInt(b) {
                guard let yd = y.double else { throw PyError("OverflowError", "int too large to convert to float") }
                return try floatBinary(op, x, yd)
            }
            throw PyError("TypeError", "unsupported operand type(s) for \(op == .pow ? "** or pow()" : op.rawValue): '\(a.typeName)' and '\(b.typeName)'")
        case (.object(let t as TensorObject), _):
            return try TorchLibrary.binary(op, .object(t), b, self)
        case (_, .object(let t as TensorObject)):
            return try TorchLibrary.binary(op, a, .object(t), self)
        case (.str(let x), .str(let y)) where op == .add:
            if x.utf8.count + y.utf8.count > Interpreter.maxStringBytes { throw PyError("MemoryError", "") }
            return .str(x + y)
        case (.str(let x), .int(let n)) where op == .mul: return .str(try repeated(x, n))
        case (.int(let n), .str(let x)) where op == .mul: return .str(try repeated(x, n))
        case (.list(let x), .list(let y)) where op == .add:
            if x.items.count + y.items.count > Interpreter.maxContainerSize { throw PyError("MemoryError", "") }
            return .list(PyList(x.items + y.items))
        case (.list(let x), .int(let n)) where op == .mul: return .list(PyList(try repeatedItems(x.items, n)))
        case (.int(let n), .list(let x)) where op == .mul: return .list(PyList(try repeatedItems(x.items, n)))
        case (.tuple(let x), .tuple(let y)) where op == .add:
            return .tuple(PyTuple.build(count: x.count + y.count) { $0 < x.count ? x[$0] : y[$0 - x.count] })
        case (.tuple(let x), .int(let n)) where op == .mul: return .tuple(PyTuple.of(try repeatedItems(x.items, n)))
        case (.int(let n), .tuple(let x)) where op == .mul: return .tuple(PyTuple.of(try repeatedItems(x.items, n)))
        case (.dict(let x), .dict(let y)) where op == .bitOr && x.flavor?.kind != .counter:
            let d = x.copy()
            for (k, v) in y.pairs { try d.set(k, v) }
            return .dict(d)
        default:
            if let r = try libraryBinary(op, a, b) { return r }
            if op == .add, case .str = a {
                throw PyError("TypeError", "can only concatenate str (not \"\(b.typeName)\") to str")
            }
            if op == .add, case .list = a {
                throw PyError("TypeError", "can only concatenate list (not \"\(b.typeName)\") to list")
            }
            if op == .add, case .tuple = a {
                throw PyError("TypeError", "can only concatenate tuple (not \"\(b.typeName)\") to tuple")
            }
            if op == .mul, a.isSequence || b.isSequence {
                throw PyError("TypeError", "can't multiply sequence by non-int of type '\((a.isSequence ? b : a).typeName)'")
            }
            let symbol = op == .pow ? "** or pow()" : op.rawValue
            throw PyError("TypeError", "unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    private func repeated(_ s: String, _ n: Int) throws -> String {
        if n <= 0 { return "" }
        if s.utf8.count.multipliedReportingOverflow(by: n).overflow || s.utf8.count * n > Interpreter.maxStringBytes {
            throw PyError("MemoryError", "")
        }
        return String(repeating: s, count: n)
    }

    private func repeatedItems(_ items: [Value], _ n: Int) throws -> [Value] {
        if n <= 0 || items.isEmpty { return [] }
        if items.count.multipliedReportingOverflow(by: n).overflow || items.count * n > Interpreter.maxContainerSize {
            throw PyError("MemoryError", "")
        }
        var out: [Value] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }

    func intBinary(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            if o { return try bigBinary(op, BigInt(x), BigInt(y)) }
            return .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { return try bigBinary(op, BigInt(x), BigInt(y)) }
            return .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { return try bigBinary(op, BigInt(x), BigInt(y)) }
            return .int(r)
        case .div:
            if y == 0 { throw PyError("ZeroDivisionError", "division by zero") }
            return .float(Interpreter.trueDivide(x, y))
        case .floorDiv:
            if y == 0 { throw PyError("ZeroDivisionError", "integer division or modulo by zero") }
            if x == Int.min && y == -1 { return try bigBinary(op, BigInt(x), BigInt(y)) }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if y == 0 { throw PyError("ZeroDivisionError", "integer modulo by zero") }
            if y == -1 { return .int(0) }
            var r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return .int(r)
        case .pow:
            if y < 0 {
                if x == 0 { throw PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
                return .float(Foundation.pow(Double(x), Double(y)))
            }
            var result = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { return try bigBinary(op, BigInt(x), BigInt(y)) }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (b2, o) = base.multipliedReportingOverflow(by: base)
                    if o { return try bigBinary(op, BigInt(x), BigInt(y)) }
                    base = b2
                }
            }
            return .int(result)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .lshift:
            if y < 0 { throw PyError("ValueError", "negative shift count") }
            if y >= 63 || (x != 0 && (x << y) >> y != x) {
                if x == 0 { return .int(0) }
                return try bigBinary(op, BigInt(x), BigInt(y))
            }
            return .int(x << y)
        case .rshift:
            if y < 0 { throw PyError("ValueError", "negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .matMul:
            throw PyError("TypeError", "unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    /// int / int correctly rounded, as CPython computes it for values exactly representable.
    static func trueDivide(_ x: Int, _ y: Int) -> Double {
        let limit = 1 << 53
        if Swift.abs(x) <= limit && Swift.abs(y) <= limit { return Double(x) / Double(y) }
        return Double(x) / Double(y)
    }

    func floatBinary(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Value {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw PyError("ZeroDivisionError", "float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw PyError("ZeroDivisionError", "float floor division by zero") }
            return .float(PythonFloat.divmod(x, y).div)
        case .mod:
            if y == 0 { throw PyError("ZeroDivisionError", "float modulo") }
            return .float(PythonFloat.divmod(x, y).mod)
        case .pow:
            if x == 0 && y < 0 { throw PyError("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() && y.isFinite {
                throw PyError("ValueError", "complex results are not supported in the script language")
            }
            let r = Foundation.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw PyError("OverflowError", "(34, 'Numerical result out of range')") }
            return .float(r)
        default:
            throw PyError("TypeError", "unsupported operand type(s) for \(op.rawValue): 'float' and 'float'")
        }
    }

    // MARK: Comparison

    func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        if op != .is && op != .isNot && op != .in && op != .notIn, a.instance != nil || b.instance != nil {
            return try instanceCompare(op, a, b)
        }
        switch op {
        case .eq: return try equalsValue(a, b)
        case .ne:
            let r = try equalsValue(a, b)
            if case .bool(let x) = r { return .bool(!x) }
            return try TorchLibrary.logicalNot(r, self)
        case .is: return .bool(identical(a, b))
        case .isNot: return .bool(!identical(a, b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        case .lt, .le, .gt, .ge:
            if case .object(let t as TensorObject) = a { return try TorchLibrary.compare(op, .object(t), b, self) }
            if case .object(let t as TensorObject) = b { return try TorchLibrary.compare(op, a, .object(t), self) }
            if let r = try libraryCompare(op, a, b) { return .bool(r) }
            let c = try order(a, b, op)
            switch op {
            case .lt: return .bool(c < 0)
            case .le: return .bool(c <= 0)
            case .gt: return .bool(c > 0)
            default: return .bool(c >= 0)
            }
        }
    }

    private func equalsValue(_ a: Value, _ b: Value) throws -> Value {
        if case .object(let t as TensorObject) = a { return try TorchLibrary.compare(.eq, .object(t), b, self) }
        if case .object(let t as TensorObject) = b { return try TorchLibrary.compare(.eq, a, .object(t), self) }
        return .bool(try equals(a, b))
    }

    func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        // A float is one object wherever it is passed on (`x is x`, `copy.copy(x) is x`).
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.str(let x), .str(let y)): return x == y
        case (.list(let x), .list(let y)): return x === y
        case (.tuple(let x), .tuple(let y)): return x === y
        case (.dict(let x), .dict(let y)): return x === y
        case (.function(let x), .function(let y)): return x === y
        case (.builtin(let x), .builtin(let y)): return x === y
        case (.type(let x), .type(let y)): return x === y
        case (.object(let x as TensorObject), .object(let y as TensorObject)):
            return x === y || (!x.isDataView && !y.isDataView && x.storage === y.storage)
        case (.object(let x as OptimizerObject), .object(let y as OptimizerObject)): return x.optimizer === y.optimizer
        case (.object(let x as SchedulerObject), .object(let y as SchedulerObject)): return x.scheduler === y.scheduler
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }

    /// Python `==` for non-tensor values.
    func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.list, .list), (.tuple, .tuple), (.dict, .dict):
            // Comparing containers recurses; self-referencing or very deep ones end as in CPython.
            if callDepth >= recursionLimit { throw PyError("RecursionError", "maximum recursion depth exceeded in comparison") }
            callDepth += 1
            defer { callDepth -= 1 }
            return try containersEqual(a, b)
        default:
            return try containersEqual(a, b)
        }
    }

    private func containersEqual(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool, _), (_, .bool):
            guard a.isNumber && b.isNumber else { return false }
            return try equals(a.boolAsInt, b.boolAsInt)
        case (.int(let x), .int(let y)): return x == y
        case (.int(let x), .float(let y)): return Double(x) == y && (y.magnitude < 9.2e18 ? Int(y) == x : false)
        case (.float(let x), .int(let y)): return Double(y) == x && (x.magnitude < 9.2e18 ? Int(x) == y : false)
        case (.float(let x), .float(let y)): return x == y
        case (.str(let x), .str(let y)): return x == y
        case (.list(let x), .list(let y)):
            if x === y { return true }
            return try itemsEqual(x.items, y.items)
        case (.tuple(let x), .tuple(let y)):
            if x === y { return true }
            return try itemsEqual(x, y)
        case (.dict(let x), .dict(let y)):
            if x === y { return true }
            if let r = try DictFlavor.flavoredEquals(x, y, self) { return r }
            guard x.count == y.count else { return false }
            for (k, v) in x.pairs {
                guard let w = try y.get(k), try identical(v, w) || equals(v, w) else { return false }
            }
            return true
        case (.object(is TensorObject), _), (_, .object(is TensorObject)):
            return try truthy(try equalsValue(a, b))
        case (.object(is PyBigInt), _), (_, .object(is PyBigInt)):
            if let x = bigInt(a), let y = bigInt(b) { return x == y }
            if case .float(let y) = b, let x = bigInt(a) { return x.double == y && BigInt(exactly: y) == x }
            if case .float(let x) = a, let y = bigInt(b) { return y.double == x && BigInt(exactly: x) == y }
            return false
        case (.object(let s as SizeObject), _): return try equals(s.tuple, b)
        case (_, .object(let s as SizeObject)): return try equals(a, s.tuple)
        case (.object(let g as ParamGroupObject), _): return try equals(.dict(g.asDict), b)
        case (.object(is PyInstance), _), (_, .object(is PyInstance)):
            return try truthy(try instanceCompare(.eq, a, b))
        default:
            if let r = try libraryEquals(a, b) { return r }
            return identical(a, b)
        }
    }

    private func itemsEqual<X: RandomAccessCollection<Value>, Y: RandomAccessCollection<Value>>(_ x: X, _ y: Y) throws -> Bool {
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) where !identical(p, q) {
            if !(try equals(p, q)) { return false }
        }
        return true
    }

    /// Three-way order for `<`-style comparisons, or TypeError.
    func order(_ a: Value, _ b: Value, _ op: CompareOp, checked: Bool = true) throws -> Int {
        switch (a, b) {
        case (.object(is PyBigInt), _), (_, .object(is PyBigInt)):
            if let x = bigInt(a), let y = bigInt(b) { return BigInt.compare(x, y) }
            if case .float(let y) = b, let x = bigInt(a) { return Interpreter.cmp(x.double ?? (x.negative ? -.infinity : .infinity), y) }
            if case .float(let x) = a, let y = bigInt(b) { return Interpreter.cmp(x, y.double ?? (y.negative ? -.infinity : .infinity)) }
        case (.int(let x), .int(let y)): return x < y ? -1 : x > y ? 1 : 0
        case (.bool, _), (_, .bool):
            if a.isNumber && b.isNumber { return try order(a.boolAsInt, b.boolAsInt, op) }
        case (.int(let x), .float(let y)): return Interpreter.cmp(Double(x), y)
        case (.float(let x), .int(let y)): return Interpreter.cmp(x, Double(y))
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return op == .lt || op == .le ? 1 : -1 }
            return Interpreter.cmp(x, y)
        case (.str(let x), .str(let y)):
            let xs = Array(x.unicodeScalars), ys = Array(y.unicodeScalars)
            for (p, q) in zip(xs, ys) where p != q { return p.value < q.value ? -1 : 1 }
            return xs.count < ys.count ? -1 : xs.count > ys.count ? 1 : 0
        case (.list(let x), .list(let y)): return try sequenceOrder(x.items, y.items, op)
        case (.tuple(let x), .tuple(let y)): return try sequenceOrder(x, y, op)
        case (.object(is PyInstance), _), (_, .object(is PyInstance)):
            // Only the sign matters to callers: negative when `a op b` holds for < and <=.
            let holds = try truthy(checked ? try instanceCompare(op, a, b) : try instanceRichCompare(op, a, b))
            return op == .lt || op == .le ? (holds ? -1 : 1) : (holds ? 1 : -1)
        default:
            if let lt = try libraryCompare(.lt, a, b) { return lt ? -1 : 1 }
        }
        throw PyError("TypeError", "'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }

    private static func cmp(_ x: Double, _ y: Double) -> Int {
        if x.isNaN || y.isNaN { return 2 }
        return x < y ? -1 : x > y ? 1 : 0
    }

    private func sequenceOrder<X: RandomAccessCollection<Value>, Y: RandomAccessCollection<Value>>(_ x: X, _ y: Y, _ op: CompareOp) throws -> Int {
        for (p, q) in zip(x, y) where !(try equals(p, q)) {
            return try order(p, q, op)
        }
        return x.count < y.count ? -1 : x.count > y.count ? 1 : 0
    }

    func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else {
                throw PyError("TypeError", "'in <string>' requires string as left operand, not \(item.typeName)")
            }
            return sub.isEmpty || s.contains(sub)
        case .list(let l): return try l.items.contains { try identical($0, item) || equals($0, item) }
        case .tuple(let t): return try t.contains { try identical($0, item) || equals($0, item) }
        case .dict(let d): return try d.contains(item)
        case .object(let o as PyRange):
            guard case .int(let i) = item.boolAsInt else { return false }
            return o.contains(i)
        case .object(let i as PyInstance):
            return try instanceContains(i, item)
        case .object(let o as PyContainerObject):
            return try o.containsItem(item, self)
        default:
            if case .type(let c) = container, let r = try callMetaclassMethod(c, "__contains__", [item]) { return try truthy(r) }
            if isIterable(container) {
                return try collect(container).contains { try equals($0, item) }
            }
            throw PyError("TypeError", "argument of type '\(container.typeName)' is not iterable")
        }
    }
}

extension Value {
    var isNumber: Bool {
        switch self {
        case .int, .float, .bool, .object(is PyBigInt): return true
        default: return false
        }
    }

    var isSequence: Bool {
        switch self {
        case .str, .list, .tuple: return true
        default: return false
        }
    }

    var boolAsInt: Value {
        if case .bool(let b) = self { return .int(b ? 1 : 0) }
        return self
    }
}
