/// Call frames kept for reuse: a call whose frame nothing else holds when it returns (no
/// closure, generator or `locals()` view took it) gives the frame back here, and the next
/// call needing as many slots takes it instead of allocating one.
///
/// Spare frames are kept per slot count (up to `maxSlots`), each list linked through the
/// frames' `enclosing` (a spare frame has no scope, unbound slots, and its header's
/// `enclosing` is the next spare of its count).
final class FramePool {
    /// The largest slot count whose frames are kept.
    static let maxSlots = 16
    /// The first spare frame of each slot count.
    private let heads: UnsafeMutablePointer<Frame?>

    init() {
        heads = .allocate(capacity: FramePool.maxSlots + 1)
        heads.initialize(repeating: nil, count: FramePool.maxSlots + 1)
    }

    deinit {
        // One frame at a time: a long list freed from its head would recurse per frame.
        for count in 0...FramePool.maxSlots {
            while let frame = heads[count] {
                heads[count] = frame.enclosing
                frame.unlink()
            }
        }
        heads.deinitialize(count: FramePool.maxSlots + 1)
        heads.deallocate()
    }

    /// A frame for a call of `function`: a spare one if there is one, else a new one.
    @inline(__always)
    func frame(for function: FunctionDef, enclosing: Frame?) -> Frame {
        let count = function.slots.count
        if count <= FramePool.maxSlots, let spare = heads[count] {
            heads[count] = spare.enclosing
            spare.reuse(for: function, enclosing: enclosing)
            return spare
        }
        return Frame.call(function, enclosing: enclosing)
    }

    /// Takes back the frame of a call that returned, which nothing else references.
    @inline(__always)
    func recycle(_ frame: Frame) {
        let count = frame.header.count
        guard count <= FramePool.maxSlots, frame.scope != nil else { return }
        // Unbinding the slots and the frame's scope can free objects (a generator closed as
        // it is dropped runs its cleanup, which may call functions): the frame joins the
        // list only after that, so such calls never see it.
        frame.unbindAll()
        frame.unlink()
        frame.makeSpare(next: heads[count])
        heads[count] = frame
    }
}
