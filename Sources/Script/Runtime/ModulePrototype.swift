/// A family of library modules (`torch` with `torch.nn`, `torch.optim`…) built once per
/// process and copied into each interpreter that imports it.
///
/// Building `torch` makes hundreds of builtin functions; a fresh session that imports it
/// would pay for that on every run. A copy is cheap instead: each module of the family
/// becomes a new `PyModule` whose attribute table shares the prototype's storage (Swift's
/// copy-on-write), and only the attributes naming other modules of the family are pointed at
/// the copies. So a script that assigns `torch.foo = 1` changes its own session's module,
/// never the prototype or another session. What the attributes hold is shared: builtin
/// functions, dtypes and library classes, all immutable to scripts.
struct ModulePrototype: @unchecked Sendable {
    /// The modules by dotted name, as `Interpreter.modules` holds them.
    private let modules: [(name: String, module: PyModule)]
    /// Attributes that hold another module of the family: (module index, attribute, target index).
    private let links: [(owner: Int, attribute: String, target: Int)]

    /// Snapshots the modules `build` installs into a scratch interpreter.
    init(_ build: (Interpreter) -> Void) {
        let scratch = Interpreter()
        build(scratch)
        var modules: [(name: String, module: PyModule)] = []
        for (name, value) in scratch.modules.sorted(by: { $0.key < $1.key }) {
            if case .object(let m as PyModule) = value { modules.append((name, m)) }
        }
        var position: [ObjectIdentifier: Int] = [:]
        for (i, entry) in modules.enumerated() { position[ObjectIdentifier(entry.module)] = i }
        var links: [(owner: Int, attribute: String, target: Int)] = []
        for (i, entry) in modules.enumerated() {
            for (attribute, value) in entry.module.attributes.sorted(by: { $0.key < $1.key }) {
                if case .object(let m as PyModule) = value, let target = position[ObjectIdentifier(m)] {
                    links.append((i, attribute, target))
                }
            }
        }
        self.modules = modules
        self.links = links
    }

    /// Fresh copies of the family's modules, linked to one another, into `table`.
    func install(into table: inout [String: Value]) {
        let copies = modules.map { $0.module.copy() }
        for link in links {
            copies[link.owner].attributes[link.attribute] = .object(copies[link.target])
        }
        for (i, entry) in modules.enumerated() {
            table[entry.name] = .object(copies[i])
        }
    }
}
