/// Where a tracked container sits in its cycle collector's registry (see `GCRegistry`).
///
/// Kept in the object itself, so untracking it when it is freed is O(1). `registry` is nil
/// while the object is untracked (made outside a script run, or a frame no closure captured).
struct GCLink {
    /// The registry's address (a `GCRegistry` that is never freed), nil when untracked.
    var registry: UnsafeMutableRawPointer?
    /// The object's position in the registry's `entries` (which gives its generation).
    var index = -1

    init() {}

    init(registry: UnsafeMutableRawPointer, index: Int) {
        self.registry = registry
        self.index = index
    }
}

/// A container the cycle collector tracks: it reports its strong references and can drop them,
/// as CPython's `tp_traverse` and `tp_clear`.
///
/// Implementations: `PyList`, `PyDict`, `PyTuple`, `PyFunction`, `Frame`, `PyInstance` (see
/// `TrackedContainers.swift`). The collector's safety rests on `traverse`: it must report each
/// strong reference the object holds exactly once, and nothing else (not an unowned
/// reference). Values in the object's own memory (a frame's slots, a tuple's items) are
/// visited with `visit`; values in a Swift array the object holds with `visitElements`, since
/// the array's buffer, not the object, holds them, and the buffer may be shared (`b = a[:]`
/// shares `a`'s buffer until either changes; a Swift loop may hold a copy): the collector
/// counts the buffer's own holders. A reference a type does not report counts as coming from
/// outside, which keeps its target alive: under-reporting leaks, over-reporting could free a
/// live object.
protocol GCTracked: AnyObject {
    /// Which kind of container this is, for the registry's unretained dispatch.
    static var gcKind: GCKind { get }
    /// The object's place in the registry.
    var gcLink: GCLink { get set }
    /// Reports each strong reference this object holds to another value.
    func traverse(_ visitor: GCVisitor)
    /// Moves the references that can form cycles to `work`, leaving the object without them
    /// (called only on objects found unreachable; `work` is freed in a loop afterwards).
    func clear(into work: inout [Value])
}

/// The kinds of tracked container, so the registry reaches an entry's object through its
/// address without retaining it (`GCRegistry.Entry`).
enum GCKind: UInt8 {
    case list, dict, tuple, function, frame, instance
}

/// Records the reference graph among the candidates of a collection, as `traverse` reports it.
///
/// Nodes are the candidates (tracked objects of the generation being collected, by their index
/// in its list) and the array buffers they hold. A candidate's edges go to candidates and
/// buffers; a buffer's edges (recorded once, however many candidates share it) to candidates.
final class GCVisitor {
    private let registry: UnsafeMutableRawPointer
    /// Where the candidates start in the registry's `entries`: a tracked object of this
    /// registry at `lo` or after is candidate `index - lo`.
    private var lo: Int
    /// `PyInstance`'s type, compared with an object's to find instances without a cast.
    private let instanceType = ObjectIdentifier(PyInstance.self)
    /// Each candidate's edges, from `candidateStart[i]` to `candidateStart[i + 1]`: a value
    /// `j >= 0` is candidate `j`, a value `-1 - b` is buffer `b`.
    private(set) var candidateEdges: GCList<Int32>
    private(set) var candidateStart: GCList<Int32>
    /// Each buffer's edges (to candidates), from `bufferStart[b]` to `bufferStart[b + 1]`.
    private(set) var bufferEdges: GCList<Int32>
    private(set) var bufferStart: GCList<Int32>
    /// The buffers' addresses, whose retain counts the collector reads. A buffer two
    /// candidates share (`b = a[:]` before either changes) is listed once per candidate: each
    /// entry then has a reference left over (the other's), so the buffer's elements count as
    /// reachable; only a buffer with no holder but its candidate lets its elements go.
    private(set) var buffers: GCList<UnsafeMutableRawPointer>
    /// Whether the visits go to a buffer's edges (while its elements are visited).
    private var inBuffer = false
    /// The collection's working memory besides the graph: each node's reference count
    /// (`GCRegistry.collect`'s `refs`) and the stack of reached nodes.
    var refs: GCList<Int>
    var stack: GCList<Int32>

