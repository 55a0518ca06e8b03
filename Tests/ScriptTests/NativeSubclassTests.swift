import Testing
@testable import Script

/// The hook that lets script classes derive from library classes written in Swift
/// (`torch.nn.Module`, `Dataset`): a stand-in library class exercises every part of it.
@Suite struct NativeSubclassTests {
    /// A library object that keeps integer attributes whose names start with `w` for itself,
    /// as `nn.Module` keeps parameters.
    final class RegistryObject: PyInstance {
        var registered: [(String, Value)] = []
        var initialized = false

        override func setNativeAttribute(_ name: String, _ value: Value, _ interp: Interpreter) throws -> Bool {
            guard name.hasPrefix("w"), case .int = value else { return false }
            if let i = registered.firstIndex(where: { $0.0 == name }) {
                registered[i].1 = value
            } else {
                registered.append((name, value))
            }
            return true
        }

        override func nativeAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
            registered.first { $0.0 == name }?.1
        }

        override func deleteNativeAttribute(_ name: String, _ interp: Interpreter) throws -> Bool {
            let before = registered.count
            registered.removeAll { $0.0 == name }
            return registered.count != before
        }

        override func nativeRepr(_ interp: Interpreter) throws -> String {
            "\(cls.name)(\(registered.map { "\($0.0)=\((try? interp.repr($0.1)) ?? "?")" }.joined(separator: ", ")))"
        }

        override func takeReferences(into work: inout [Value]) {
            work.append(contentsOf: registered.map(\.1))
            registered = []
            super.takeReferences(into: &work)
        }
    }

    static func registryClass() -> PyClass {
        let cls = PyClass("Registry", module: "lib")
        cls.instanceFactory = { cls, _, _ in RegistryObject(cls: cls) }
        cls.construct = { interp, args in try interp.instantiate(cls, args) }
        cls.attributes["__init__"] = .builtin(PyBuiltin.method("__init__") { _, receiver, _ in
            (receiver.instance as? RegistryObject)?.initialized = true
            return .none
        })
        cls.attributes["__call__"] = .builtin(PyBuiltin.method("__call__") { interp, receiver, args in
            try interp.callMethod(receiver, "forward", args)
        })
        cls.attributes["names"] = .builtin(PyBuiltin.method("names") { _, receiver, _ in
            let names = (receiver.instance as? RegistryObject)?.registered.map { Value.str($0.0) } ?? []
            return .list(PyList(names))
        })
        cls.attributes["initialized"] = .object(PyProperty(getter: .builtin(PyBuiltin("initialized") { _, args in
            .bool((args.positional.first?.instance as? RegistryObject)?.initialized ?? false)
        }), setter: nil, deleter: nil))
        return cls
    }

    func runWithRegistry(_ source: String) -> String {
        let session = ScriptSession(importTorch: false)
        session.interpreter.builtins["Registry"] = .type(Self.registryClass())
        let r = session.run(source: source, file: "test.py")
        return r.stdout + (r.error.map { "!" + $0.summary } ?? "")
    }

    @Test func scriptSubclassGetsTheLibraryInstanceAndItsOverridesAreFound() {
        let source = """
        class Net(Registry):
            def __init__(self, k):
                super().__init__()
                self.w1 = k
                self.name = "net"
            def forward(self, x):
                return x * self.w1
        n = Net(3)
        print(n(2), n.names(), n.name, vars(n), n.initialized, isinstance(n, Registry))
        n.w2 = 5
        n.w1 = 4
        print(n.names(), n.w1, n(1), n)
        del n.w2
        print(n.names(), hasattr(n, "w2"))
        class Plain(Registry):
            def forward(self, x):
                return -x
        p = Plain()
        print(p.initialized, p(7), type(p).__name__, [c.__name__ for c in type(p).__mro__])

        """
        #expect(runWithRegistry(source) == """
        6 ['w1'] net {'name': 'net'} True True
        ['w1', 'w2'] 4 4 Net(w1=4, w2=5)
        ['w1'] False
        True -7 Plain ['Plain', 'Registry', 'object']

        """)
    }

    @Test func forgettingSuperInitLeavesTheLibraryPartUninitialized() {
        let source = """
        class Net(Registry):
            def __init__(self):
                self.w = 1
        n = Net()
        print(n.initialized, n.names())
        n.missing
        """
        #expect(runWithRegistry(source) == "False ['w']\n!AttributeError: 'Net' object has no attribute 'missing'")
    }

    @Test func libraryClassesWithoutAFactoryRefuseSubclasses() {
        #expect(output("import math\nclass R(range):\n    pass\n") == "!TypeError: type 'range' is not an acceptable base type")
        #expect(output("class S(staticmethod):\n    pass\n") == "!TypeError: subclassing 'staticmethod' is not supported in the script language")
    }
}
