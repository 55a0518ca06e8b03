/// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
final class PyDictView: PyObject {
    enum Kind: String { case keys = "dict_keys", values = "dict_values", items = "dict_items" }
    let dict: PyDict
    let kind: Kind
    init(_ dict: PyDict, _ kind: Kind) {
        self.dict = dict
        self.kind = kind
    }
    /// `dict_keys`, or `odict_keys` for an `OrderedDict`'s view.
    var typeName: String { dict.flavor?.kind == .ordered ? "o" + kind.rawValue : kind.rawValue }
    var pyClass: PyClass { PyClass(typeName) }
    func items() -> [Value] {
        switch kind {
        case .keys: return dict.keys
        case .values: return dict.values
        case .items: return dict.pairs.map { .tuple(.pair($0.0, $0.1)) }
        }
    }
    func repr(_ interp: Interpreter) throws -> String {
        "\(typeName)(\(try interp.repr(.list(PyList(items())))))"
    }
}
