/// Views: tensors that show (part of) another tensor's elements, as `view`, `reshape`,
/// `t()`, `transpose`, `permute`, `expand`, `detach()` and basic indexing return in PyTorch.
///
/// Each tensor keeps its own contiguous values; a view also knows its root (the tensor that
/// owns the elements) and, for every one of its elements, the root's flat position (`nil`
/// when the order is the root's own). Every in-place write (`add_`, `zero_`, `t[i] = v`,
/// optimizer updates) calls `didMutate()`, which writes a view's values through to its root
/// and refreshes the root's other live views, so writes through either side are seen by
/// both, as with PyTorch's shared storage. A view reads its root's version counter.
final class ViewLink {
    let root: Tensor
    /// Flat positions in `root` of this view's elements; nil for the same order.
    let positions: [Int]?
    /// The tensor autograd sees this view of (PyTorch's `_base`): the first tensor up the
    /// chain that is not itself a differentiable view; nil for a view autograd does not see
    /// through (`detach()`, integer and bool views).
    let gradBase: Tensor?
    /// Flat positions in `gradBase` of this view's elements; nil for the same order.
    let gradPositions: [Int]?
    /// How the view was made, which decides whether it may be written in place.
    let creation: ViewCreation
    /// Which output of a function returning several views this is (`unbind`, `split`).
    let outputNr: Int
    /// The root's version when this view's `grad_fn` was last set.
    var attrVersion: Int
    /// Whether elements overlap, once computed (`overlapsItself`).
    var overlapCache: Bool?
    /// PyTorch's `_base`: the first tensor up the chain made by a view operation's input
    /// that is not itself a view; nil for `detach()` and `.data`, which PyTorch does not
    /// count as views (`_is_view()` is False).
    let viewBase: Tensor?

    init(root: Tensor, positions: [Int]?, gradBase: Tensor?, gradPositions: [Int]?, creation: ViewCreation, outputNr: Int, viewBase: Tensor?) {
        self.root = root
        self.viewBase = viewBase
        self.positions = positions
        self.gradBase = gradBase
        self.gradPositions = gradPositions
        self.creation = creation
        self.outputNr = outputNr
        self.attrVersion = root.ownVersion
    }
}

/// How a differentiable view was made (PyTorch's `CreationMeta`).
enum ViewCreation: Equatable {
    /// In grad mode by a single-view function: in-place writes rebase its base's history.
    case normal
    /// In `torch.no_grad()`: writing it in place with grad mode on is refused.
    case noGrad
    /// As one of several outputs (`unbind`, `split`, `chunk`, iteration): writing it in place
    /// with autograd is refused.
    case multiOutput
}

/// A weak reference to a view, held by its root.
struct WeakView {
    weak var tensor: Tensor?
}

extension Tensor {
    /// Makes this tensor a view of `base` whose element `i` is `base`'s element `positions[i]`
    /// (`nil`: the same order). A view of a view is linked to the root with composed positions.
    /// - Parameters:
    ///   - differentiable: false for `detach()`: the elements are shared, the history not.
    ///   - multiOutput: one of several views returned together (`unbind`, `split`, `chunk`).
    ///   - outputNr: which of them.
    public func linkAsView(of base: Tensor, positions: [Int]?, differentiable: Bool = true, multiOutput: Bool = false, outputNr: Int = 0) {
        guard base !== self, base.dtype == dtype else { return }
        var root = base
        var composed = positions
        if let link = base.viewLink {
            root = link.root
            composed = Tensor.compose(link.positions, positions)
        }
        guard composed.map({ $0.count == count }) ?? (root.count == count) else { return }
        var gradBase: Tensor?
        var gradPositions: [Int]?
        var creation: ViewCreation = .normal
        if differentiable && dtype.isFloatingPoint {
            gradBase = base
            gradPositions = positions
            var inherited = ViewCreation.normal
            if let link = base.viewLink, let outer = link.gradBase {
                gradBase = outer
                gradPositions = Tensor.compose(link.gradPositions, positions)
                inherited = link.creation
            }
            creation = !GradMode.enabled ? .noGrad : multiOutput ? .multiOutput : inherited
        }
        let viewBase = differentiable ? (base.viewLink?.viewBase ?? base) : nil
        viewLink = ViewLink(root: root, positions: composed, gradBase: gradBase, gradPositions: gradPositions,
                            creation: creation, outputNr: outputNr, viewBase: viewBase)
        if root.views.count >= root.viewsCompactionSize {
            root.views.removeAll { $0.tensor == nil }
            root.viewsCompactionSize = max(8, 2 * root.views.count)
        }
        root.views.append(WeakView(tensor: self))
    }

    /// PyTorch's `_base`: the tensor this one is a view of (not itself a view); nil when this
    /// is not a view (`_is_view()`).
    public var viewBase: Tensor? { viewLink?.viewBase }

    /// Positions `inner` (into a view) read through `outer` (the view's positions in its root).
    static func compose(_ outer: [Int]?, _ inner: [Int]?) -> [Int]? {
        guard let outer else { return inner }
        return inner.map { $0.map { outer[$0] } } ?? outer
    }

    /// Whether the elements lie in the root's order without gaps (`is_contiguous()`).
    public var isContiguous: Bool {
        guard let p = viewLink?.positions, let first = p.first else { return true }
        for (i, v) in p.enumerated() where v != first + i { return false }
        return true
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
            guard root.dtype == dtype else { ownVersion = root.ownVersion; viewLink = nil; return }
            if let p = link.positions {
                // Elements of an expanded view share root elements: only the ones written
                // (those that differ from the root) go through, then all are re-read.
                let overlaps = link.overlapsItself
                if dtype == .float32 {
                    let before = overlaps ? root.floats : []
                    for (i, q) in p.enumerated() where !overlaps || before[q] != floats[i] { root.floats[q] = floats[i] }
                    if overlaps { for (i, q) in p.enumerated() { floats[i] = root.floats[q] } }
                } else {
                    let before = overlaps ? root.doubles : []
                    for (i, q) in p.enumerated() where !overlaps || before[q] != doubles[i] { root.doubles[q] = doubles[i] }
                    if overlaps { for (i, q) in p.enumerated() { doubles[i] = root.doubles[q] } }
                }
            } else {
                root.floats = floats
                root.doubles = doubles
            }
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
            guard v.dtype == dtype else { v.ownVersion = ownVersion; v.viewLink = nil; continue }
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
            v.transposeOf = nil
        }
    }

    /// Cuts this tensor from the tensors it shared elements with (`tensor.data = other`).
    func unlinkViews() {
        let shared = version
        if viewLink != nil { viewLink = nil; ownVersion = shared }
        for weak in views {
            guard let v = weak.tensor else { continue }
            v.viewLink = nil
            v.ownVersion = shared
        }
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
