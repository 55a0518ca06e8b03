#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Attributes a script sets on library classes that CPython defines in Python source
/// (`torch.nn.Linear.foo = 1`, `torch.Tensor.double_it = f`), kept per interpreter.
///
/// Library classes are built once and shared by every session of the process, so an
/// assignment cannot change the class itself: it lands in the running interpreter's patches,
/// which `PyClass.lookup` consults before each library class's own attributes. A session
/// copy starts with its original's patches and keeps its own changes; another session never
/// sees them. The running interpreter's patches are found through the thread (one script
/// runs per thread at a time; `Interpreter.withClassPatches` installs them for a run).
final class LibraryClassPatches {
    /// The patched attributes by class (the class held, so its identifier stays unique).
    private var classes: [ObjectIdentifier: (cls: PyClass, attributes: [String: Value])] = [:]

    init() {}

    /// A copy with the same patches; later changes to either stay with it.
    func copy() -> LibraryClassPatches {
        let c = LibraryClassPatches()
        c.classes = classes
        return c
    }

    /// Whether no class is patched.
    var isEmpty: Bool { classes.isEmpty }

    /// The attribute `name` this interpreter set on `cls`, or nil.
    @inline(__always) func attribute(_ name: String, of cls: PyClass) -> Value? {
        classes[ObjectIdentifier(cls)]?.attributes[name]
    }

    /// The patched attributes of `cls`, for its `__dict__`.
    func attributes(of cls: PyClass) -> [String: Value] {
        classes[ObjectIdentifier(cls)]?.attributes ?? [:]
    }

    /// `cls.name = value`.
    func set(_ name: String, _ value: Value, on cls: PyClass) {
        classes[ObjectIdentifier(cls), default: (cls, [:])].attributes[name] = value
        Self.anyPatched = true
        PyClass.invalidateLookups()
    }

    /// `del cls.name` of a patched attribute; false when `name` was not patched.
    func remove(_ name: String, from cls: PyClass) -> Bool {
        guard classes[ObjectIdentifier(cls)]?.attributes.removeValue(forKey: name) != nil else { return false }
        PyClass.invalidateLookups()
        return true
    }

    /// Whether any interpreter of the process ever patched a class: until one does, lookups
    /// skip the thread's patches altogether.
    nonisolated(unsafe) private(set) static var anyPatched = false

    /// The patches lookups on this thread consult, when there are any.
    static var active: LibraryClassPatches? {
        guard anyPatched, let pointer = pthread_getspecific(key) else { return nil }
        let patches = Unmanaged<LibraryClassPatches>.fromOpaque(pointer).takeUnretainedValue()
        return patches.isEmpty ? nil : patches
    }

    /// The thread's patches: `patches` installed (retained) in place of the previous ones,
    /// which are returned (released to the caller).
    static func exchange(_ patches: LibraryClassPatches?) -> LibraryClassPatches? {
        let previous = pthread_getspecific(key).map { Unmanaged<LibraryClassPatches>.fromOpaque($0).takeRetainedValue() }
        pthread_setspecific(key, patches.map { Unmanaged.passRetained($0).toOpaque() })
        // Lookup caches of script classes may hold what another interpreter's patches gave.
        if previous !== patches, !(previous?.isEmpty ?? true) || !(patches?.isEmpty ?? true) { PyClass.invalidateLookups() }
        return previous
    }

    nonisolated(unsafe) private static var key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<LibraryClassPatches>.fromOpaque(pointer).release() }
        }
        return key
    }()
}

extension Interpreter {
    /// Runs `body` with this interpreter's class patches as the thread's (see
    /// `LibraryClassPatches`), then puts back what was there.
    func withClassPatches<T>(_ body: () throws -> T) rethrows -> T {
        let previous = LibraryClassPatches.exchange(classPatches)
        defer { _ = LibraryClassPatches.exchange(previous) }
        return try body()
    }
}

extension PyClass {
    /// Whether CPython defines the class in Python source, so a script may set its
    /// attributes (`torch.nn.Linear.foo = 1`); built-in and C types (`int`, `torch.Size`,
    /// `torch.dtype`, `collections.OrderedDict`) refuse with CPython's `TypeError`.
    var isDefinedInPython: Bool {
        if isUserDefined { return true }
        switch module {
        case "torch": return name == "Tensor"
        case "collections": return name == "Counter"
        case "random", "statistics", "warnings", "typing": return true
        default:
            return ["torch.nn.", "torch.optim", "torch.utils.", "torch.autograd.", "matplotlib."].contains { module.hasPrefix($0) }
        }
    }
}
