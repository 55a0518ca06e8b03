/// What `__slots__` make of a class's instances: how many slot values they carry (the class's
/// and its bases'), and whether they lack a `__dict__` (every script class of the hierarchy
/// declares `__slots__` without `'__dict__'`, and no base provides one).
struct SlotLayout {
    /// The number of slots of the class and its bases: `PyInstance.slotValues`' size.
    var count = 0
    /// Whether instances have no `__dict__`: assigning a name that is no slot raises.
    var noDict = false
    /// Whether instances cannot be weakly referenced (no `__weakref__` slot anywhere).
    var noWeakref = false
    /// Whether the class itself declares `__slots__` (its namespace then gets no `__dict__`
    /// or `__weakref__` descriptor unless the slots name them).
    var declared = false
}

/// A slot's descriptor in its class's namespace (CPython's `member_descriptor`): reads,
/// assigns and deletes the instance's value at `index`.
final class PySlotDescriptor: PyObject {
    let name: String
    let index: Int
    /// Unowned: the class holds its descriptors.
    unowned let owner: PyClass

    init(name: String, index: Int, owner: PyClass) {
        self.name = name
        self.index = index
        self.owner = owner
    }

    static let descriptorClass = PyClass("member_descriptor")
    var pyClass: PyClass { PySlotDescriptor.descriptorClass }

    func repr(_ interp: Interpreter) throws -> String { "<member '\(name)' of '\(owner.name)' objects>" }

    func getAttribute(_ attribute: String, _ interp: Interpreter) throws -> Value? {
        switch attribute {
        case "__name__": return .str(name)
        case "__qualname__": return .str("\(owner.qualname).\(name)")
        case "__objclass__": return .type(owner)
        default: return nil
        }
    }

    /// The instance's value; CPython's AttributeError when the slot is unset.
    func get(_ instance: PyInstance, _ interp: Interpreter) throws -> Value {
        if index < instance.slotValues.count, let v = instance.slotValues[index] { return v }
        throw interp.attributeError(.object(instance), name)
    }

    func set(_ instance: PyInstance, _ value: Value) {
        guard index < instance.slotValues.count else { return }
        instance.slotValues[index] = value
    }

    /// `del obj.slot`: an unset slot raises `AttributeError: name`, as CPython 3.11 words it.
    func delete(_ instance: PyInstance) throws {
        guard index < instance.slotValues.count, instance.slotValues[index] != nil else {
            throw PyError("AttributeError", name)
        }
        instance.slotValues[index] = nil
    }
}

extension Interpreter {
    /// Lays out the slots of the script class `cls` from its namespace's `__slots__` (a
    /// string or an iterable of strings) and its bases' layouts, adds a descriptor per slot
    /// to `attributes`, and returns the slots' names in the order the namespace lists them
    /// (sorted, private names mangled, as CPython's `type_new`).
    func layOutSlots(_ cls: PyClass, attributes: inout [String: Value]) throws -> [String] {
        var inherited = 0
        var layoutBase: PyClass?
        for b in cls.bases where b.slotLayout.count > 0 {
            if let chosen = layoutBase {
                if chosen.isSubclass(of: b) { continue }
                guard b.isSubclass(of: chosen) else { throw PyError("TypeError", "multiple bases have instance lay-out conflict") }
            }
            layoutBase = b
            inherited = b.slotLayout.count
        }
        let baseHasDict = cls.bases.contains { $0.instancesHaveDict }
        let baseHasWeakref = cls.bases.contains { $0.isUserDefined ? !$0.slotLayout.noWeakref : $0.instancesHaveWeakref }
        guard let declared = attributes["__slots__"] else {
            cls.slotLayout = SlotLayout(count: inherited)
            return []
        }
        var items: [Value]
        if case .str = declared { items = [declared] } else { items = try collect(declared) }
        var names: [String] = []
        var wantsDict = false, wantsWeakref = false
        for item in items {
            guard case .str(let raw) = item else {
                throw PyError("TypeError", "__slots__ items must be strings, not '\(item.typeName)'")
            }
            guard Interpreter.isIdentifier(raw) else { throw PyError("TypeError", "__slots__ must be identifiers") }
            if raw == "__dict__" {
                if wantsDict || baseHasDict { throw PyError("TypeError", "__dict__ slot disallowed: we already got one") }
                wantsDict = true
                continue
            }
            if raw == "__weakref__" {
                if wantsWeakref || baseHasWeakref { throw PyError("TypeError", "__weakref__ slot disallowed: either we already got one, or the base type does not support weakrefs") }
                wantsWeakref = true
                continue
            }
            let name = Interpreter.mangle(raw, inClass: cls.name)
            if names.contains(name) { throw PyError("TypeError", "duplicate slot name") }
            if attributes[name] != nil { throw PyError("ValueError", "'\(name)' in __slots__ conflicts with class variable") }
            names.append(name)
        }
        names.sort()
        for (i, name) in names.enumerated() {
            attributes[name] = .object(PySlotDescriptor(name: name, index: inherited + i, owner: cls))
        }
        cls.slotLayout = SlotLayout(count: inherited + names.count, noDict: !(baseHasDict || wantsDict),
                                    noWeakref: !(baseHasWeakref || wantsWeakref), declared: true)
        return names
    }

    /// Whether `s` is a Python identifier (`str.isidentifier()`).
    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
        return s.unicodeScalars.dropFirst().allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
    }

    /// `__x` written in class `C` is `_C__x` (a private name), as CPython mangles it.
    static func mangle(_ name: String, inClass cls: String) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
        let stripped = cls.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_\(stripped)\(name)"
    }
}
