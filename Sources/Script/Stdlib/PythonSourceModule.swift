/// Runs the Python source of a standard module Descent writes in Python (`enum`, the
/// metaclass half of `abc`) as that module's body.
///
/// The source runs inside a function whose locals become the module's attributes (the
/// module's functions and methods reach each other through that function's frame); `locals`
/// are given to it as parameters (Swift helpers the source calls). Its code is library code:
/// tracebacks leave its frames out, as they leave out torch's (CPython's would show frames in
/// the module's `.py` file, which the corpus does not compare).
extension Interpreter {
    func runModuleSource(_ source: String, file: String, into m: PyModule, locals: [(String, Value)] = []) throws {
        let body = source.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
        let parameters = locals.map(\.0).joined(separator: ", ")
        let text = "def __module_body__(\(parameters)):\n" + body.joined(separator: "\n") + "\n    return locals()\n"
        let statements: [Stmt]
        do {
            statements = try Parser.parseModule(text)
        } catch {
            throw PyError("SystemError", "the \(m.name) module does not compile: \(error)")
        }
        guard let first = statements.first, case .functionDef(let def, _) = first.kind else {
            throw PyError("SystemError", "the \(m.name) module does not compile")
        }
        let code = CodeUnit(file: file, lineOffset: 0, source: "")
        code.isLibrary = true
        let maker = try makeFunction(def, lambdaBody: nil, name: "__module_body__", Context(frame: nil, code: code, name: "<module>"))
        guard case .dict(let names) = try call(.function(maker), Arguments(locals.map(\.1))) else {
            throw PyError("SystemError", "the \(m.name) module did not run")
        }
        let given = Set(locals.map(\.0))
        for (k, v) in zip(names.keys, names.values) {
            guard case .str(let name) = k, !given.contains(name) else { continue }
            m.attributes[name] = v
        }
    }
}
