/// Finding and freeing unreachable cycles: CPython's `gc_collect_main` in Swift.
///
/// **The safety invariant.** An object is freed only if every strong reference to it is
/// accounted for by the traversal of other candidates. The collector reads each candidate's
/// real strong retain count (`swiftRetainCount`) and subtracts one per reference a candidate's
/// `traverse` reports (CPython's `update_refs`/`subtract_refs`). Values in Swift arrays are
/// held by the array's buffer, so buffers are nodes too, with their own retain counts: a
/// buffer shared with an outside holder (an older list that `b = a[:]` shares it with, a Swift
/// loop's copy) keeps its elements alive, and one shared by two candidates is subtracted
/// once (a buffer only its object's field holds is that object's own memory, not a node: see
/// `GCVisitor.visitElements(held:)`). What is left is held from
/// outside the candidates: a Swift local of the running interpreter (every executing frame,
/// argument array, evaluated operand, `for` loop's iterable is one), an untracked holder (a
/// class, a module's globals, a generator, a bound method, a tensor's hooks), an older
/// generation's object, or an unknown holder. Each such object is a root; everything reachable
/// from a root through traversed references survives (`move_unreachable`). Only the rest, a
/// set of objects that reference only each other, is cleared.
///
/// **Safe points.** A collection runs from `gc.collect()` or, when generation 0 passed its
/// threshold, at the start of a statement (`Interpreter.collectPendingCycles`); never inside
/// an allocation, a `deinit`, or another collection. At a statement boundary every value the
/// interpreter is using lives in a Swift local or in an object one holds, so it is a root or
/// reachable from one. Unowned references (syntax-tree caches, `UnownedValue`) point only at
/// values whose holders their validity checks prove alive: class attributes and module
/// globals, which are untracked and never cleared.
extension GCRegistry {
    /// Collects generation `generation` and the younger ones; returns how many objects were
    /// found unreachable (and freed). Returns 0 without collecting while a collection runs or
    /// collections are blocked.
    @discardableResult
    func collect(generation: Int) -> Int {
        guard !collecting, blocked == 0 else { return 0 }
        collecting = true
        defer { collecting = false }
        pending = false

        // CPython's bookkeeping: the next generation counts this collection, the collected
        // ones start over.
        switch generation {
        case 0: count1 += 1; count0 = 0
        case 1: count2 += 1; count0 = 0; count1 = 0
        default: count0 = 0; count1 = 0; count2 = 0
        }
        let target = min(generation + 1, 2)

        // The candidates: this generation and the younger ones, the suffix of `entries` from
        // this generation's start (`gc_list_merge` of the younger ones, without moving any).
        let lo = start(generation)
        let n = entries.count - lo
        guard n > 0 else { return 0 }

        // The reference graph among the candidates and the array buffers they hold (see
        // `GCVisitor`), recorded before any count is read: what traversing retained for a
        // moment is released by then.
        let graph: GCVisitor
        if let kept = visitor {
            graph = kept
        } else {
            graph = GCVisitor(registry: address)
            visitor = graph
        }
        graph.reset(lo: lo)
        // (Not kept after a very large collection: its memory would stay with the thread.)
        defer { if n > 1 << 18 { visitor = nil } }
        graph.build(entries.base + lo, count: n)
        let buffers = graph.buffers.count

        // update_refs: the real strong counts, read while the collector holds none of them;
        // candidate `i` at `refs[i]`, buffer `b` at `refs[n + b]`.
        let nodes = n + buffers
        graph.refs.resize(to: nodes)
        let refs = graph.refs.base
        let candidates = entries.base + lo
        for i in 0..<n { refs[i] = strongRetainCount(candidates[i].pointer) }
        for b in 0..<buffers { refs[n + b] = strongRetainCount(graph.buffers[b]) }

        // subtract_refs: references among candidates (and from candidates to the buffers they
        // hold) are internal; a buffer's elements are subtracted once, however many share it.
        // (An edge `e >= 0` is candidate `e`, `e < 0` buffer `-1 - e`: node `n - 1 - e`.)
        let bufferBase = n - 1
        for k in 0..<graph.candidateEdges.count {
            let e = Int(graph.candidateEdges[k])
            refs[e >= 0 ? e : bufferBase - e] -= 1
        }
        for k in 0..<graph.bufferEdges.count { refs[Int(graph.bufferEdges[k])] -= 1 }

        // move_unreachable: whatever is held from outside (a node with references left), and
        // all it reaches, survives; a reached node is marked by a positive count.
        for i in 0..<nodes where refs[i] > 0 { graph.stack.append(Int32(i)) }
        let (candidateEdges, candidateStart) = (graph.candidateEdges, graph.candidateStart)
        let (bufferEdges, bufferStart) = (graph.bufferEdges, graph.bufferStart)
        while graph.stack.count > 0 {
            let node = Int(graph.stack[graph.stack.count - 1])
            graph.stack.removeLast()
            if node < n {
                for k in Int(candidateStart[node])..<Int(candidateStart[node + 1]) {
                    let e = Int(candidateEdges[k])
                    let t = e >= 0 ? e : bufferBase - e
                    if refs[t] <= 0 {
                        refs[t] = 1
                        graph.stack.append(Int32(t))
                    }
                }
            } else {
                let b = node - n
                for k in Int(bufferStart[b])..<Int(bufferStart[b + 1]) {
                    let e = Int(bufferEdges[k])
                    if refs[e] <= 0 {
                        refs[e] = 1
                        graph.stack.append(Int32(e))
                    }
                }
            }
        }
        // The edge lists above are the graph's memory: it must outlive their last read.
        // (The registry keeps it.)
        withExtendedLifetime(graph) {}

        // The unreachable are held (`garbage`) before anything is freed; then every candidate
        // joins the next generation (the unreachable leave it as they are freed).
        var garbage: [any GCTracked] = []
        for i in 0..<n where refs[i] <= 0 { garbage.append(candidates[i].retained) }
        let survivors = n - garbage.count
        promote(to: target)
        if generation == 1 {
            longLivedPending += survivors
        } else if generation == 2 {
            longLivedPending = 0
            longLivedTotal = survivors
        }
        let found = garbage.count
        guard found > 0 else { return 0 }

        // delete_garbage: every unreachable object is held (`garbage`) while each drops its
        // references, so none is freed mid-way; what the references held is then freed in a
        // loop, and dropping `garbage` frees the objects themselves, each now shallow.
        var work: [Value] = []
        for object in garbage { object.clear(into: &work) }
        PyDict.releaseNested(&work)
        garbage = []
        return found
    }

    /// CPython's `gc_collect_generations`: collects the oldest generation whose count passed
    /// its threshold (the oldest only when enough objects were added since the last full
    /// collection); returns how many objects were found unreachable.
    @discardableResult
    func collectGenerations() -> Int {
        pending = false
        let counts = self.counts
        for g in stride(from: 2, through: 0, by: -1) where counts[g] > thresholds[g] {
            if g == 2 && longLivedPending < longLivedTotal / 4 { continue }
            return collect(generation: g)
        }
        return 0
    }
}

extension Interpreter {
    /// Runs the collection generation 0's threshold asked for, at a statement boundary (a
    /// safe point: see `GCRegistry`'s collection). Called when `GCRegistry.anyPending` is set.
    @inline(never)
    func collectPendingCycles() {
        GCRegistry.anyPending = false
        guard let active = GCRegistry.active else { return }
        let registry = Unmanaged<GCRegistry>.fromOpaque(active).takeUnretainedValue()
        guard registry.pending, registry.enabled, !registry.collecting, registry.blocked == 0 else { return }
        registry.collectGenerations()
    }
}
