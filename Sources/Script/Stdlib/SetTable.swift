/// The hash table of a Python set, as CPython 3.11's Objects/setobject.c lays it out: open
/// addressing with runs of 9 linear probes, then perturbed jumps; deleted entries stay as
/// dummies until a resize. Iteration walks the table in slot order, so with CPython's hashes
/// (`PyHash`) a set prints its items in the order CPython prints them.
struct SetTable {
    enum Slot {
        case empty
        case dummy
        case active(Value, hash: Int, key: HashKey)
    }

    static let minimumSize = 8
    static let linearProbes = 9
    static let perturbShift = 5

    private(set) var slots = [Slot](repeating: .empty, count: SetTable.minimumSize)
    /// Active plus dummy slots.
    private(set) var fill = 0
    /// Active slots.
    private(set) var used = 0
    /// Where `pop` starts looking.
    private var finger = 0

    var mask: Int { slots.count - 1 }

    /// The slot index holding `key`, or nil.
    func find(_ key: HashKey, hash: Int) -> Int? {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            var probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
            var j = i
            while true {
                switch slots[j] {
                case .empty: return nil
                case .active(_, let h, let k) where h == hash && k == key: return j
                default: break
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(SetTable.perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    func contains(_ key: HashKey, hash: Int) -> Bool { find(key, hash: hash) != nil }

    /// Adds an item unless an equal one is present (`set_add_entry`); true when added. The
    /// last dummy passed on the way is reused, as in CPython 3.11.
    @discardableResult
    mutating func add(_ value: Value, hash: Int, key: HashKey) -> Bool {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var target = -1
        var freeSlot: Int?
        search: while true {
            var probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
            var j = i
            while true {
                switch slots[j] {
                case .empty:
                    target = j
                    break search
                case .active(_, let h, let k) where h == hash && k == key:
                    return false
                case .dummy:
                    freeSlot = j
                default: break
                }
                if probes == 0 { break }
                probes -= 1
                j += 1
            }
            perturb >>= UInt(SetTable.perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
        if let free = freeSlot {
            slots[free] = .active(value, hash: hash, key: key)
            used += 1
            return true
        }
        slots[target] = .active(value, hash: hash, key: key)
        fill += 1
        used += 1
        if fill * 5 >= mask * 3 { resize(used > 50000 ? used * 2 : used * 4) }
        return true
    }

    /// Removes an equal item, leaving a dummy (`set_discard_entry`); false when absent.
    @discardableResult
    mutating func discard(_ key: HashKey, hash: Int) -> Bool {
        guard let i = find(key, hash: hash) else { return false }
        slots[i] = .dummy
        used -= 1
        return true
    }

    /// Rebuilds the table with room for `minimumUsed` items (`set_table_resize`).
    mutating func resize(_ minimumUsed: Int) {
        var size = SetTable.minimumSize
        while size <= minimumUsed { size <<= 1 }
        let old = slots
        slots = [Slot](repeating: .empty, count: size)
        fill = used
        for case let .active(v, h, k) in old { insertClean(v, hash: h, key: k) }
    }

    /// Places an item known to be absent into a table without dummies (`set_insert_clean`).
    private mutating func insertClean(_ value: Value, hash: Int, key: HashKey) {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while true {
            if case .empty = slots[i] { slots[i] = .active(value, hash: hash, key: key); return }
            if i + SetTable.linearProbes <= mask {
                for j in (i + 1)...(i + SetTable.linearProbes) {
                    if case .empty = slots[j] { slots[j] = .active(value, hash: hash, key: key); return }
                }
            }
            perturb >>= UInt(SetTable.perturbShift)
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    /// Copies `other` into this empty table (`set_merge`'s fast paths), else adds item by item.
    mutating func merge(_ other: SetTable) {
        if other.used == 0 { return }
        if (fill + other.used) * 5 >= mask * 3 { resize((used + other.used) * 2) }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            slots = other.slots
            fill = other.fill
            used = other.used
            return
        }
        if fill == 0 {
            fill = other.used
            used = other.used
            for case let .active(v, h, k) in other.slots { insertClean(v, hash: h, key: k) }
            return
        }
        for case let .active(v, h, k) in other.slots { add(v, hash: h, key: k) }
    }

    /// Presizes for `count` new items, as `set.update` does for a dict.
    mutating func reserve(adding count: Int) {
        if (fill + count) * 5 >= mask * 3 { resize((used + count) * 2) }
    }

    /// Removes and returns an arbitrary item, as `set.pop` chooses it.
    mutating func pop() -> Value? {
        guard used > 0 else { return nil }
        var i = finger & mask
        while true {
            if case .active(let v, _, _) = slots[i] {
                slots[i] = .dummy
                used -= 1
                finger = i + 1
                return v
            }
            i = i == mask ? 0 : i + 1
        }
    }

    mutating func removeAll() {
        self = SetTable()
    }

    /// Drops dummies when more than a quarter of the table is dummies (after a difference update).
    mutating func compactIfSparse() {
        if fill - used > mask / 4 { resize(used > 50000 ? used * 2 : used * 4) }
    }

    /// The items with their hashes and keys, in table order.
    var entries: [(value: Value, hash: Int, key: HashKey)] {
        var out: [(Value, Int, HashKey)] = []
        out.reserveCapacity(used)
        for case let .active(v, h, k) in slots { out.append((v, h, k)) }
        return out
    }
}
