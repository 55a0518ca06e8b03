import Foundation
import Testing
@testable import Script

/// The cycle collector (`GCRegistry`): it frees unreachable cycles, keeps the tracked-object
/// count bounded in a loop that makes cycles, never clears what is still reachable, and frees
/// deep garbage without recursing.
@Suite struct CycleCollectorTests {
    /// What the collector's trial deletion rests on: `swift_retainCount` is the number of strong
    /// references, read through the address without counting the call's own.
    @Test func retainCountIsTheNumberOfStrongReferences() {
        final class Box {}
        let a = Box()
        let p = Unmanaged.passUnretained(a).toOpaque()
        #expect(swiftRetainCount(p) == 1)
        var more: [Box] = [a, a]
        #expect(swiftRetainCount(p) == 3)
        unowned let u = a
        weak var w = a
        #expect(swiftRetainCount(p) == 3)
        more.removeAll()
        #expect(swiftRetainCount(p) == 1)
        withExtendedLifetime((u, w, more)) {}
        // An array is one reference to its buffer, a Swift object with its own count.
        #expect(MemoryLayout<[Value]>.size == MemoryLayout<UnsafeRawPointer>.size)
        let values: [Value] = [.none, .int(1)]
        let copy = values
        #expect(swiftRetainCount(GCVisitor.storage(of: values)) == 2)
        withExtendedLifetime(copy) {}
        let list = PyList([.list(PyList([])), .none])
        guard case .list(let inner) = list.items[0] else { Issue.record("not a list"); return }
        // One for the outer list's element, one for the `inner` binding.
        #expect(swiftRetainCount(Unmanaged.passUnretained(inner).toOpaque()) == 2)
    }

    /// The worker thread's registry of `session` (read while the worker is idle).
    private func registry(of session: ScriptSession) -> GCRegistry {
        session.worker.perform { GCRegistry.ofThisThread }
    }

    /// The number of objects `registry` tracks, read under its lock.
    private func tracked(_ registry: GCRegistry) -> Int {
        registry.withLock { registry.trackedCount }
    }

    @Test func loopMakingCyclesKeepsTheTrackedCountBounded() {
        let session = ScriptSession(importTorch: false, limits: ScriptLimits(timeLimit: 300))
        _ = session.run(source: "class Node:\n    pass\n", file: "test.py")
        let before = tracked(registry(of: session))
        // 4 × 50,000 iterations, each making a two-instance cycle and a closure cycle.
        let source = """
        def make(i):
            a = Node()
            b = Node()
            a.other = b
            b.other = a
            def back():
                return a
            a.back = back
            return i
        for i in range(50000):
            make(i)
        print('ok')
        """
        for _ in 0..<4 {
            let r = session.run(source: source, file: "test.py")
            #expect(r.stdout == "ok\n")
            #expect(r.error == nil)
            let growth = tracked(registry(of: session)) - before
            // Without the collector each run leaves 200,000 objects (two instances, a frame, a
            // function per iteration); with it, at most a few generations' worth.
            #expect(growth < 20_000, "tracked objects grew by \(growth)")
        }
    }

    @Test func liveCyclesSurviveManyCollections() {
        let source = """
        import gc
        class Node:
            def __init__(self, name):
                self.name = name
                self.peer = self
        g = Node('global')
        ring = [Node(i) for i in range(5)]
        for i in range(5):
            ring[i].peer = ring[(i + 1) % 5]
        box = {'self': None}
        box['self'] = box
        t = ([],)
        t[0].append(t)
        def outer():
            local = Node('local')
            local.items = [local, {'back': local}]
            def closure():
                return local.name
            local.fn = closure
            found = 0
            for k in range(300):
                found += gc.collect(k % 3)
                waste = Node('waste')
                waste.peer = waste
            return closure, local
        fn, local = outer()
        for k in range(300):
            gc.collect()
        print(g.peer.name, [r.peer.name for r in ring], box['self'] is box, t[0][0] is t)
        print(fn(), local.items[1]['back'] is local, local.fn is fn, local.items[0].name)
        """
        #expect(output(source) == "global [1, 2, 3, 4, 0] True True\nlocal True True local\n")
    }

