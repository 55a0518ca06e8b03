/// `enum`: Python source (`EnumSource`) run as the module's body, so that enums are
/// ordinary script classes made by a script metaclass (`EnumType`), with CPython's behaviour
/// wherever a script can observe it.
///
/// The source runs inside a function whose locals become the module's attributes (the
/// module's functions and methods reach each other through that function's frame). Its code
/// is library code: tracebacks leave its frames out, as they leave out torch's (CPython's
/// would show frames in `enum.py`, which the corpus does not compare).
enum EnumModule {
    static func install(in m: PyModule, _ interp: Interpreter) throws {
        let body = EnumSource.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
        let text = "def __enum_module__():\n" + body.joined(separator: "\n") + "\n    return locals()\n"
        let statements: [Stmt]
        do {
            statements = try Parser.parseModule(text)
        } catch {
            throw PyError("SystemError", "the enum module does not compile: \(error)")
        }
        guard let first = statements.first, case .functionDef(let def, _) = first.kind else {
            throw PyError("SystemError", "the enum module does not compile")
        }
        let code = CodeUnit(file: Interpreter.standardModuleFiles["enum"] ?? "enum.py", lineOffset: 0, source: "")
        code.isLibrary = true
        let maker = try interp.makeFunction(def, lambdaBody: nil, name: "__enum_module__", Context(frame: nil, code: code, name: "<module>"))
        guard case .dict(let names) = try interp.call(.function(maker), Arguments()) else {
            throw PyError("SystemError", "the enum module did not run")
        }
        for (k, v) in zip(names.keys, names.values) {
            guard case .str(let name) = k else { continue }
            m.attributes[name] = v
        }
    }
}
