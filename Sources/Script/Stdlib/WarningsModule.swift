import Foundation

/// One entry of `warnings.filters`: what to do with the warnings it matches.
struct WarningFilter {
    /// `default`, `error`, `ignore`, `always`, `module` or `once`.
    var action: String
    /// Matched case-insensitively at the start of the warning's text; nil matches all.
    var message: NSRegularExpression?
    var messageSource: String?
    var category: PyClass
    /// Matched against the module the warning is attributed to (`__main__` for scripts).
    var module: NSRegularExpression?
    var moduleSource: String?
    /// 0 matches every line.
    var lineno: Int

    /// The default filters' module pattern, compiled once per process (every session starts
    /// with the defaults; an `NSRegularExpression` is immutable, so threads may share it).
    nonisolated(unsafe) private static let mainModule = try? NSRegularExpression(pattern: "__main__")

    /// CPython 3.11's default filters (a release build, no `-W` options), made once per
    /// process: every session starts with them (the filters are values; the classes and
    /// patterns they hold are immutable and shared).
    static var defaults: [WarningFilter] { sharedDefaults }

    nonisolated(unsafe) private static let sharedDefaults: [WarningFilter] = {
        func cls(_ name: String) -> PyClass { Interpreter.exceptionClasses[name]! }
        return [
            WarningFilter(action: "default", category: cls("DeprecationWarning"), module: mainModule,
                          moduleSource: "__main__", lineno: 0),
            WarningFilter(action: "ignore", category: cls("DeprecationWarning"), lineno: 0),
            WarningFilter(action: "ignore", category: cls("PendingDeprecationWarning"), lineno: 0),
            WarningFilter(action: "ignore", category: cls("ImportWarning"), lineno: 0),
            WarningFilter(action: "ignore", category: cls("ResourceWarning"), lineno: 0),
        ]
    }()

    init(action: String, message: NSRegularExpression? = nil, messageSource: String? = nil, category: PyClass,
         module: NSRegularExpression? = nil, moduleSource: String? = nil, lineno: Int) {
        self.action = action
        self.message = message
        self.messageSource = messageSource
        self.category = category
        self.module = module
        self.moduleSource = moduleSource
        self.lineno = lineno
    }

    func matches(text: String, category: PyClass, module: String, line: Int) -> Bool {
        func anchored(_ re: NSRegularExpression?, _ s: String) -> Bool {
            guard let re else { return true }
            return re.firstMatch(in: s, options: .anchored, range: NSRange(s.startIndex..., in: s)) != nil
        }
        return anchored(message, text) && category.isSubclass(of: self.category) && anchored(self.module, module)
            && (lineno == 0 || lineno == line)
    }
}

/// `warnings`: `warn`, the filters (`simplefilter`, `filterwarnings`, `resetwarnings`,
/// `filters`) and `catch_warnings`, as CPython 3.11's module; torch's warnings go through
/// the same filters (`Interpreter.warn`).
enum WarningsModule {
    static let actions = ["default", "error", "ignore", "always", "module", "once"]

    static func install(in m: PyModule) {
        m.def("warn") { interp, args in
            let a = try args.bind("warn", ["message", "category", "stacklevel", "source"], required: 1, builtin: true)
            var category = Interpreter.exceptionClasses["UserWarning"]!
            var instance: Value?
            let text: String
            if case .object(let e as PyExceptionObject) = a[0]!, e.pyClass.isSubclass(of: Interpreter.exceptionClasses["Warning"]!) {
                category = e.pyClass
                instance = a[0]
                text = try interp.str(a[0]!)
            } else {
                text = try interp.str(a[0]!)
                if let c = a[1], !c.isNone {
                    guard case .type(let cls) = c, cls.isSubclass(of: Interpreter.exceptionClasses["Warning"]!) else {
                        throw PyError("TypeError", "category must be a Warning subclass, not '\(c.typeName)'")
                    }
                    category = cls
                }
            }
            let level = try a[2].map { try interp.toInt($0, "warn") } ?? 1
            try interp.issueWarning(category, text, instance: instance, at: interp.warningSite(stacklevel: level))
            return .none
        }
        m.def("simplefilter") { interp, args in
            let a = try args.bind("simplefilter", ["action", "category", "lineno", "append"], required: 1)
            let filter = try makeFilter(interp, action: a[0]!, message: nil, category: a[1], module: nil, lineno: a[2])
            interp.addWarningFilter(filter, append: try a[3].map { try interp.truthy($0) } ?? false)
            return .none
        }
        m.def("filterwarnings") { interp, args in
            let a = try args.bind("filterwarnings", ["action", "message", "category", "module", "lineno", "append"], required: 1)
            let filter = try makeFilter(interp, action: a[0]!, message: a[1], category: a[2], module: a[3], lineno: a[4])
            interp.addWarningFilter(filter, append: try a[5].map { try interp.truthy($0) } ?? false)
            return .none
        }
        m.def("resetwarnings") { interp, args in
            _ = try args.positionalOnly("resetwarnings", 0...0)
            interp.warningFilters = []
            interp.warningFiltersMutated()
            return .none
        }
        m.dynamicAttributes["filters"] = { interp in
            .list(PyList(interp.warningFilters.map { f in
                .tuple(PyTuple.of([.str(f.action), f.messageSource.map { .str($0) } ?? .none, .type(f.category),
                                   f.moduleSource.map { .str($0) } ?? .none, .int(f.lineno)]))
            }))
        }
        let catchWarnings = PyClass("catch_warnings", module: "warnings")
        catchWarnings.construct = { interp, args in
            let a = try args.bind("catch_warnings", ["record", "module", "action", "category", "lineno", "append"])
            let record = try a[0].map { try interp.truthy($0) } ?? false
            var filter: WarningFilter?
            if let action = a[2], !action.isNone {
                filter = try makeFilter(interp, action: action, message: nil, category: a[3], module: nil, lineno: a[4])
            }
            return .object(CatchWarnings(cls: catchWarnings, filter: filter, record: record))
        }
        m.attributes["catch_warnings"] = .type(catchWarnings)
    }

