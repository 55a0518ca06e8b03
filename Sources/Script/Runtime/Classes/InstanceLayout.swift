import Foundation

/// The attribute names a script class's instances share (CPython's split-table dict keys):
/// `__init__` sets the same names in the same order on every instance, so each instance keeps
/// only its values, by position, and the names live here once per class.
///
/// An instance whose attributes are the first `n` names holds `n` values (see
/// `PyInstance.splitValues`). The names only ever grow at the end, so a position found once
/// names the same attribute for good: an attribute expression remembers `(serial, position)`
/// and reads the value without comparing or hashing the name. An instance whose attributes
/// leave that order (set in another order than the first instance's, deleted, or its
/// `__dict__` asked for) turns its values into a real `PyDict` and uses that from then on.
final class InstanceLayout {
    /// The shared names, in the order instances set them.
    private(set) var names: [String] = []
    /// Each name's position in `names`.
    private(set) var positions: [String: Int] = [:]
    /// Identifies this layout in attribute expressions' caches (never reused, unlike an address).
    let serial: Int

    /// The most names a layout shares; an instance that sets more keeps a dict.
    static let maxNames = 30

    init() {
        InstanceLayout.serialLock.lock()
        InstanceLayout.lastSerial += 1
        serial = InstanceLayout.lastSerial
        InstanceLayout.serialLock.unlock()
    }

    nonisolated(unsafe) private static var lastSerial = 0
    private static let serialLock = NSLock()

    /// The position of `name`, nil when no instance set it yet.
    @inline(__always) func position(_ name: String) -> Int? { positions[name] }

    /// Adds `name` after the others; its position, or nil when the layout is full.
    func append(_ name: String) -> Int? {
        // `obj.__dict__ = d` replaces the dict rather than storing an attribute.
        guard names.count < InstanceLayout.maxNames, name != "__dict__" else { return nil }
        positions[name] = names.count
        names.append(name)
        return names.count - 1
    }
}
