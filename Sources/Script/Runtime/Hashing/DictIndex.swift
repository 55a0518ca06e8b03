/// The hash index of a `PyDict` past its linear size: which entry (by insertion position)
/// holds a key, by open addressing over a power-of-two table, as CPython's dict does.
///
/// Each entry keeps its `HashKey` and full hash beside the table, so a probe compares hashes
/// before keys (an instance's `__eq__` runs only for an equal hash, as in CPython), growing
/// re-places entries without hashing them again, and an instance keyed by identity (a graph
/// walk's `seen[v] = True`) hashes as its address instead of going through `Hasher`.
struct DictIndex {
    /// Entry position + 1 per table slot; 0: empty.
    private var slots: [Int32] = []
    /// Per entry, in insertion order: its hash and its key.
    private var hashes: [Int] = []
    private var keys: [HashKey] = []
    /// Bits of a hash that pick the first slot (`slots.count == 1 << bits`).
    private var bits = 0

    var count: Int { keys.count }

    /// The hash the index files `key` under: equal keys give equal hashes.
    @inline(__always) static func hash(_ key: HashKey) -> Int {
        switch key {
        case .identity(let o): return Int(bitPattern: UInt(bitPattern: o))
        case .int(let i): return i
        case .custom(let h, _): return h
        default: return key.hashValue
        }
    }

    /// The first slot to probe for `hash` (Fibonacci hashing: the product's top bits).
    @inline(__always) private func start(_ hash: Int) -> Int {
        Int(truncatingIfNeeded: (UInt(bitPattern: hash) &* 0x9E37_79B9_7F4A_7C15) >> UInt(64 - bits))
    }

    /// The position of the entry whose key is `key` (with `hash`), or nil.
    @inline(__always) func find(_ key: HashKey, _ hash: Int) -> Int? {
        if slots.isEmpty { return nil }
        // Plain subscripts, no buffer pointer: comparing `.custom` keys runs the script's
        // `__eq__`, which may change this very dict.
        let mask = slots.count - 1
        var i = start(hash)
        while true {
            guard i < slots.count else { return nil }
            let s = Int(slots[i])
            if s == 0 { return nil }
            let p = s - 1
            guard p < hashes.count else { return nil }
            if hashes[p] == hash && keys[p] == key { return p }
            i = (i + 1) & mask
        }
    }

    /// The position of the entry keyed by the identity `o` (see `HashKey.identity`), or nil:
    /// no script code runs, so the probe reads the tables through buffer pointers.
    @inline(__always) func find(identity o: ObjectIdentifier) -> Int? {
        if slots.isEmpty { return nil }
        let hash = Int(bitPattern: UInt(bitPattern: o))
        let first = start(hash)
        return slots.withUnsafeBufferPointer { table in
            hashes.withUnsafeBufferPointer { entryHashes in
                keys.withUnsafeBufferPointer { entryKeys in
                    let mask = table.count - 1
                    var i = first
                    while true {
                        let s = Int(table[i])
                        if s == 0 { return nil }
                        // Equal hashes of two identity keys are one address.
                        if entryHashes[s - 1] == hash, case .identity = entryKeys[s - 1] { return s - 1 }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    /// `claim` for a key by identity.
    @inline(__always) mutating func claim(identity o: ObjectIdentifier) -> Int {
        if let p = find(identity: o) { return p }
        append(.identity(o), Int(bitPattern: UInt(bitPattern: o)))
        return keys.count - 1
    }

    /// The position of `key`'s entry; when there is none, makes it the next one
    /// (`count`, which the caller then appends to its own keys and values).
    @inline(__always) mutating func claim(_ key: HashKey, _ hash: Int) -> Int {
        if let p = find(key, hash) { return p }
        append(key, hash)
        return keys.count - 1
    }

    /// Adds `key` as the next entry (the caller knows it is not there).
    mutating func append(_ key: HashKey, _ hash: Int) {
        if (keys.count + 1) * 3 > slots.count * 2 { grow() }
        hashes.append(hash)
        keys.append(key)
        place(keys.count - 1)
    }

    /// Puts entry `p` in the first empty slot of its probe sequence.
    @inline(__always) private mutating func place(_ p: Int) {
        let first = start(hashes[p])
        slots.withUnsafeMutableBufferPointer { table in
            let mask = table.count - 1
            var i = first
            while table[i] != 0 { i = (i + 1) & mask }
            table[i] = Int32(truncatingIfNeeded: p + 1)
        }
    }

    /// A table four times the entries (at least 16 slots), with every entry placed again.
    private mutating func grow() {
        var n = 16
        while n < (keys.count + 1) * 4 { n <<= 1 }
        rebuild(slotCount: n)
    }

    private mutating func rebuild(slotCount n: Int) {
        slots = Array(repeating: 0, count: n)
        bits = n.trailingZeroBitCount
        for p in keys.indices { place(p) }
    }

    /// Removes entry `p`; the later entries move down one position, as the dict's do.
    mutating func remove(at p: Int) {
        hashes.remove(at: p)
        keys.remove(at: p)
        rebuild(slotCount: slots.count)
    }

    /// Moves entry `p` to the end or the front, as the dict moves its key.
    mutating func move(_ p: Int, toEnd: Bool) {
        let h = hashes.remove(at: p), k = keys.remove(at: p)
        if toEnd {
            hashes.append(h)
            keys.append(k)
        } else {
            hashes.insert(h, at: 0)
            keys.insert(k, at: 0)
        }
        rebuild(slotCount: slots.count)
    }

    mutating func reserve(_ n: Int) {
        hashes.reserveCapacity(n)
        keys.reserveCapacity(n)
    }
}
