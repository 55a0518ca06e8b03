/// Call frames kept for reuse: a call whose frame nothing else holds when it returns (no
/// closure, generator or `locals()` view took it) gives the frame back here, and the next
/// call needing as many slots takes it instead of allocating one.
///
/// Spare frames are kept per slot count (up to `maxSlots`), each list linked through the
/// frames' `nextSpare`. Frames move in and out of the lists (`take`, then a store of the
/// frame itself): putting a frame back or taking one out retains and releases nothing. A
/// spare frame has unbound slots, no enclosing frame, and the scope of its last call (see
/// `Frame.reuse`).
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
            while let frame = heads[count].take() {
                heads[count] = frame.header.nextSpare.take()
            }
        }
        heads.deinitialize(count: FramePool.maxSlots + 1)
        heads.deallocate()
    }

    /// A frame for a call of `function`: a spare one if there is one, else a new one.
    @inline(__always)
    func frame(for function: FunctionDef, enclosing: Frame?) -> Frame {
        let count = function.slots.count
        if count <= FramePool.maxSlots, let spare = heads[count].take() {
            heads[count] = spare.header.nextSpare.take()
            spare.reuse(for: function, enclosing: enclosing)
            return spare
        }
        return Frame.call(function, enclosing: enclosing)
    }

    /// Takes back the frame of a call that returned, which nothing else references.
    @inline(__always)
    func recycle(_ frame: __owned Frame) {
        let count = frame.header.count
        guard count <= FramePool.maxSlots, frame.scope != nil else { return }
        // Unbinding the slots and dropping the enclosing frame can free objects (a generator
        // closed as it is dropped runs its cleanup, which may call functions): the frame
        // joins the list only after that, so such calls never see it.
        frame.unbindAll()
        frame.makeSpare()
        frame.header.nextSpare = heads[count].take()
        heads[count] = frame
    }
}