    /// A visitor for the collections of `registry`'s objects. One is kept per registry and
    /// reused (`reset`): its lists keep their memory from one collection to the next, where
    /// fresh large allocations for every collection cost the allocator a consolidation of
    /// its free lists and the kernel new zeroed pages each time.
    init(registry: UnsafeMutableRawPointer) {
        self.registry = registry
        lo = 0
        candidateEdges = GCList(capacity: 1024)
        candidateStart = GCList(capacity: 512)
        bufferEdges = GCList(capacity: 512)
        bufferStart = GCList(capacity: 512)
        buffers = GCList(capacity: 256)
        refs = GCList(capacity: 512)
        stack = GCList(capacity: 256)
    }

    deinit {
        candidateEdges.free()
        candidateStart.free()
        bufferEdges.free()
        bufferStart.free()
        buffers.free()
        refs.free()
        stack.free()
    }

    /// Empties the graph for a collection whose candidates start at `lo` in the registry's
    /// `entries` (the lists keep their memory).
    func reset(lo: Int) {
        self.lo = lo
        inBuffer = false
        candidateEdges.removeAll()
        candidateStart.removeAll()
        bufferEdges.removeAll()
        bufferStart.removeAll()
        buffers.removeAll()
        refs.removeAll()
        stack.removeAll()
    }

    /// Records the edges of the `count` candidates at `objects`, in order.
    func build(_ objects: UnsafeMutablePointer<GCRegistry.Entry>, count: Int) {
        for i in 0..<count {
            candidateStart.append(Int32(candidateEdges.count))
            objects[i].traverse(self)
        }
        candidateStart.append(Int32(candidateEdges.count))
        bufferStart.append(Int32(bufferEdges.count))
    }

    @inline(__always) private func edge(_ target: Int32) {
        if inBuffer { bufferEdges.append(target) } else { candidateEdges.append(target) }
    }

    /// A reference to the object whose link is `link`.
    @inline(__always) func visit(_ link: GCLink) {
        if link.registry == registry && link.index >= lo { edge(Int32(truncatingIfNeeded: link.index &- lo)) }
    }

    /// The link of the tracked object the value at `value` holds, if any (scalars and
    /// strings hold none). Only reads, in place: nothing is retained.
    @inline(__always) private func link(of value: UnsafePointer<Value>) -> GCLink? {
        switch value.pointee {
        case .list(let l): return l.gcLink
        case .dict(let d): return d.gcLink
        case .tuple(let t): return t.gcLink
        case .function(let f): return f.gcLink
        case .object(let o):
            if ObjectIdentifier(type(of: o)) == instanceType {
                return unsafeDowncast(o, to: PyInstance.self).gcLink
            }
            return GCVisitor.subclassInstanceLink(o)
        default: return nil
        }
    }

    /// The link of an instance of a library subclass of `PyInstance`; nil for other objects.
    @inline(never) private static func subclassInstanceLink(_ object: any PyObject) -> GCLink? {
        (object as? PyInstance)?.gcLink
    }

    /// A reference to whatever object the value at `value` holds.
    @inline(__always) func visit(_ value: UnsafePointer<Value>) {
        if let link = link(of: value) { visit(link) }
    }

    /// A reference to whatever object the optional value at `value` holds.
    @inline(__always) func visit(_ value: UnsafePointer<Value?>) {
        if value.pointee == nil { return }
        value.withMemoryRebound(to: Value.self, capacity: 1) { visit($0) }
    }

    /// A reference to whatever object `value` holds.
    @inline(__always) func visit(_ value: Value) {
        withUnsafePointer(to: value) { visit($0) }
    }

    @inline(__always) func visit(_ value: UnsafeMutablePointer<Value>) { visit(UnsafePointer(value)) }
    @inline(__always) func visit(_ value: UnsafeMutablePointer<Value?>) { visit(UnsafePointer(value)) }

