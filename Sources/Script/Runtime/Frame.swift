/// A function call's local variables, shared by reference with the closures created in it.
///
/// The frames of functions and comprehensions keep their locals in `slots`, in the order of
/// their `layout` (nil: not bound yet); a class body's frame keeps its names in `locals`.
/// `get`/`set` take a name and work for both.
///
/// A frame is made on every call, so it is one allocation: the slots live in the frame
/// object's own tail memory (a `ManagedBuffer` whose header holds the rest). Make frames with
/// `Frame.call`, `Frame.comprehension` and `Frame.classBody`.
final class Frame: ManagedBuffer<FrameHeader, Value?> {
    /// The locals by slot; empty for a class body. (The frame's tail memory: valid while the
    /// frame is alive, which every reader keeps it.)
    var slots: UnsafeMutableBufferPointer<Value?> {
        @inline(__always) get {
            UnsafeMutableBufferPointer(start: withUnsafeMutablePointerToElements { $0 }, count: header.count)
        }
    }
    /// The function whose call this is; nil for comprehensions and class bodies.
    var scope: FunctionDef? { @inline(__always) get { header.scope } }
    /// The slot layout of a function's or comprehension's frame; nil for a class body.
    var layout: LocalSlots? {
        @inline(__always) get {
            if let scope = header.scope { return scope.slots }
            return header.layout
        }
    }
    /// `layout`'s identity, which syntax nodes' slot caches compare with.
    var layoutID: ObjectIdentifier? { @inline(__always) get { header.layoutID } }
    var enclosing: Frame? { @inline(__always) get { header.enclosing } }

    /// A class body's names; empty for other frames (which must not change them).
    var locals: [String: Value] {
        get { header.classBody?.locals ?? [:] }
        _modify { yield &header.classBody!.locals }
    }
    /// Names of a class body's own scope; nil for other frames.
    var classNames: Set<String>? { header.classBody?.names }
    /// For a class body: the class's cell, which its functions capture; nil for other frames.
    var classCell: ClassCell? {
        get { header.classBody?.cell }
        set { header.classBody?.cell = newValue }
    }
    /// For a class body: the class's qualname, which prefixes its functions' qualnames.
    var classQualname: String? {
        get { header.classBody?.qualname }
        set { header.classBody?.qualname = newValue }
    }
    /// For a class body: the names it declares `global`.
    var classGlobals: Set<String> {
        get { header.classBody?.globals ?? [] }
        set { header.classBody?.globals = newValue }
    }

    /// Whether the code of this frame declares `name` global (it then reads and binds the
    /// module's name, whatever the enclosing functions hold).
    @inline(__always) func declaresGlobal(_ name: String) -> Bool {
        if let s = header.scope { return !s.globals.isEmpty && s.globals.contains(name) }
        guard let body = header.classBody else { return false }
        return !body.globals.isEmpty && body.globals.contains(name)
    }

    /// Whether this is a class body's frame, whose names nested code never sees.
    @inline(__always) var isClassBody: Bool { header.classBody != nil }

    /// A function call's frame.
    @inline(__always)
    static func call(_ function: FunctionDef, enclosing: Frame?) -> Frame {
        make(FrameHeader(call: function, enclosing: enclosing))
    }

    /// A comprehension's or generator expression's frame.
    static func comprehension(_ layout: LocalSlots, enclosing: Frame?) -> Frame {
        make(FrameHeader(count: layout.count, scope: nil, layout: layout, enclosing: enclosing))
    }

    /// A class body's frame.
    static func classBody(_ names: Set<String>, enclosing: Frame?) -> Frame {
        var header = FrameHeader(count: 0, scope: nil, layout: nil, enclosing: enclosing)
        header.classBody = ClassBodyNamespace(names: names)
        return make(header)
    }

