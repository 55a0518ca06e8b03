#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The cycle collector's registry of tracked containers, in CPython's three generations.
///
/// Swift's reference counting frees everything except cycles (micrograd's `out` → its
/// `_backward` closure → the closure's frame → `out`); this registry and `collect` find those,
/// as CPython's `Modules/gcmodule.c` does. The registry does not retain what it lists: each
/// entry is the object's address, and the object keeps its position (`GCLink`) to remove
/// itself in its `deinit`.
///
/// There is one registry per thread, used only while a script runs on it (`activate`):
/// objects made outside a run (a session's setup on the caller's thread) stay untracked and so
/// count as external holders for the collector, which is always safe. A script and what it
/// makes live on one worker thread (see `ScriptWorker`), but what it made may be freed on
/// another (a session released by its caller while a copy of it runs on the shared worker):
/// a run holds its registry's (recursive) lock from start to end, so tracking and collecting
/// in the run take no lock, and a free on another thread, or between runs, takes it to remove
/// its entry. Registries are never freed (one per thread that ever ran a script), so an object
/// that outlives its run still finds its registry when it is freed.
final class GCRegistry {
    /// A tracked object: its address (read for its retain count, and reached through it
    /// without retaining it) and its kind.
    struct Entry {
        let pointer: UnsafeMutableRawPointer
        let kind: GCKind

        /// Runs `body` on the object, borrowed (not retained).
        @inline(__always) private func with<T: GCTracked, R>(_ type: T.Type, _ body: (T) -> R) -> R {
            Unmanaged<T>.fromOpaque(pointer)._withUnsafeGuaranteedRef(body)
        }

        /// Stores the object's place in the registry (its index in `entries`).
        func setIndex(_ index: Int) {
            switch kind {
            case .list: with(PyList.self) { $0.gcLink.index = index }
            case .dict: with(PyDict.self) { $0.gcLink.index = index }
            case .tuple: with(PyTuple.self) { $0.gcLink.index = index }
            case .function: with(PyFunction.self) { $0.gcLink.index = index }
            case .frame: with(Frame.self) { $0.gcLink.index = index }
            case .instance: with(PyInstance.self) { $0.gcLink.index = index }
            }
        }

        /// The object's place in the registry, as it records it.
        var link: GCLink {
            switch kind {
            case .list: return with(PyList.self) { $0.gcLink }
            case .dict: return with(PyDict.self) { $0.gcLink }
            case .tuple: return with(PyTuple.self) { $0.gcLink }
            case .function: return with(PyFunction.self) { $0.gcLink }
            case .frame: return with(Frame.self) { $0.gcLink }
            case .instance: return with(PyInstance.self) { $0.gcLink }
            }
        }

        /// The object's `traverse`.
        @inline(__always) func traverse(_ visitor: GCVisitor) {
            switch kind {
            case .list: with(PyList.self) { $0.traverse(visitor) }
            case .dict: with(PyDict.self) { $0.traverse(visitor) }
            case .tuple: with(PyTuple.self) { $0.traverse(visitor) }
            case .function: with(PyFunction.self) { $0.traverse(visitor) }
            case .frame: with(Frame.self) { $0.traverse(visitor) }
            case .instance: with(PyInstance.self) { $0.traverse(visitor) }
            }
        }

        /// The object, retained (to keep an unreachable one alive while it is cleared).
        var retained: any GCTracked {
            switch kind {
            case .list: return Unmanaged<PyList>.fromOpaque(pointer).takeUnretainedValue()
            case .dict: return Unmanaged<PyDict>.fromOpaque(pointer).takeUnretainedValue()
            case .tuple: return Unmanaged<PyTuple>.fromOpaque(pointer).takeUnretainedValue()
            case .function: return Unmanaged<PyFunction>.fromOpaque(pointer).takeUnretainedValue()
            case .frame: return Unmanaged<Frame>.fromOpaque(pointer).takeUnretainedValue()
            case .instance: return Unmanaged<PyInstance>.fromOpaque(pointer).takeUnretainedValue()
            }
        }
    }

    /// Every tracked object, the generations as consecutive ranges: generation 2 (old) first,
    /// then 1, then 0 (young) at the end, where new objects join. An object's link holds its
    /// index, and its generation is the range the index falls in. Collecting generation `g`
    /// examines the suffix from `start(g)` (it and the younger ones, as `gc_list_merge` would
    /// gather them), and moving the survivors one generation up (`gc_list_merge` again) moves
    /// only the boundaries: no entry moves, no link changes.
    @exclusivity(unchecked) private(set) var entries = GCList<Entry>(capacity: 1024)
    /// Where generation 1 starts (generation 2 is `0..<start1`).
    @exclusivity(unchecked) private(set) var start1 = 0
    /// Where generation 0 starts (generation 1 is `start1..<start0`, 0 is `start0..<count`).
    @exclusivity(unchecked) private(set) var start0 = 0

