/// One warning that `warnings.catch_warnings(record=True)` recorded instead of showing it
/// (CPython's `warnings.WarningMessage`): `message` (the warning instance), `category`,
/// `filename`, `lineno`, and `file`, `line`, `source` (None, as `warn` leaves them).
final class WarningMessageObject: PyObject {
    let message: Value
    let category: PyClass
    let filename: String
    let lineno: Int

    init(message: Value, category: PyClass, filename: String, lineno: Int) {
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
    }

    static let messageClass = PyClass("WarningMessage", module: "warnings")
    var pyClass: PyClass { WarningMessageObject.messageClass }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "message": return message
        case "category": return .type(category)
        case "filename": return .str(filename)
        case "lineno": return .int(lineno)
        case "file", "line", "source": return Value.none
        case "_category_name": return .str(category.name)
        default: return nil
        }
    }

    /// CPython's `WarningMessage.__str__`.
    func str(_ interp: Interpreter) throws -> String {
        "{message : \(try interp.repr(message)), category : \(PyFormat.reprString(category.name)), filename : \(PyFormat.reprString(filename)), lineno : \(lineno), line : None}"
    }
}