    /// A frame with `header.count` unbound slots.
    @inline(__always)
    private static func make(_ header: FrameHeader) -> Frame {
        let count = header.count
        let frame = unsafeDowncast(Frame.create(minimumCapacity: count) { _ in header }, to: Frame.self)
        if count > 0 { frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: count) } }
        return frame
    }

    /// Makes a spare frame (see `FramePool`) the frame of a call of `function` (with as many
    /// slots). A spare frame keeps the scope of its last call, so a call of the same function
    /// (the commonest) stores and retains nothing here; its `enclosing` is nil (`makeSpare`).
    @inline(__always)
    func reuse(for function: FunctionDef, enclosing: Frame?) {
        if header.scope !== function {
            header.scope = function
            header.layoutID = ObjectIdentifier(function.slots)
        }
        if let enclosing { header.enclosing = enclosing }
    }

    /// Makes the frame of a returned call (its slots unbound) a spare one: out of the
    /// collector's registry (a spare frame is nobody's container) and without its enclosing
    /// frame, which it must not keep alive. (Its scope, a syntax node, stays: see `reuse`.)
    @inline(__always)
    func makeSpare() {
        GCRegistry.untrack(self)
        if header.enclosing != nil { header.enclosing = nil }
    }

    /// Unbinds every slot (releasing the values), for the frame's reuse.
    func unbindAll() {
        let count = header.count
        guard count > 0 else { return }
        withUnsafeMutablePointerToElements { p in
            for i in 0..<count { p[i] = nil }
        }
    }

    deinit {
        GCRegistry.untrack(self)
        // Emptying each slot releases its value through the specialized code for `Value?`
        // (a generic deinitialize went through the runtime's generic destroy); the memory
        // then holds only `nil`s, which need no deinitialization. (The header is destroyed
        // by `ManagedBuffer`.)
        let count = header.count
        guard count > 0 else { return }
        withUnsafeMutablePointerToElements { p in
            for i in 0..<count { p[i] = nil }
        }
    }

    /// Whether `name` is local to this frame.
    @inline(__always) func owns(_ name: String) -> Bool {
        if let l = layout { return l.index[name] != nil }
        return classNames?.contains(name) ?? false
    }

    /// The value of local `name`, nil when unbound (or not a local of this frame).
    func get(_ name: String) -> Value? {
        if let l = layout {
            guard let i = l.index[name] else { return nil }
            return slots[i]
        }
        return locals[name]
    }

    /// Binds (or, with nil, unbinds) local `name`; a slot frame ignores non-locals.
    func set(_ name: String, _ value: Value?) {
        if let l = layout {
            if let i = l.index[name] { slots[i] = value }
            return
        }
        header.classBody?.locals[name] = value
    }
}

/// What a `Frame` holds besides its slots.
struct FrameHeader {
    /// How many slots the frame has.
    let count: Int
    /// (The pool changes `scope`, `layoutID` and `enclosing` of the frames it keeps, field by
    /// field: a whole new header would release and retain every field.)
    fileprivate(set) var scope: FunctionDef?
    /// A comprehension's slot layout; nil for a function's frame (its layout is its
    /// definition's `slots`, not retained again for every call) and a class body's.
    let layout: LocalSlots?
    fileprivate(set) var layoutID: ObjectIdentifier?
    fileprivate(set) var enclosing: Frame?
    /// For a spare frame in a `FramePool`: the next spare frame of its slot count.
    var nextSpare: Frame?
    /// A class body's namespace; nil for other frames.
    var classBody: ClassBodyNamespace?
    /// The frame's place in the cycle collector's registry: frames are tracked only once a
    /// closure captures them (`trackCaptured`); until then only the running call holds them.
    var gcLink = GCLink()

    init(count: Int, scope: FunctionDef?, layout: LocalSlots?, enclosing: Frame?) {
        self.count = count
        self.scope = scope
        self.layout = layout
        layoutID = layout.map(ObjectIdentifier.init)
        self.enclosing = enclosing
    }

    /// A function call's header: the layout is `function.slots`.
    @inline(__always)
    init(call function: FunctionDef, enclosing: Frame?) {
        count = function.slots.count
        scope = function
        layout = nil
        layoutID = ObjectIdentifier(function.slots)
        self.enclosing = enclosing
    }
}

/// A class body's namespace and what its frame needs to know of the class being made.
final class ClassBodyNamespace {
    /// The names bound so far.
    var locals = [String: Value]()
    /// Names of the class body's own scope.
    let names: Set<String>
    /// The class's cell, which its functions capture.
    var cell: ClassCell?
    /// The class's qualname, which prefixes its functions' qualnames.
    var qualname: String?
    /// The names the body declares `global`.
    var globals: Set<String> = []

    init(names: Set<String>) { self.names = names }
}
