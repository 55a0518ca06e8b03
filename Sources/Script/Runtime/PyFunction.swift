/// A function defined with `def` or `lambda`.
///
/// What the functions one definition makes in one place share (names, definition, code,
/// class) lives in a `FunctionTemplate`, made once: a closure made on every call of its
/// enclosing function (micrograd's `_backward` per node) holds only the template, its
/// enclosing frame and its place in the collector (56 bytes). What few functions have —
/// default values, attributes the script set, templates of nested functions — lives in a
/// `FunctionExtras` made on first need.
public final class PyFunction {
    /// The definition, names, code and class shared with the other functions made alike.
    let template: FunctionTemplate
    /// The frame of the enclosing function, for closures; nil at module level.
    let enclosing: Frame?
    /// Its place in the cycle collector's registry (see `GCTracked`).
    var gcLink = GCLink()
    // Only the function itself changes its extras (and the deinit and `PyDict.releaseNested`
    // empty them for a function nothing else references), so reads skip the runtime
    // exclusivity check.
    @exclusivity(unchecked) private var extras: FunctionExtras?

    /// Attributes the script set (`f.calls = 0`, and `__name__`, `__doc__`, `__wrapped__`…
    /// that `functools.wraps` copies): the function's `__dict__`, plus overrides of its
    /// `__name__`, `__qualname__`, `__doc__` and `__module__`. Tracebacks keep the code's name.
    var attributes: [(name: String, value: Value)] {
        get { extras?.attributes ?? [] }
        set {
            if newValue.isEmpty && extras == nil { return }
            madeExtras.attributes = newValue
            trackHoldingAttributes()
        }
        // In place (`f.calls += 1` copies nothing).
        _modify {
            let made = madeExtras
            yield &made.attributes
            trackHoldingAttributes()
        }
    }
    /// The templates of the functions this function's calls made (see `FunctionTemplate`).
    var nestedTemplates: [FunctionTemplate] {
        get { extras?.nestedTemplates ?? [] }
        set { madeExtras.nestedTemplates = newValue }
    }

    public var name: String { template.name }
    /// `outer.<locals>.inner` for nested functions, as CPython's error messages name them.
    public var qualname: String { template.qualname }
    var def: FunctionDef { @inline(__always) get { template.def } }
    /// The body of a lambda (a single expression), nil for `def`.
    var lambdaBody: Expr? { template.lambdaBody }
    /// The code block the function was defined in, for tracebacks.
    var code: CodeUnit { @inline(__always) get { template.code } }
    /// The class whose body defined the function (or the function it is nested in), for `super()`.
    var classCell: ClassCell? { template.classCell }
    /// Each positional parameter's default value (nil: none).
    var defaults: [Value?] { extras?.givenDefaults ?? template.def.absentDefaults }
    /// Each keyword-only parameter's default value (nil: none).
    var keywordDefaults: [Value?] { extras?.givenKeywordDefaults ?? template.def.absentKeywordDefaults }

    /// `defaults` nil when no parameter has a default.
    init(template: FunctionTemplate, defaults: [Value?]?, keywordDefaults: [Value?]?, enclosing: Frame?) {
        self.template = template
        self.enclosing = enclosing
        if defaults != nil || keywordDefaults != nil {
            extras = FunctionExtras(defaults: defaults, keywordDefaults: keywordDefaults)
        }
        // Tracked only when it holds a value that may lead back to it: a function with no
        // defaults and no enclosing frame (`lambda: None` made in every `__init__`) holds only
        // its template until an attribute is set, which tracks it (as CPython untracks what
        // cannot be in a cycle: an untracked holder is only ever an outside one).
        if let enclosing {
            enclosing.trackCaptured()
            GCRegistry.track(self)
        } else if extras != nil {
            GCRegistry.track(self)
        }
    }

    convenience init(name: String, qualname: String, def: FunctionDef, lambdaBody: Expr?, defaults: [Value?], keywordDefaults: [Value?], enclosing: Frame?, code: CodeUnit, classCell: ClassCell? = nil) {
        self.init(template: FunctionTemplate(name: name, qualname: qualname, def: def, lambdaBody: lambdaBody, code: code, classCell: classCell),
                  defaults: defaults, keywordDefaults: keywordDefaults, enclosing: enclosing)
    }

