/// Views: tensors that show (part of) another tensor's elements, as `view`, `reshape`,
/// `t()`, `transpose`, `permute`, `expand`, `detach()` and basic indexing return in PyTorch.
///
/// Each tensor keeps its own contiguous values; a view also knows its root (the tensor that
/// owns the elements) and, for every one of its elements, the root's flat position (`nil`
/// when the order is the root's own). Every in-place write (`add_`, `zero_`, `t[i] = v`,
/// optimizer updates) calls `didMutate()`, which writes a view's values through to its root
/// and refreshes the root's other live views, so writes through either side are seen by
/// both, as with PyTorch's shared storage. View and root share version bumps.
final class ViewLink {
    let root: Tensor
    /// Flat positions in `root` of this view's elements; nil for the same order.
    let positions: [Int]?
    init(root: Tensor, positions: [Int]?) {
        self.root = root
        self.positions = positions
    }
}

/// A weak reference to a view, held by its root.
struct WeakView {
    weak var tensor: Tensor?
}

extension Tensor {
    /// Makes this tensor a view of `base` whose element `i` is `base`'s element `positions[i]`
    /// (`nil`: the same order). A view of a view is linked to the root with composed positions.
    public func linkAsView(of base: Tensor, positions: [Int]?) {
        guard base !== self, base.dtype == dtype else { return }
        var root = base
        var composed = positions
        if let link = base.viewLink {
            root = link.root
            if let outer = link.positions {
                composed = positions.map { $0.map { outer[$0] } } ?? outer
            }
        }
        guard composed.map({ $0.count == count }) ?? (root.count == count) else { return }
        viewLink = ViewLink(root: root, positions: composed)
        if root.views.count >= 8 { root.views.removeAll { $0.tensor == nil } }
        root.views.append(WeakView(tensor: self))
    }

    /// Whether the elements lie in the root's order without gaps (`is_contiguous()`).
    public var isContiguous: Bool {
        guard let p = viewLink?.positions, let first = p.first else { return true }
        for (i, v) in p.enumerated() where v != first + i { return false }
        return true
    }

    /// Whether this is a view, made with grad mode on, of a leaf that requires grad (in-place
    /// writes to it are refused while grad mode is on, as in PyTorch).
    var isViewOfGradLeaf: Bool {
        guard let root = viewLink?.root, gradFn != nil else { return false }
        return root.isLeaf && root.requiresGrad
    }

    /// After an in-place write: passes it on when this tensor shares its elements.
    @inline(__always)
    func noteWrite() {
        if viewLink != nil || !views.isEmpty { didMutate() }
    }

    /// Propagates an in-place write of this tensor to the tensors sharing its elements.
    func didMutate() {
        if let link = viewLink {
            let root = link.root
            guard root.dtype == dtype else { viewLink = nil; return }
            if let p = link.positions {
                if dtype == .float32 {
                    for (i, q) in p.enumerated() { root.floats[q] = floats[i] }
                } else {
                    for (i, q) in p.enumerated() { root.doubles[q] = doubles[i] }
                }
            } else {
                root.floats = floats
                root.doubles = doubles
            }
            root.version += 1
            root.transposeOf = nil
            root.refreshViews(except: self)
        } else if !views.isEmpty {
            refreshViews(except: nil)
        }
    }

    /// Re-reads every live view's elements from this root.
    private func refreshViews(except source: Tensor?) {
        views.removeAll { $0.tensor == nil }
        for weak in views {
            guard let v = weak.tensor, v !== source, let link = v.viewLink, link.root === self else { continue }
            guard v.dtype == dtype else { v.viewLink = nil; continue }
            if let p = link.positions {
                if dtype == .float32 {
                    for (i, q) in p.enumerated() { v.floats[i] = floats[q] }
                } else {
                    for (i, q) in p.enumerated() { v.doubles[i] = doubles[q] }
                }
            } else {
                v.floats = floats
                v.doubles = doubles
            }
            v.version += 1
            v.transposeOf = nil
        }
    }

    /// Cuts this tensor from the tensors it shared elements with (`tensor.data = other`).
    func unlinkViews() {
        viewLink = nil
        for weak in views { weak.tensor?.viewLink = nil }
        views = []
    }
}

extension Tensor {
    /// An int64 tensor of this shape holding each element's flat position: run through a
    /// shape operation, it tells where the result's elements come from.
    public func positionTensor() -> Tensor {
        Tensor(dtype: .int64, shape: shape, doubles: (0..<count).map(Double.init))
    }

    /// The flat positions `self[items]` reads, or nil for advanced indexing (which copies).
    public func basicIndexPositions(_ items: [IndexItem]) throws -> [Int]? {
        let plan = try indexPlan(items)
        return plan.advanced ? nil : plan.positions
    }
}