    @inline(__always) func visit(_ frame: Frame?) {
        if let frame { visit(frame.gcLink) }
    }

    /// The values in a Swift array the object holds: an edge to the array's buffer, then the
    /// buffer's edges to the elements' objects. (Elements are read in place, not copied, so
    /// visiting retains nothing.)
    func visitElements(of array: [Value]) {
        guard beginBuffer(array) else { return }
        array.withUnsafeBufferPointer { elements in
            let base = elements.baseAddress!
            for i in 0..<elements.count { visit(base + i) }
        }
        inBuffer = false
    }

    /// The values in a Swift array an object keeps in its field `array`. When the field holds
    /// the buffer's only reference, the elements are visited as the object's own references
    /// (no buffer node); otherwise as `visitElements(of:)` does.
    ///
    /// Why that is exact: the field's reference is always one of the buffer's, so a retain
    /// count of 1 means nothing else holds the buffer (a temporary copy would only raise the
    /// count, sending the buffer down the shared path). No script code runs until the
    /// collection ends, so the buffer stays the field's alone: it lives exactly as long as the
    /// object, and each element's reference is held through the object alone, which is what
    /// an edge from the object states. (As a node, the buffer would have one holder, the
    /// object's edge, leaving it no outside references: reachable exactly when the object is;
    /// the reachable set is the same either way.)
    @inline(__always) func visitElements(held array: inout [Value]) {
        if array.isEmpty { return }
        let storage = withUnsafeBytes(of: &array) { $0.load(as: UnsafeMutableRawPointer.self) }
        guard strongRetainCount(storage) == 1 else { return visitElements(of: array) }
        array.withUnsafeBufferPointer { elements in
            let base = elements.baseAddress!
            for i in 0..<elements.count { visit(base + i) }
        }
    }

    func visitElements(of array: [Value?]) {
        guard beginBuffer(array) else { return }
        array.withUnsafeBufferPointer { elements in
            let base = elements.baseAddress!
            for i in 0..<elements.count { visit(base + i) }
        }
        inBuffer = false
    }

    /// A function's attributes (name, value pairs).
    func visitElements(of array: [(name: String, value: Value)]) {
        guard beginBuffer(array) else { return }
        array.withUnsafeBufferPointer { elements in
            for i in 0..<elements.count { visit(elements[i].value) }
        }
        inBuffer = false
    }

    /// Adds the edge to `array`'s buffer and starts the buffer's edges; false for an empty
    /// array (which holds nothing).
    @inline(__always) private func beginBuffer<T>(_ array: [T]) -> Bool {
        guard !array.isEmpty else { return false }
        let b = Int32(buffers.count)
        buffers.append(GCVisitor.storage(of: array))
        candidateEdges.append(-1 - b)
        bufferStart.append(Int32(bufferEdges.count))
        inBuffer = true
        return true
    }

    /// The address of a non-empty array's buffer (a Swift object of its own, with its own
    /// retain count): an array value is that one reference.
    static func storage<T>(of array: [T]) -> UnsafeMutableRawPointer {
        unsafeBitCast(array, to: UnsafeMutableRawPointer.self)
    }
}

/// A growable list of plain values in memory the collector manages itself: an append is a
/// store and an increment (the collector appends one per reference it visits).
struct GCList<T> {
    private(set) var base: UnsafeMutablePointer<T>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always) mutating func append(_ value: T) {
        if count == capacity { grow() }
        (base + count).initialize(to: value)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<T>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    @inline(__always) subscript(i: Int) -> T {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    /// Drops the last value.
    @inline(__always) mutating func removeLast() { count -= 1 }

    /// Drops every value, keeping the memory.
    @inline(__always) mutating func removeAll() { count = 0 }

    /// Makes the list `n` values long, growing its memory if needed: the values added are
    /// not initialized (for plain values the caller writes before reading).
    mutating func resize(to n: Int) {
        while capacity < n { grow() }
        count = n
    }

    /// Frees the memory (the values are plain: nothing to deinitialize).
    func free() { base.deallocate() }
}