    /// Tracks the function once it holds attributes (see `init`).
    private func trackHoldingAttributes() {
        if gcLink.registry == nil, let extras, !extras.attributes.isEmpty { GCRegistry.track(self) }
    }

    /// The extras, made now if the function has none yet.
    private var madeExtras: FunctionExtras {
        if let extras { return extras }
        let made = FunctionExtras(defaults: nil, keywordDefaults: nil)
        extras = made
        return made
    }

    /// The default value of positional parameter `i`, nil when it has none.
    @inline(__always) func defaultValue(_ i: Int) -> Value? {
        guard let givenDefaults = extras?.givenDefaults else { return nil }
        return givenDefaults[i]
    }

    /// Frees defaults that are themselves functions holding defaults… in a loop
    /// (`f = lambda g=f: 0` a hundred thousand times), as containers are freed.
    deinit {
        GCRegistry.untrack(self)
        guard let extras, extras.givenDefaults != nil || extras.givenKeywordDefaults != nil else { return }
        var work: [Value] = []
        takeDefaults(into: &work)
        PyDict.releaseNested(&work)
    }

    /// Visits the default values the function holds (the collector's `traverse`).
    func visitDefaults(_ visitor: GCVisitor) {
        guard let extras else { return }
        if let d = extras.givenDefaults { visitor.visitElements(of: d) }
        if let d = extras.givenKeywordDefaults { visitor.visitElements(of: d) }
    }

    /// Visits the values of the attributes the script set (the collector's `traverse`; the
    /// extras are the function's own, never shared, so their arrays count as its own).
    func visitAttributes(_ visitor: GCVisitor) {
        guard let extras else { return }
        visitor.visitElements(of: extras.attributes)
    }

    /// Moves the default values to the end of `work`, leaving none (to free the function).
    func takeDefaults(into work: inout [Value]) {
        guard let extras else { return }
        for d in extras.givenDefaults ?? [] { if let d { work.append(d) } }
        for d in extras.givenKeywordDefaults ?? [] { if let d { work.append(d) } }
        extras.givenDefaults = nil
        extras.givenKeywordDefaults = nil
    }
}

/// What only some functions hold: default values, the script's attributes, the templates of
/// the functions their calls make. Owned by one `PyFunction` alone (never shared), so the
/// collector counts its contents as the function's.
final class FunctionExtras {
    /// Nil: no parameter has a default (the definition's shared arrays of nils stand for them).
    var givenDefaults: [Value?]?
    var givenKeywordDefaults: [Value?]?
    var attributes: [(name: String, value: Value)] = []
    var nestedTemplates: [FunctionTemplate] = []

    init(defaults: [Value?]?, keywordDefaults: [Value?]?) {
        givenDefaults = defaults
        givenKeywordDefaults = keywordDefaults
    }
}

/// What every function one definition makes in one place shares: its names, definition,
/// code unit and class. The templates of the functions a function's calls make are kept by
/// that function (`PyFunction.nestedTemplates`), so a closure made on every call reuses one.
/// (Not by the definition: syntax trees hold no runtime objects, which could hold them back.)
final class FunctionTemplate {
    let name: String
    let qualname: String
    let def: FunctionDef
    let lambdaBody: Expr?
    let code: CodeUnit
    let classCell: ClassCell?
    /// For a nested function's template: the name of the running code it was made in (the
    /// enclosing function's, or a comprehension's `<listcomp>`…), part of its qualname.
    let contextName: String?
    /// Whether the functions need the frame they are made in: whether it (or a frame
    /// enclosing it) owns a name their code mentions (`FunctionDef.enclosingNames`). A
    /// function that needs none keeps none alive (`lambda: None` made in an `__init__`).
    var capturesEnclosing = true

    init(name: String, qualname: String, def: FunctionDef, lambdaBody: Expr?, code: CodeUnit, classCell: ClassCell?,
         contextName: String? = nil) {
        self.name = name
        self.qualname = qualname
        self.def = def
        self.lambdaBody = lambdaBody
        self.code = code
        self.classCell = classCell
        self.contextName = contextName
    }
}
