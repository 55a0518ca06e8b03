/// Marks the names of a function's body that are its locals with their frame slots, once, when
/// the definition is built, so that reading or assigning them indexes the frame's slot array
/// instead of hashing the name.
///
/// It visits what runs in the function's own frame: the body, and of nested definitions only
/// what the enclosing frame evaluates (decorators, default values, class bases, a
/// comprehension's first iterable). Names elsewhere keep `slot == -1` and are looked up by
/// name, as are names evaluated in any frame other than the function's (the check at run time
/// compares `Expr.slotScope` with the frame's function), so a mark can only speed a lookup up.
struct SlotResolver: SyntaxWalk {
    let scope: LocalSlots

    /// The layout of a comprehension's own frame (its targets' names), with the names of its
    /// code that run in that frame marked: every clause but the first one's iterable.
    static func comprehensionSlots(_ elements: [Expr], _ clauses: [Comprehension]) -> LocalSlots {
        var collector = ScopeCollector()
        for c in clauses { collector.target(c.target) }
        let slots = LocalSlots(collector.assigned.sorted())
        var resolver = SlotResolver(scope: slots)
        for (i, c) in clauses.enumerated() {
            if i > 0 { resolver.walk(c.iterable) }
            resolver.walk(c.target)
            c.conditions.forEach { resolver.walk($0) }
        }
        elements.forEach { resolver.walk($0) }
        return slots
    }

    static var entersNestedScopes: Bool { false }

    /// Marks `e` with its slot when `name` is one of the scope's locals.
    mutating func name(_ e: Expr, _ name: String) {
        if let i = scope.index[name] {
            e.slot = i
            e.slotScope = ObjectIdentifier(scope)
        }
    }

    /// (`nonlocal` names, handler names and `:=` targets have no expression to mark.)
    mutating func declared(_ name: String) {}
}