    /// Where generation `g`'s range starts.
    @inline(__always) func start(_ g: Int) -> Int { g == 0 ? start0 : g == 1 ? start1 : 0 }
    /// Where generation `g`'s range ends (exclusive).
    @inline(__always) func end(_ g: Int) -> Int { g == 0 ? entries.count : g == 1 ? start0 : start1 }
    /// The generation of the entry at `index`.
    @inline(__always) func generation(at index: Int) -> Int { index >= start0 ? 0 : index >= start1 ? 1 : 2 }
    /// How many objects generation `g` holds.
    func size(of g: Int) -> Int { end(g) - start(g) }

    /// CPython's `generations[i].count`: for 0, tracked allocations minus deallocations since
    /// the last collection; for 1 and 2, collections of the generation below since then.
    var counts: [Int] {
        get { [count0, count1, count2] }
        set { (count0, count1, count2) = (newValue[0], newValue[1], newValue[2]) }
    }
    @exclusivity(unchecked) var count0 = 0
    @exclusivity(unchecked) var count1 = 0
    @exclusivity(unchecked) var count2 = 0
    /// CPython's default thresholds (`gc.get_threshold()` is `(700, 10, 10)`).
    static let defaultThresholds = [700, 10, 10]
    var thresholds = GCRegistry.defaultThresholds {
        didSet { threshold0 = thresholds[0] }
    }
    /// `thresholds[0]`, read on every allocation.
    @exclusivity(unchecked) private var threshold0 = GCRegistry.defaultThresholds[0]
    /// Whether allocations trigger collections (`gc.enable()`); the running interpreter's
    /// setting, installed by `activate`.
    @exclusivity(unchecked) var enabled = true
    /// Whether a collection is running (no other starts inside it).
    @exclusivity(unchecked) var collecting = false
    /// The graph and working memory of this registry's collections, kept from one to the
    /// next (see `GCVisitor.init`); made by the first collection.
    @exclusivity(unchecked) var visitor: GCVisitor?
    /// While positive, no collection runs: script code called from a `deinit` (a dropped
    /// generator's `finally`) runs while objects are half freed.
    var blocked = 0
    /// Set when generation 0 passed its threshold; the next statement boundary collects.
    var pending = false
    /// CPython's guard against quadratic full collections: objects that survived a
    /// generation-1 collection since the last full one, and the survivors of that one.
    var longLivedPending = 0
    var longLivedTotal = 0

    /// Whether any registry has a collection pending: the only thing statements check.
    nonisolated(unsafe) static var anyPending = false

