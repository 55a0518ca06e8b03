/// Every name a piece of code mentions, its nested functions, classes and comprehensions
/// included: what a function made at run time may read from the frames enclosing it.
///
/// `Interpreter.makeFunction` gives a nested function its enclosing frame only when that
/// frame (or one enclosing it) owns one of these names (see `FunctionDef.enclosingNames`):
/// `lambda: None` made in every `__init__` then keeps no frame alive. A superset is safe (a
/// frame kept that is not needed); attribute names and keywords are not variables.
struct ReferencedNames: SyntaxWalk {
    var names: Set<String> = []

    static var entersNestedScopes: Bool { true }

    mutating func name(_ e: Expr, _ name: String) { names.insert(name) }

    mutating func declared(_ name: String) { names.insert(name) }
}
