/// The module's global names, each kept in a slot of its own for good.
///
/// A name expression that reads a global remembers the name's slot (see
/// `Interpreter.lookupCached`), so rebinding a global, which scripts do on every loop turn,
/// leaves the readers' caches valid: they read the slot anew. `version` changes only when a
/// name gets a value it did not have (a new name, or one bound again after `del`), which may
/// shadow a builtin some name expression remembers. Used like a `[String: Value]`.
final class GlobalNames: ExpressibleByDictionaryLiteral, Sequence {
    /// Each name's slot.
    private var slots: [String: Int] = [:]
    /// The names by slot, in the order first bound.
    private var names: [String] = []
    /// The values by slot; nil for a name deleted since.
    @exclusivity(unchecked) private(set) var values: [Value?] = []
    /// Changes when a name without a value gets one (see above); also bumped by the
    /// interpreter when its builtins change or it takes another namespace.
    var version = 0

    init() {}

    convenience init(dictionaryLiteral elements: (String, Value)...) {
        self.init()
        for (name, value) in elements { updateValue(value, forKey: name) }
    }

    /// The slot of `name`, if it was ever bound.
    @inline(__always) func slot(of name: String) -> Int? { slots[name] }

    subscript(name: String) -> Value? {
        get { slots[name].flatMap { values[$0] } }
        set {
            if let newValue { updateValue(newValue, forKey: name) } else { removeValue(forKey: name) }
        }
    }

    /// Binds `name`, returning its previous value (nil when it had none).
    @discardableResult
    func updateValue(_ value: Value, forKey name: String) -> Value? {
        if let i = slots[name] {
            let old = values[i]
            values[i] = value
            if old == nil { version &+= 1 }
            return old
        }
        slots[name] = values.count
        names.append(name)
        values.append(value)
        version &+= 1
        return nil
    }

    /// The identity of the class the name in `slot` holds; nil when it holds no class.
    /// (Read in place: no retain.)
    @inline(__always) func classIdentity(at slot: Int) -> ObjectIdentifier? {
        values.withUnsafeBufferPointer { b in
            switch b[slot] {
            case .some(.type(let c)): return ObjectIdentifier(c)
            default: return nil
            }
        }
    }

    /// Binds anew the name in `slot` when it has a value (nothing else changes); false,
    /// doing nothing, when it has none.
    @inline(__always) func rebind(slot: Int, _ value: Value) -> Bool {
        guard values[slot] != nil else { return false }
        values[slot] = value
        return true
    }

    /// Unbinds `name` (its slot stays), returning the value it had.
    @discardableResult
    func removeValue(forKey name: String) -> Value? {
        guard let i = slots[name], let old = values[i] else { return nil }
        values[i] = nil
        return old
    }

    /// Unbinds every name, freeing the values (deep structures free themselves in loops).
    func removeAll() {
        var work = values.compactMap { $0 }
        values = Array(repeating: nil, count: values.count)
        PyDict.releaseNested(&work)
    }

    /// The bound names, in the order first bound.
    var keys: [String] { names.indices.filter { values[$0] != nil }.map { names[$0] } }

    var count: Int { values.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    var isEmpty: Bool { count == 0 }

    /// The bound names with their values, in the order first bound.
    func makeIterator() -> IndexingIterator<[(key: String, value: Value)]> {
        names.indices.compactMap { i in values[i].map { (key: names[i], value: $0) } }.makeIterator()
    }
}
