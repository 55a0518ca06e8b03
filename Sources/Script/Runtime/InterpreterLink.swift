/// A reference to an interpreter that does not keep it alive and reads nil once it is gone,
/// for the objects that may outlive it (generators, classes).
///
/// Not a Swift `weak` reference: a weak reference to the interpreter gives it a side table,
/// after which every retain and release of it (several per generator-expression item and
/// per call) takes the runtime's slow path. The interpreter clears its link as it is freed.
final class InterpreterLink {
    unowned(unsafe) var interpreter: Interpreter?

    init(_ interpreter: Interpreter) {
        self.interpreter = interpreter
    }
}
