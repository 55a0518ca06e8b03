import Foundation

/// A class: a built-in type, an exception class, a library class (`torch.optim.SGD`) or a
/// class the script defines with `class`.
///
/// Every class has CPython's method resolution order (`mro`, computed once with C3 from the
/// bases); attribute lookup on classes and on their instances walks it.
///
/// ## Classes a script may subclass (the native hook)
///
/// A library class written in Swift lets script classes derive from it by setting
/// `instanceFactory`. When a script class is called, the interpreter takes the first class
/// in the new class's MRO that has a factory and asks it for the instance: the factory
/// returns a `PyInstance` subclass of its own (`final class ModuleObject: PyInstance`), whose
/// `cls` is the script class being instantiated. The interpreter then calls `__init__` found
/// through the MRO, so a script's `super().__init__()` reaches the library class's own
/// `__init__`, stored in `attributes` as a method (see `PyBuiltin.method`).
///
/// The Swift instance then takes part in every lookup (see `PyInstance`):
/// - `self.x = v` asks `PyInstance.setNativeAttribute` first (a module registers parameters
///   and submodules there) and stores into the instance's `__dict__` only when it declines;
/// - `obj.x` reads the class attributes (the script's overrides first, then the library
///   class's methods), then the instance's `__dict__`, then `PyInstance.nativeAttribute`
///   (registered parameters and submodules);
/// - Swift code finds the script's overrides with `PyInstance.method(_:)` or calls them with
///   `Interpreter.callMethod(_:_:_:)` (`forward`, `__getitem__`, `__len__`); the interpreter's
///   own `len()`, `obj[i]`, iteration, operators, `repr` and calls already dispatch to them.
public final class PyClass: @unchecked Sendable {
    public let name: String
    /// The module that defines it (`builtins`, `torch.optim.sgd`, `__main__`).
    public let module: String
    /// The direct bases, in the order written.
    public let bases: [PyClass]
    /// The first base (the only one for built-in and library classes).
    public var base: PyClass? { bases.first }
    /// The class, then its bases in CPython's C3 order, ending with `object`.
    public var mro: [PyClass] { [self] + ancestors }
    /// The MRO without the class itself. Holding the class in its own MRO would be a
    /// reference cycle: no class would ever be freed, and every interpreter (one per lesson
    /// session, one per `{descent}` option) installs its library's classes anew.
    private var ancestors: [PyClass] = []
    /// A library class's `__instancecheck__`: whether `isinstance(value, cls)` holds for a value
    /// that is not an instance of it by class (torch's `isinstance(t, torch.IntTensor)`).
    public var instanceCheck: ((Value) -> Bool)?
    /// A library class's `__subclasscheck__`: whether `issubclass(c, cls)` holds for a class
    /// that does not derive from it (`issubclass(list, collections.abc.Iterable)`).
    public var subclassCheck: ((PyClass) -> Bool)?
    /// Creates an instance; nil for classes that cannot be called.
    public var construct: ((Interpreter, Arguments) throws -> Value)? {
        didSet { makesPlainInstances = false }
    }
    /// Whether calling the class makes a plain `PyInstance` and runs `__init__` on it, as a
    /// `class` statement's `construct` does (no library base with an `instanceFactory`), so a
    /// call site may do that itself without building an `Arguments` array.
    var makesPlainInstances = false
    /// Class attributes (`__name__` is provided separately): methods, class variables,
    /// properties. A library class stores its overridable methods here.
    public var attributes: [String: Value] = [:] {
        didSet { PyClass.nextGeneration() }
    }
    /// A script class's namespace order (see `PyMappingProxy`): its body's names, then the
    /// entries the class statement adds, then names set on the class later.
    var attributeOrder: [String] = []
    /// The `__dict__` and `__weakref__` descriptors its namespace shows, made on first view.
    var namespaceDescriptors: [String: Value] = [:]
    /// Makes the instance of a script class deriving from this library class (see above).
    /// Receives the class being instantiated and the constructor's arguments.
    public var instanceFactory: ((PyClass, Interpreter, Arguments) throws -> PyInstance)?
    /// Whether the script defined the class with a `class` statement.
    public let isUserDefined: Bool
    /// What the class's `__slots__` (and its bases') make of its instances (see `SlotLayout`).
    var slotLayout = SlotLayout()
    /// The interpreter that ran the `class` statement (its instances' `__hash__` and `__eq__`
    /// run there when they are dict keys).
    var interpreter: Interpreter? {
        get { link?.interpreter }
        set { link = newValue?.link }
    }
    private var link: InterpreterLink?
    /// `Outer.Inner` for nested classes, as repr and error messages name them.
    public var qualname: String
    /// The class's metaclass when it is not `type`: a script class deriving from `type`
    /// (`class Meta(type)`, `metaclass=Meta`), which `type(C)` gives and whose methods the
    /// class's own lookups, calls and special methods fall back to (see `Metaclasses`).
    var metaclass: PyClass?

