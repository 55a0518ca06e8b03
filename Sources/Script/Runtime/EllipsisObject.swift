/// The `Ellipsis` singleton (`...`), used in tensor subscripts.
final class EllipsisObject: PyObject, @unchecked Sendable {
    static let shared = EllipsisObject()
    static let ellipsisClass: PyClass = {
        let c = PyClass("ellipsis")
        // `type(...)()` is the singleton; CPython's constructor takes nothing.
        c.construct = { _, args in
            guard args.positional.isEmpty, args.keywords.isEmpty else {
                throw PyError("TypeError", "EllipsisType takes no arguments")
            }
            return .object(EllipsisObject.shared)
        }
        return c
    }()
    var pyClass: PyClass { EllipsisObject.ellipsisClass }
    func repr(_ interp: Interpreter) throws -> String { "Ellipsis" }
}

/// A library object that behaves as a tuple for iteration, `len` and indexing
/// (`torch.Size`, `torch.return_types.max`).
protocol TupleBacked: PyObject {
    var tuple: Value { get }
}