    /// A filter from `simplefilter`/`filterwarnings` arguments, checked as CPython checks them.
    static func makeFilter(_ interp: Interpreter, action: Value, message: Value?, category: Value?, module: Value?, lineno: Value?) throws -> WarningFilter {
        guard case .str(let act) = action, actions.contains(act) else {
            throw PyError("AssertionError", "invalid action: \(try interp.repr(action))")
        }
        var cls = Interpreter.exceptionClasses["Warning"]!
        if let category, !category.isNone {
            guard case .type(let c) = category, c.isSubclass(of: Interpreter.exceptionClasses["Warning"]!) else {
                throw PyError("AssertionError", "category must be a class")
            }
            cls = c
        }
        var line = 0
        if let lineno {
            guard case .int(let n) = lineno, n >= 0 else { throw PyError("AssertionError", "lineno must be an int >= 0") }
            line = n
        }
        var messageRE: NSRegularExpression?
        var messageSource: String?
        if let message, !message.isNone {
            guard case .str(let s) = message else { throw PyError("AssertionError", "message must be a string") }
            if !s.isEmpty {
                messageRE = try regex(s, caseInsensitive: true)
                messageSource = s
            }
        }
        var moduleRE: NSRegularExpression?
        var moduleSource: String?
        if let module, !module.isNone {
            guard case .str(let s) = module else { throw PyError("AssertionError", "module must be a string") }
            if !s.isEmpty {
                moduleRE = try regex(s + "\\Z", caseInsensitive: false)
                moduleSource = s + "\\Z"
            }
        }
        return WarningFilter(action: act, message: messageRE, messageSource: messageSource, category: cls,
                             module: moduleRE, moduleSource: moduleSource, lineno: line)
    }

    static func regex(_ pattern: String, caseInsensitive: Bool) throws -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            throw PyError("ValueError", "bad regular expression '\(pattern)'")
        }
    }
}

/// `warnings.catch_warnings()`: restores the filters (and the "once" memory) on exit; with
/// `record=True`, `as w` is the list of `WarningMessage`s shown inside instead of printed.
final class CatchWarnings: PyObject {
    let cls: PyClass
    let filter: WarningFilter?
    /// Whether `__enter__` returns a list the warnings go to instead of standard error.
    let record: Bool
    private var saved: [([WarningFilter], PyList?)] = []
    init(cls: PyClass, filter: WarningFilter?, record: Bool) {
        self.cls = cls
        self.filter = filter
        self.record = record
    }
    var pyClass: PyClass { cls }
    func repr(_ interp: Interpreter) throws -> String { "catch_warnings()" }
    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "__enter__":
            return .builtin(PyBuiltin("__enter__") { interp, _ in
                self.saved.append((interp.warningFilters, interp.warningRecords))
                interp.warningFiltersMutated()
                if let f = self.filter { interp.addWarningFilter(f, append: false) }
                guard self.record else { return .none }
                let log = PyList([])
                interp.warningRecords = log
                return .list(log)
            })
        case "__exit__":
            return .builtin(PyBuiltin("__exit__") { interp, _ in
                if let (filters, records) = self.saved.popLast() {
                    interp.warningFilters = filters
                    interp.warningRecords = records
                    interp.warningFiltersMutated()
                }
                return .none
            })
        default: return nil
        }
    }
}

extension Interpreter {
    /// `warnings.filters.insert(0, f)` (or append), dropping an equal entry as CPython does.
    func addWarningFilter(_ f: WarningFilter, append: Bool) {
        warningFilters.removeAll {
            $0.action == f.action && $0.messageSource == f.messageSource && $0.category === f.category
                && $0.moduleSource == f.moduleSource && $0.lineno == f.lineno
        }
        if append { warningFilters.append(f) } else { warningFilters.insert(f, at: 0) }
        warningFiltersMutated()
    }

    /// Changing the filters forgets which warnings were shown, as CPython's registries do.
    func warningFiltersMutated() {
        warningRegistry = warningRegistry.filter { $0.hasPrefix(Interpreter.torchOnceKey) }
    }
}
