import Foundation
import Engine

/// Direct calls of the library layers' `forward` from `Sequential`.
///
/// `child(x)` normally goes `Module.__call__` → `self.forward` → the layer's builtin →
/// argument binding. When the child is an instance of a library layer class whose
/// `forward` and `__call__` are still the library's (no class attribute changed since the
/// check: `PyClass.generation`) and the instance has no `forward` attribute of its own,
/// that chain ends in the layer's Swift forward, which `Sequential` then calls directly.
extension NNLibrary {
    typealias NativeForward = (Interpreter, ModuleObject, Tensor) throws -> Tensor

    /// The library layers' forwards by class, with the builtin installed as their `forward`.
    final class NativeForwards: @unchecked Sendable {
        private let lock = NSLock()
        private var table: [ObjectIdentifier: (builtin: PyBuiltin, body: NativeForward)] = [:]

        func register(_ c: PyClass, _ builtin: PyBuiltin, _ body: @escaping NativeForward) {
            lock.lock()
            table[ObjectIdentifier(c)] = (builtin, body)
            lock.unlock()
        }

        func entry(_ c: PyClass) -> (builtin: PyBuiltin, body: NativeForward)? {
            lock.lock()
            defer { lock.unlock() }
            return table[ObjectIdentifier(c)]
        }
    }

    static let nativeForwards = NativeForwards()

    /// `Module.__call__`, shared by every module class.
    nonisolated(unsafe) static let moduleCall = PyBuiltin.method("__call__") { interp, receiver, args in
        try interp.callMethod(receiver, "forward", args)
    }

    /// The Swift forward `module(x)` would end in, or nil when anything could intervene.
    static func nativeForward(_ module: ModuleObject) -> NativeForward? {
        let generation = PyClass.generation
        let body: NativeForward?
        if let cached = module.nativeForwardCache, cached.generation == generation {
            body = cached.body
        } else {
            body = resolveNativeForward(module.cls)
            module.nativeForwardCache = (generation, body)
        }
        guard let body, module.dict.get("forward") == nil else { return nil }
        return body
    }

    private static func resolveNativeForward(_ c: PyClass) -> NativeForward? {
        guard !c.isUserDefined, let entry = nativeForwards.entry(c),
              case .builtin(let forward)? = c.lookup("forward"), forward === entry.builtin,
              case .builtin(let call)? = c.lookup("__call__"), call === moduleCall
        else { return nil }
        return entry.body
    }
}
