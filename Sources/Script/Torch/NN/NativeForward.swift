import Foundation
import Engine

/// Direct calls of the library modules' Swift `forward`.
///
/// `module(x)` normally goes `Module.__call__` → `self.forward` → the module's builtin →
/// argument binding. When the module is an instance of a library class whose `forward` and
/// `__call__` are still the library's (no class attribute changed since the check:
/// `PyClass.generation`) and the instance has no `forward` attribute of its own, that chain
/// ends in the class's Swift forward, which `ModuleObject.call` and `Sequential` then call
/// directly: a layer on one tensor, `Sequential` on any value, a loss on two tensors.
extension NNLibrary {
    typealias NativeForward = (Interpreter, ModuleObject, Tensor) throws -> Tensor
    /// A forward on any value (`Sequential`).
    typealias NativeValueForward = (Interpreter, ModuleObject, Value) throws -> Value
    /// A loss module's forward on `(input, target)`.
    typealias NativeLoss = (Interpreter, ModuleObject, Tensor, Tensor) throws -> Tensor

    /// The Swift body a library class's `forward` builtin runs.
    enum NativeBody {
        case tensor(NativeForward)
        case value(NativeValueForward)
        case loss(NativeLoss)
    }

    /// The library classes' forwards by class, with the builtin installed as their `forward`.
    final class NativeForwards: @unchecked Sendable {
        private let lock = NSLock()
        private var table: [ObjectIdentifier: (builtin: PyBuiltin, body: NativeBody)] = [:]

        func register(_ c: PyClass, _ builtin: PyBuiltin, _ body: NativeBody) {
            lock.lock()
            table[ObjectIdentifier(c)] = (builtin, body)
            lock.unlock()
        }

        func entry(_ c: PyClass) -> (builtin: PyBuiltin, body: NativeBody)? {
            lock.lock()
            defer { lock.unlock() }
            return table[ObjectIdentifier(c)]
        }
    }

    static let nativeForwards = NativeForwards()

    /// Registers the builtin installed as `c`'s `forward` as running `body`.
    static func registerNative(_ c: PyClass, _ body: NativeBody) {
        if case .builtin(let b)? = c.attributes["forward"] { nativeForwards.register(c, b, body) }
    }

    /// `Module.__call__`, shared by every module class.
    nonisolated(unsafe) static let moduleCall = PyBuiltin.method("__call__") { interp, receiver, args in
        try interp.callMethod(receiver, "forward", args)
    }

    /// The Swift forward `module(x)` would end in, or nil when anything could intervene.
    static func nativeBody(_ module: ModuleObject) -> NativeBody? {
        let generation = PyClass.generation
        let body: NativeBody?
        if let cached = module.nativeForwardCache, cached.generation == generation {
            body = cached.body
        } else {
            body = resolveNativeBody(module.cls)
            module.nativeForwardCache = (generation, body)
        }
        guard let body, module.dict.get("forward") == nil else { return nil }
        return body
    }

    /// `nativeBody` when it is a layer's forward on one tensor.
    static func nativeForward(_ module: ModuleObject) -> NativeForward? {
        if case .tensor(let f)? = nativeBody(module) { return f }
        return nil
    }

    private static func resolveNativeBody(_ c: PyClass) -> NativeBody? {
        guard !c.isUserDefined, let entry = nativeForwards.entry(c),
              case .builtin(let forward)? = c.lookup("forward"), forward === entry.builtin,
              case .builtin(let call)? = c.lookup("__call__"), call === moduleCall
        else { return nil }
        return entry.body
    }
}

extension ModuleObject: PyCallable {
    /// `module(...)`: the library class's Swift forward when `NNLibrary.nativeBody` finds one
    /// and the arguments are what it takes (positional, tensors for layers and losses),
    /// otherwise `type(module).__call__` as for any instance.
    func call(_ interp: Interpreter, _ args: Arguments) throws -> Value {
        if args.keywords.isEmpty, let body = NNLibrary.nativeBody(self) {
            let p = args.positional
            switch body {
            case .tensor(let f):
                if p.count == 1, case .object(let x as TensorObject) = p[0] { return TorchLibrary.wrap(try f(interp, self, x.tensor)) }
            case .value(let f):
                if p.count == 1 { return try f(interp, self, p[0]) }
            case .loss(let f):
                if p.count == 2, case .object(let x as TensorObject) = p[0], case .object(let y as TensorObject) = p[1] {
                    return TorchLibrary.wrap(try f(interp, self, x.tensor, y.tensor))
                }
            }
        }
        return try interp.instanceCall(self, args)
    }
}
