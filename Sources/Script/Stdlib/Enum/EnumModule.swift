/// `enum`: its Python source (`EnumSource`) run as the module's body (see
/// `runModuleSource`), so that enums are ordinary script classes made by a script metaclass
/// (`EnumType`), with CPython's behaviour wherever a script can observe it.
enum EnumModule {
    static func install(in m: PyModule, _ interp: Interpreter) throws {
        try interp.runModuleSource(EnumSource.text, file: Interpreter.standardModuleFiles["enum"] ?? "enum.py", into: m)
    }
}