    /// Changes whenever any class's attributes change, invalidating every lookup cache.
    /// Only ever grows (classes change on every thread that runs scripts, so the increment
    /// takes a lock): a cache can never see an old generation again.
    nonisolated(unsafe) private(set) static var generation = 0
    private static let generationLock = NSLock()

    /// Makes every lookup cache forget what it holds (a class's attributes changed, or the
    /// patches lookups consult; see `LibraryClassPatches`).
    static func invalidateLookups() { nextGeneration() }

    private static func nextGeneration() {
        generationLock.lock()
        generation += 1
        generationLock.unlock()
    }
    private var cache: [String: Value?] = [:]
    private var cacheGeneration = -1
    /// Special methods looked up so far (nil: not yet), for `generation` `specialsGeneration`.
    private var specials: [Value??] = []
    private var specialsGeneration = -1
    private var identityHash = false
    private var identityHashGeneration = -1
    private var plainInit: PyFunction?
    private var plainInitGeneration = -1
    /// The attribute hooks the MRO defines, for `hooksGeneration` (see `scriptAttributeHooks`).
    var hooks = AttributeHooks()
    var hooksGeneration = -1
    /// The attribute names a script class's plain instances share (see `InstanceLayout`).
    lazy var instanceLayout = InstanceLayout()

    /// Whether the MRO defines neither `__hash__` nor `__eq__` (instances then hash by
    /// identity), remembered until any class changes.
    var hashesByIdentity: Bool {
        if identityHashGeneration != PyClass.generation {
            identityHash = lookup(SpecialMethod.hash) == nil && lookup(SpecialMethod.eq) == nil
            identityHashGeneration = PyClass.generation
        }
        return identityHash
    }

    /// The script function `__init__` resolves to when `__new__` is `object`'s (a call then
    /// makes a plain instance and runs it; see `Interpreter.instantiate(_:positional:_:)`),
    /// else nil; a script class remembers it until any class changes.
    var plainInitializer: PyFunction? {
        guard isUserDefined else { return resolvePlainInitializer() }
        if plainInitGeneration != PyClass.generation {
            plainInit = resolvePlainInitializer()
            plainInitGeneration = PyClass.generation
        }
        return plainInit
    }

    private func resolvePlainInitializer() -> PyFunction? {
        guard case .function(let f)? = lookup(SpecialMethod.`init`),
              lookup(SpecialMethod.new).map(Interpreter.isObjectNew) ?? true else { return nil }
        return f
    }

    public init(_ name: String, module: String = "builtins", base: PyClass? = nil, construct: ((Interpreter, Arguments) throws -> Value)? = nil) {
        self.name = name
        self.qualname = name
        self.module = module
        self.bases = base.map { [$0] } ?? []
        self.construct = construct
        self.isUserDefined = false
        self.ancestors = base?.mro ?? []
        if name != "object" || module != "builtins" {
            let object = CoreClasses.object
            if !ancestors.contains(where: { $0 === object }) { ancestors.append(object) }
        }
    }

    /// A script class; throws CPython's TypeError when the bases admit no consistent order.
    init(scriptClass name: String, qualname: String, module: String, bases: [PyClass]) throws {
        self.name = name
        self.qualname = qualname
        self.module = module
        self.bases = bases
        self.isUserDefined = true
        // With one base, C3 gives that base's MRO: no merge (a chain of subclasses made one
        // per level, as a recursive `__init_subclass__` does, stays linear per class).
        self.ancestors = bases.count == 1 ? bases[0].mro : try PyClass.c3Merge(bases.map(\.mro) + [bases])
    }

