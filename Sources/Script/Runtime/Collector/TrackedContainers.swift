/// The containers the cycle collector tracks, each with its `traverse` and `clear`.
///
/// Each `traverse` reports exactly the strong references the object holds: values in its own
/// memory with `visit`, values in the Swift arrays it holds with `visitElements` (the array's
/// buffer holds them, and may be shared: see `GCTracked`). `clear` breaks cycles:
/// it need not drop every reference (a frame keeps its enclosing frame, a function its
/// enclosing frame: frames form a tree, so no cycle runs through those alone).

extension PyList: GCTracked {
    static var gcKind: GCKind { .list }

    func traverse(_ visitor: GCVisitor) {
        visitor.visitElements(held: &items)
    }

    func clear(into work: inout [Value]) {
        work.append(contentsOf: items)
        items = []
    }
}

extension PyDict: GCTracked {
    static var gcKind: GCKind { .dict }

    /// Keys and values (the hash index holds keys' identities or hashes, not references,
    /// except instances with `__hash__`, whose index entry is an outside holder).
    func traverse(_ visitor: GCVisitor) {
        traverseEntries(visitor)
    }

    func clear(into work: inout [Value]) {
        takeEntries(into: &work)
    }
}

extension PyTuple: GCTracked {
    static var gcKind: GCKind { .tuple }

    var gcLink: GCLink {
        get { withUnsafeMutablePointerToHeader { $0.pointee.gcLink } }
        set { withUnsafeMutablePointerToHeader { $0.pointee.gcLink = newValue } }
    }

    func traverse(_ visitor: GCVisitor) {
        withUnsafeMutablePointers { header, items in
            for i in 0..<header.pointee.count { visitor.visit(items + i) }
        }
    }

    func clear(into work: inout [Value]) {
        takeItems(into: &work)
    }
}

extension PyFunction: GCTracked {
    static var gcKind: GCKind { .function }

    /// Defaults, the enclosing frame (a closure's cells) and the function's attributes. (Its
    /// class cell and code are untracked: they count as outside holders.)
    func traverse(_ visitor: GCVisitor) {
        visitDefaults(visitor)
        visitor.visit(enclosing)
        visitAttributes(visitor)
    }

    func clear(into work: inout [Value]) {
        takeDefaults(into: &work)
        for a in attributes { work.append(a.value) }
        attributes = []
    }
}

extension Frame: GCTracked {
    static var gcKind: GCKind { .frame }

    var gcLink: GCLink {
        get { header.gcLink }
        set { header.gcLink = newValue }
    }

    /// The local slots and the enclosing frame. (A class body's names are not visited: its
    /// namespace object counts as an outside holder.)
    func traverse(_ visitor: GCVisitor) {
        let count = header.count
        if count > 0 {
            withUnsafeMutablePointerToElements { p in
                for i in 0..<count { visitor.visit(p + i) }
            }
        }
        visitor.visit(enclosing)
    }

    func clear(into work: inout [Value]) {
        let count = header.count
        guard count > 0 else { return }
        withUnsafeMutablePointerToElements { p in
            for i in 0..<count {
                if let v = p[i] { work.append(v) }
                p[i] = nil
            }
        }
    }

    /// Tracks this frame, and the enclosing frames not tracked yet, once a closure captures
    /// it: from then on the closure may keep it alive in a cycle.
    func trackCaptured() {
        var frame: Frame? = self
        while let f = frame, f.gcLink.registry == nil {
            GCRegistry.track(f)
            if f.gcLink.registry == nil { return }
            frame = f.enclosing
        }
    }
}

extension PyInstance: GCTracked {
    static var gcKind: GCKind { .instance }
    func traverse(_ visitor: GCVisitor) { traverseOwnReferences(visitor) }
    func clear(into work: inout [Value]) { clearReferences(into: &work) }
}
