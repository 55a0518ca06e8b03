/// Where a tracked container sits in its cycle collector's registry (see `GCRegistry`).
///
/// Kept in the object itself, so untracking it when it is freed is O(1). `registry` is nil
/// while the object is untracked (made outside a script run, or a frame no closure captured).
struct GCLink {
    /// The registry's address (a `GCRegistry` that is never freed), nil when untracked.
    var registry: UnsafeMutableRawPointer?
    /// The generation (0, 1 or 2) whose list holds the object.
    var generation: Int32 = 0
    /// The object's position in that list.
    var index: Int32 = -1

    init() {}

    init(registry: UnsafeMutableRawPointer, generation: Int32, index: Int32) {
        self.registry = registry
        self.generation = generation
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
    private let generation: Int32
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

    init(registry: UnsafeMutableRawPointer, generation: Int32, candidates: Int) {
        self.registry = registry
        self.generation = generation
        candidateEdges = GCList(capacity: candidates * 3)
        candidateStart = GCList(capacity: candidates + 1)
        bufferEdges = GCList(capacity: candidates * 3)
        bufferStart = GCList(capacity: candidates + 1)
        buffers = GCList(capacity: candidates)
    }

    deinit {
        candidateEdges.free()
        candidateStart.free()
        bufferEdges.free()
        bufferStart.free()
        buffers.free()
    }

    /// Records the edges of `objects` (the candidates, in order).
    func build(_ objects: [GCRegistry.Entry]) {
        for e in objects {
            candidateStart.append(Int32(candidateEdges.count))
            e.traverse(self)
        }
        candidateStart.append(Int32(candidateEdges.count))
        bufferStart.append(Int32(bufferEdges.count))
    }

    @inline(__always) private func edge(_ target: Int32) {
        if inBuffer { bufferEdges.append(target) } else { candidateEdges.append(target) }
    }

    /// A reference to the object whose link is `link`.
    @inline(__always) func visit(_ link: GCLink) {
        if link.registry == registry && link.generation == generation && link.index >= 0 { edge(link.index) }
    }

    /// The link of the tracked object `value` holds, if any (scalars and strings hold none).
    /// Only reads: inlined, the value's copy and release cancel out.
    @inline(__always) static func link(of value: Value) -> GCLink? {
        switch value {
        case .list(let l): return l.gcLink
        case .dict(let d): return d.gcLink
        case .tuple(let t): return t.gcLink
        case .function(let f): return f.gcLink
        case .object(let o):
            if ObjectIdentifier(type(of: o)) == ObjectIdentifier(PyInstance.self) {
                return unsafeDowncast(o, to: PyInstance.self).gcLink
            }
            return (o as? PyInstance)?.gcLink
        default: return nil
        }
    }

    /// A reference to whatever object `value` holds.
    @inline(__always) func visit(_ value: Value) {
        if let link = GCVisitor.link(of: value) { visit(link) }
    }

    @inline(__always) func visit(_ value: Value?) {
        switch value {
        case .some(let v): if let link = GCVisitor.link(of: v) { visit(link) }
        case .none: break
        }
    }

    @inline(__always) func visit(_ frame: Frame?) {
        if let frame { visit(frame.gcLink) }
    }

    /// The values in a Swift array the object holds: an edge to the array's buffer, then the
    /// buffer's edges to the elements' objects. (Elements are read in place, not copied, so
    /// visiting retains nothing.)
    func visitElements(of array: [Value]) {
        guard beginBuffer(array) else { return }
        array.withUnsafeBufferPointer { elements in
            for i in 0..<elements.count { visit(elements[i]) }
        }
        inBuffer = false
    }

    func visitElements(of array: [Value?]) {
        guard beginBuffer(array) else { return }
        array.withUnsafeBufferPointer { elements in
            for i in 0..<elements.count { visit(elements[i]) }
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

    @inline(__always) subscript(i: Int) -> T { base[i] }

    /// Frees the memory (the values are plain: nothing to deinitialize).
    func free() { base.deallocate() }
}