    @Test func sharedArrayBuffersKeepTheirElements() {
        // Copies share the list's array buffer until either changes: the buffer's elements are
        // held once however many lists share it, and an older list sharing it keeps them alive.
        let source = """
        import gc, copy
        class N:
            pass
        def young_cycle_sharing(make):
            x = N()
            a = [x]
            b = make(a)
            x.ref, x.ref2 = a, b
            return x
        kept = [young_cycle_sharing(f) for f in (lambda a: a[:], list, lambda a: a.copy(), copy.copy)]
        gc.collect()
        print([k.ref[0] is k and k.ref2[0] is k for k in kept])
        old = []
        gc.collect()
        x = N()
        old.append(x)
        new = old.copy()
        x.ref = new
        del x, new
        for g in (0, 1, 0, 2):
            gc.collect(g)
        print(old[0].ref[0] is old[0], len(old[0].ref))
        """
        #expect(output(source) == "[True, True, True, True]\nTrue 1\n")
    }

    @Test func deepGarbageCyclesAreFreedWithoutRecursing() {
        // A 100,000-long ring of instances and a 100,000-deep list nest closed into a cycle,
        // dropped, then collected on a 256 KiB stack.
        let text = onSmallStack {
            let session = ScriptSession(importTorch: false, limits: ScriptLimits(timeLimit: 300))
            let r = session.run(source: """
            import gc
            gc.disable()
            class Node:
                pass
            head = Node()
            node = head
            for i in range(100000):
                n = Node()
                node.next = n
                node = n
            node.next = head
            a = []
            x = a
            for i in range(100000):
                x = [x]
            a.append(x)
            del head, node, n, a, x
            """, file: "test.py")
            let registry = session.worker.perform { GCRegistry.ofThisThread }
            let before = tracked(registry)
            let found = registry.withLock { registry.collect(generation: 2) }
            let after = tracked(registry)
            return "\(r.error?.summary ?? "ok") \(found >= 200_000) \(before - after >= 200_000)"
        }
        #expect(text == "ok true true")
    }

    @Test func functionsAreTrackedOnlyOnceTheyHoldSomething() {
        let session = ScriptSession(importTorch: false, limits: ScriptLimits(timeLimit: 300))
        // Functions holding nothing (no defaults, no enclosing frame: `lambda: None` made in a
        // method) are not tracked; one with an enclosing frame or defaults is.
        let r0 = session.run(source: """
        import gc
        class A:
            def make(self, y):
                return [lambda: None, lambda x=y: x, lambda: y]
        keep = A().make([])
        """, file: "test.py")
        #expect(r0.error == nil)
        let tracked: [Bool] = session.worker.perform {
            guard case .list(let l)? = session.interpreter.globals["keep"] else { return [] }
            return l.items.map { v in
                guard case .function(let f) = v else { return false }
                return f.gcLink.registry != nil
            }
        }
        #expect(tracked == [false, true, true])
        // One that gets an attribute is tracked from then on, so a cycle through it is found.
        let r = session.run(source: """
        gc.disable()
        def f():
            pass
        f.me = f
        g = lambda: None
        g.box = [g]
        h = keep[0]
        h.__dict__ = {'self': h}
        del f, g, h, keep
        print(gc.collect() >= 4)
        """, file: "test.py")
        #expect(r.error == nil)
        #expect(r.stdout == "True\n")
    }

    @Test func generationsStayConsistentAsObjectsOfEveryAgeAreFreed() {
        // Objects in generations 2, 1 and 0 at once, then freed in an interleaved order: each
        // removal keeps the generations consecutive and every object's recorded index exact.
        let session = ScriptSession(importTorch: false, limits: ScriptLimits(timeLimit: 300))
        let r = session.run(source: """
        import gc
        gc.disable()
        class N:
            pass
        old = [N() for _ in range(300)]
        gc.collect(1)
        gc.collect(1)
        middle = [N() for _ in range(300)]
        gc.collect(0)
        young = [N() for _ in range(300)]
        for i in range(0, 300, 3):
            old[i] = None
            young[i] = None
            middle[i] = None
        for i in range(1, 300, 3):
            middle[i] = None
        ring = [N() for _ in range(50)]
        for i in range(50):
            ring[i].next = ring[(i + 1) % 50]
        gc.collect(0)
        ring = None
        print(gc.collect() >= 50, sum(x is not None for x in old + middle + young))
        """, file: "test.py")
        #expect(r.error == nil)
        #expect(r.stdout == "True 500\n")
        let registry = registry(of: session)
        #expect(registry.withLock { registry.linksAreConsistent })
    }
}