    /// C3 linearization: repeatedly take the first head that is in no other list's tail.
    private static func c3Merge(_ lists: [[PyClass]]) throws -> [PyClass] {
        var seqs = lists.filter { !$0.isEmpty }
        var out: [PyClass] = []
        while !seqs.isEmpty {
            var chosen: PyClass?
            for s in seqs {
                let head = s[0]
                if !seqs.contains(where: { $0.dropFirst().contains { $0 === head } }) { chosen = head; break }
            }
            guard let next = chosen else {
                var seen: [PyClass] = []
                for s in seqs where !seen.contains(where: { $0 === s[0] }) { seen.append(s[0]) }
                throw PyError("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases \(seen.map(\.name).joined(separator: ", "))")
            }
            out.append(next)
            seqs = seqs.map { $0.first === next ? Array($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
        }
        return out
    }

    /// `module.Name`, or just `Name` for built-ins.
    public var qualifiedName: String { module == "builtins" ? qualname : "\(module).\(qualname)" }

    /// Whether this class is `other` or derives from it.
    public func isSubclass(of other: PyClass) -> Bool {
        if self === other { return true }
        for k in ancestors where k === other { return true }
        return false
    }

    /// The attribute `name` as the MRO resolves it (unbound), or nil.
    public func lookup(_ name: String) -> Value? {
        // Library classes are shared by every interpreter (threads), so only script classes cache.
        guard isUserDefined else {
            if let patches = LibraryClassPatches.active { return lookup(name, patches: patches) }
            if let v = attributes[name] { return v }
            for k in ancestors { if let v = k.attributes[name] { return v } }
            return nil
        }
        if cacheGeneration != PyClass.generation {
            cache.removeAll(keepingCapacity: true)
            cacheGeneration = PyClass.generation
        }
        if let hit = cache[name] { return hit }
        var found = attributes[name]
        if found == nil {
            if let patches = LibraryClassPatches.active {
                found = lookup(name, patches: patches)
            } else {
                for k in ancestors {
                    if let v = k.attributes[name] { found = v; break }
                }
            }
        }
        cache[name] = .some(found)
        return found
    }

    /// The special method `m` as the MRO resolves it, or nil (see `SpecialMethod`).
    func lookup(_ m: SpecialMethod) -> Value? {
        guard isUserDefined else { return lookup(m.name) }
        if specialsGeneration != PyClass.generation {
            specials = Array(repeating: nil, count: SpecialMethod.allCases.count)
            specialsGeneration = PyClass.generation
        }
        if let known = specials[m.rawValue] { return known }
        let found = lookup(m.name)
        specials[m.rawValue] = .some(found)
        return found
    }

    /// The class after `start` in this class's MRO that defines `name`, for `super()`.
    func lookup(_ name: String, after start: PyClass) -> Value? {
        let rest: ArraySlice<PyClass>
        if start === self {
            rest = ancestors[...]
        } else {
            guard let i = ancestors.firstIndex(where: { $0 === start }) else { return nil }
            rest = ancestors[(i + 1)...]
        }
        let patches = LibraryClassPatches.active
        for k in rest {
            if let v = patches?.attribute(name, of: k) ?? k.attributes[name] { return v }
        }
        return nil
    }

    /// `lookup(_:)` through the MRO where a script patched library classes: each class's
    /// patched attributes before its own.
    private func lookup(_ name: String, patches: LibraryClassPatches) -> Value? {
        if let v = patches.attribute(name, of: self) ?? attributes[name] { return v }
        for k in ancestors {
            if let v = patches.attribute(name, of: k) ?? k.attributes[name] { return v }
        }
        return nil
    }

    /// The library class whose `instanceFactory` makes this class's instances, if any.
    var nativeFactory: ((PyClass, Interpreter, Arguments) throws -> PyInstance)? {
        if let f = instanceFactory { return f }
        for k in ancestors { if let f = k.instanceFactory { return f } }
        return nil
    }
}