    /// Held by the thread running a script with this registry active (see above).
    private let mutex: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        var attributes = pthread_mutexattr_t()
        pthread_mutexattr_init(&attributes)
        pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
        pthread_mutex_init(m, &attributes)
        pthread_mutexattr_destroy(&attributes)
        return m
    }()

    private init() {}

    /// Runs `body` holding the registry's lock (as a run does), for a collection started from
    /// outside a run (tests).
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// The registry's address, as links hold it.
    var address: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    // MARK: The registry of the running script

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// This thread's registry, made on first use (and kept with the thread).
    static var ofThisThread: GCRegistry {
        let slot = pthread_getspecific(threadKey)
        if let slot { return Unmanaged<GCRegistry>.fromOpaque(slot).takeUnretainedValue() }
        let made = GCRegistry()
        pthread_setspecific(threadKey, Unmanaged.passRetained(made).toOpaque())
        return made
    }
    private static var threadKey: pthread_key_t { key }

    private static let activeKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The registry new containers join: this thread's while a script runs on it, else nil.
    @inline(__always) static var active: UnsafeMutableRawPointer? { pthread_getspecific(activeKey) }

    /// Runs `body` (a script run) with this thread's registry active and `settings` installed;
    /// the previous state is restored after (runs may nest).
    static func activate<T>(_ settings: GCSettings, _ body: () throws -> T) rethrows -> T {
        let registry = ofThisThread
        pthread_mutex_lock(registry.mutex)
        defer { pthread_mutex_unlock(registry.mutex) }
        let previous = pthread_getspecific(activeKey)
        let previousEnabled = registry.enabled, previousThresholds = registry.thresholds
        registry.enabled = settings.enabled
        registry.thresholds = settings.thresholds
        pthread_setspecific(activeKey, registry.address)
        defer {
            pthread_setspecific(activeKey, previous)
            registry.enabled = previousEnabled
            registry.thresholds = previousThresholds
        }
        return try body()
    }

    // MARK: Tracking

    /// Adds `object` to the running script's registry (generation 0); nothing outside a run.
    @inline(__always) static func track(_ object: some GCTracked) {
        guard let active else { return }
        Unmanaged<GCRegistry>.fromOpaque(active).takeUnretainedValue().add(object)
    }

    /// Removes `object` from its registry, if it is in one (first thing in its `deinit`).
    @inline(__always) static func untrack(_ object: some GCTracked) {
        let link = object.gcLink
        guard let registry = link.registry else { return }
        object.gcLink = GCLink()
        Unmanaged<GCRegistry>.fromOpaque(registry).takeUnretainedValue().remove(link)
    }

    private func add<T: GCTracked>(_ object: T) {
        object.gcLink = GCLink(registry: address, index: entries.count)
        entries.append(Entry(pointer: Unmanaged.passUnretained(object).toOpaque(), kind: T.gcKind))
        count0 += 1
        if count0 > threshold0 && threshold0 > 0 && enabled && !collecting {
            pending = true
            GCRegistry.anyPending = true
        }
    }

    private func remove(_ link: GCLink) {
        // In this registry's run, the lock is held already; elsewhere take it.
        if GCRegistry.active == address {
            removeLocked(link.index)
        } else {
            pthread_mutex_lock(mutex)
            removeLocked(link.index)
            pthread_mutex_unlock(mutex)
        }
    }

    /// Removes the entry at `index`, keeping the generations consecutive: the last entry of
    /// its generation fills the hole, which moves to that generation's end; the younger
    /// generation's start moves back over it and its own last entry fills it, down to the
    /// end of the list (at most three moves).
    private func removeLocked(_ index: Int) {
        var hole = index
        var g = generation(at: index)
        while true {
            let last = end(g) - 1
            if last != hole {
                let moved = entries[last]
                entries[hole] = moved
                moved.setIndex(hole)
            }
            if g == 0 { break }
            hole = last
            if g == 2 { start1 -= 1 } else { start0 -= 1 }
            g -= 1
        }
        entries.removeLast()
        if count0 > 0 { count0 -= 1 }
    }

    /// Makes every entry of generation `target` and the younger ones part of `target`: the
    /// younger generations become empty (CPython's `gc_list_merge` of the survivors).
    func promote(to target: Int) {
        start0 = entries.count
        if target == 2 { start1 = entries.count }
    }

    /// Whether every entry's object records its own index and this registry, and the
    /// generations' boundaries are in order (for tests).
    var linksAreConsistent: Bool {
        guard 0 <= start1, start1 <= start0, start0 <= entries.count else { return false }
        for i in 0..<entries.count {
            let link = entries[i].link
            if link.registry != address || link.index != i { return false }
        }
        return true
    }

    /// How many objects are tracked, in all generations.
    var trackedCount: Int { entries.count }
}

/// An interpreter's collector settings (`gc.enable`, `gc.set_threshold`), which its runs
/// install in the thread's registry.
struct GCSettings {
    var enabled = true
    var thresholds = GCRegistry.defaultThresholds
}

/// The strong retain count of the object at `pointer`, as Swift's runtime keeps it: the
/// number of strong references (unowned and weak ones not included). Reading it through the
/// address does not add the reference a call's argument would.
@_silgen_name("swift_retainCount")
func swiftRetainCount(_ object: UnsafeMutableRawPointer) -> Int

/// `swiftRetainCount`, read inline where the runtime's layout is known: on 64-bit Linux an
/// object's second word holds its inline counts, the strong count minus one in bits 33-62;
/// bit 63 set means they live elsewhere (a side table, once the object has a weak
/// reference, or an immortal object), which the runtime's function reads.
@inline(__always) func strongRetainCount(_ object: UnsafeMutableRawPointer) -> Int {
    #if os(Linux) && arch(x86_64)
    let bits = object.load(fromByteOffset: 8, as: UInt64.self)
    if bits >> 63 == 0 { return Int(truncatingIfNeeded: (bits >> 33) & 0x3fff_ffff) + 1 }
    #endif
    return swiftRetainCount(object)
}
