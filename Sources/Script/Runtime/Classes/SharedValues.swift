/// The attribute values of a split-key instance (see `InstanceLayout`), in the class's name
/// order: one malloc'd block of exactly as many values as the class's instances usually get,
/// with no array header and no copy-on-write check on a store.
///
/// Owned by one `PyInstance`, which frees it (`removeAll`, `moveAll`): copies of the struct
/// alias the same memory and must not outlive their use.
struct SharedValues {
    private var base: UnsafeMutablePointer<Value>?
    private var stored: Int32 = 0
    private var capacity: Int32 = 0

    init() {}

    /// How many values are stored.
    var count: Int { @inline(__always) get { Int(stored) } }

    /// The value at position `i` (< `count`).
    @inline(__always) subscript(i: Int) -> Value {
        get { base.unsafelyUnwrapped[i] }
        nonmutating set { base.unsafelyUnwrapped[i] = newValue }
    }

    /// Stores `value` at position `i` (< `count`), moving it in.
    @inline(__always) func store(_ value: consuming Value, at i: Int) {
        base.unsafelyUnwrapped[i] = value
    }

    /// Adds `value` after the last one; the first value makes room for `expected` of them.
    @inline(__always) mutating func append(_ value: consuming Value, expected: Int) {
        if stored == capacity { grow(expected) }
        (base.unsafelyUnwrapped + Int(stored)).initialize(to: value)
        stored += 1
    }

    /// Room for at least `expected` values (at least 4), twice as many when already full.
    private mutating func grow(_ expected: Int) {
        let newCapacity = Swift.max(expected, 4, 2 * Int(capacity))
        let made = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        if let base {
            made.moveInitialize(from: base, count: Int(stored))
            base.deallocate()
        }
        base = made
        capacity = Int32(newCapacity)
    }

    /// Releases every value and the memory.
    mutating func removeAll() {
        guard let base else { return }
        let n = Int(stored)
        self.base = nil
        stored = 0
        capacity = 0
        base.deinitialize(count: n)
        base.deallocate()
    }

    /// Moves every value to the end of `work` (in order) and frees the memory.
    mutating func moveAll(into work: inout [Value]) {
        guard let base else { return }
        let n = Int(stored)
        self.base = nil
        stored = 0
        capacity = 0
        work.reserveCapacity(work.count + n)
        for i in 0..<n { work.append((base + i).move()) }
        base.deallocate()
    }

    /// Whether releasing a value could free a chain of containers (a list, tuple, dict,
    /// function, instance…), which `PyDict.releaseNested` frees without recursing; false
    /// when every value is a scalar or a string, which `removeAll` releases at once.
    var holdsNesting: Bool {
        guard let base else { return false }
        for i in 0..<Int(stored) {
            switch base[i] {
            case .none, .bool, .int, .float, .str: continue
            default: return true
            }
        }
        return false
    }

    /// Visits each value (they live in the instance's own memory: the collector's `visit`).
    func visitEach(_ visitor: GCVisitor) {
        guard let base else { return }
        for i in 0..<Int(stored) { visitor.visit(base + i) }
    }
}
