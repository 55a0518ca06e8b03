/// A generator: the suspended run of a `def` whose body contains `yield`.
///
/// Generators run on the interpreter's own thread and stack, without threads of their own:
/// a `yield` unwinds the Swift stack of the generator's body (a `yield` statement by
/// returning with `suspending` set, one inside an expression by throwing `GeneratorYield`),
/// and every statement it leaves records where it was (`GeneratorCursor`); the next `next()`
/// re-enters the body and each statement resumes from its cursor. Only statements that
/// contain a `yield` take part (the parser marks them), so the rest of the body runs at
/// normal speed, and the step budget, time limit and recursion depth apply as to any call.
final class PyGenerator: PyObject {
    enum State { case created, suspended, running, finished }

    let function: PyFunction
    let frame: Frame
    var state: State = .created
    /// Where the body stopped, innermost statement first: recorded as a `yield` unwinds the
    /// body, consumed from the end (outermost first) as the body resumes. The array is
    /// emptied, keeping its storage, as the next `yield` starts recording.
    var cursors: [GeneratorCursor] = []
    /// How many cursors are left to consume while resuming (the next is `cursors[replayIndex - 1]`).
    var replayIndex = 0
    /// Whether the body is unwinding from a `yield` statement by returning (see
    /// `Interpreter.yieldStatement`):
    /// each statement it leaves records its cursor and returns at once.
    var suspending = false
    /// The value the `yield` statement that is unwinding the body yields.
    var yielded: Value = .none
    /// The value `send()` passes in: what the paused `yield` evaluates to.
    var sent: Value = .none
    /// What the body returned (StopIteration's value), until read.
    var returnValue: Value?

    /// The interpreter running the generator, which closes it when it is dropped (nil once
    /// the interpreter is gone).
    var interpreter: Interpreter? { link?.interpreter }
    private let link: InterpreterLink?

    /// The order generators were made in (CPython's collector finalizes in that order).
    let serial: Int
    /// Whether the interpreter's `suspendedWithCleanup` lists this generator.
    var registered = false
    /// Whether it was closed as dropped once already (CPython finalizes an object once).
    var finalized = false
    /// The line (and code unit) running when the generator was made, so that a drop on that
    /// same line can be shown under the call that consumed it (`Interpreter.closeDropped`).
    let madeOnLine: Int
    // Held strongly: a weak reference would give the code unit a side table, so that every
    // retain and release of it (one per comprehension and builtin call) took the slow path.
    let madeInCode: CodeUnit?

    init(function: PyFunction, frame: Frame, interpreter: Interpreter? = nil) {
        self.function = function
        self.frame = frame
        link = interpreter?.link
        if let interpreter {
            interpreter.generatorsMade &+= 1
            serial = interpreter.generatorsMade
            madeOnLine = interpreter.currentLine
            madeInCode = interpreter.currentCode
        } else {
            serial = 0
            madeOnLine = 0
            madeInCode = nil
        }
    }

    /// A generator dropped while suspended inside `try` or `with` is closed, as CPython closes
    /// it when its last reference goes: its `finally` blocks, handlers and `__exit__` methods
    /// run then, and an error they raise is reported on standard error as CPython's
    /// "Exception ignored in: <generator object …>" (see `Interpreter.closeDropped`).
    deinit {
        guard let interp = interpreter else { return }
        if registered { interp.suspendedWithCleanup[serial] = nil }
        guard !finalized, state == .suspended, cursors.contains(where: \.needsCleanup) else { return }
        interp.closeDropped(self)
    }

    /// Whether the body is re-entering statements it left at a `yield`.
    var resuming: Bool { replayIndex > 0 }

    /// The cursor of the statement being re-entered.
    func nextCursor() -> GeneratorCursor {
        replayIndex -= 1
        return cursors[replayIndex]
    }

    /// The next cursor, left to be consumed.
    func peekCursor() -> GeneratorCursor { cursors[replayIndex - 1] }

    /// Starts recording where the body stops at a `yield` (every cursor of the last
    /// suspension has been consumed by now): `innermost` is the `yield`'s own cursor.
    func beginSuspension(_ innermost: GeneratorCursor) {
        replayIndex = 0
        cursors.removeAll(keepingCapacity: true)
        cursors.append(innermost)
    }

    /// Records the cursor of a statement the body is leaving at a `yield`.
    @inline(__always)
    func record(_ cursor: GeneratorCursor) { cursors.append(cursor) }

    /// Ends the body's run: no cursor is left.
    func clearCursors() {
        replayIndex = 0
        suspending = false
        yielded = .none
        cursors = []
    }

    /// Turns a `yield` statement's returning unwind into a thrown `GeneratorYield`, for the
    /// statements that pass a suspension on by throwing (`try`, `with`); no-op otherwise.
    @inline(__always)
    func throwIfSuspending() throws {
        guard suspending else { return }
        suspending = false
        let value = yielded
        yielded = .none
        throw GeneratorYield(value: value)
    }

    /// An exception `throw()` or `close()` raises at the paused `yield` when the body resumes.
    var pendingThrow: PyError?

    static let generatorClass = PyClass("generator")
    var pyClass: PyClass { PyGenerator.generatorClass }

    func repr(_ interp: Interpreter) throws -> String {
        "<generator object \(function.qualname) at \(interp.address(of: self))>"
    }

    func getAttribute(_ name: String, _ interp: Interpreter) throws -> Value? {
        switch name {
        case "__next__":
            return .builtin(PyBuiltin("__next__", boundSelf: .object(self)) { interp, _ in try interp.generatorNext(self) })
        case "send":
            return .builtin(PyBuiltin("send", boundSelf: .object(self)) { interp, args in
                let a = try args.positionalOnly("send", 1...1)
                if self.state == .created, !a[0].isNone {
                    throw PyError("TypeError", "can't send non-None value to a just-started generator")
                }
                return try interp.generatorNext(self, send: a[0])
            })
        case "close":
            return .builtin(PyBuiltin("close", boundSelf: .object(self)) { interp, args in
                _ = try args.positionalOnly("close", 0...0)
                try interp.generatorClose(self)
                return .none
            })
        case "throw":
            return .builtin(PyBuiltin("throw", boundSelf: .object(self)) { interp, args in
                let a = try args.positionalOnly("throw", 1...3)
                return try interp.generatorThrow(self, try interp.thrownError(a))
            })
        case "gi_running": return .bool(state == .running)
        case "gi_suspended": return .bool(state == .suspended)
        case "__iter__":
            return .builtin(PyBuiltin("__iter__", boundSelf: .object(self)) { _, _ in .object(self) })
        case "__name__": return .str(function.name)
        case "__qualname__": return .str(function.qualname)
        default: return nil
        }
    }
}

/// Thrown through a generator's body by a `yield` inside an expression (`x = yield v`,
/// `f((yield))`) and through `try` and `with` statements: carries the yielded value to
/// `next()`. A `yield` statement unwinds the other statements by returning instead (see
/// `PyGenerator.suspending`), which costs no error box and no dynamic casts.
struct GeneratorYield: Error {
    let value: Value
}

/// Where a statement of a generator's body was when a `yield` inside it suspended the body.
enum GeneratorCursor {
    /// A block: the index of the statement that was running.
    case block(Int)
    /// `yield` or `x = yield …`: resumes with the sent value.
    case yieldPoint
    /// `yield from it`: the delegated iterator, resumed for its next item (and the generator
    /// it is, whose return value the `yield from` evaluates to).
    case yieldFrom(ResumedIterator, PyGenerator?)
    /// `if`: which branch was taken (0 body, 1 else); also a loop's `else` block.
    case branch(Int)
    /// `while`: inside the body.
    case whileBody
    /// `for`: inside the body, with the loop's iterator.
    case forBody(ResumedIterator)
    /// `for`: storing this item in a target that holds a `yield` (`for x[(yield)] in …`).
    case forTarget(ResumedIterator, Value)
    /// `try`: inside the body (handlers, else and finally have not run yet).
    case tryBody
    /// `try`: inside the `except` clause of this index, handling this error.
    indirect case tryHandler(Int, HandledError)
    /// `try`: inside the `else` block.
    case tryElse
    /// `try`: inside the `finally` block, leaving this way once it ends.
    indirect case tryFinally(PendingExit)
    /// An expression with a `yield` in an operand: the operands evaluated before it.
    case partial([Value])
    /// `with`: the `__exit__` methods to call when the body ends.
    case withBody([Value])
    /// `with m as t`: storing what `__enter__` returned (the value) in a target that holds a
    /// `yield`; the manager is entered, so its `__exit__` is pending.
    case withTarget([Value], Value)
    /// `match`: inside the guard of the case of this index, with the subject.
    case caseGuard(Int, Value)
}

extension GeneratorCursor {
    /// Whether closing a generator suspended here runs code (`finally`, handlers, `__exit__`).
    var needsCleanup: Bool {
        switch self {
        case .tryBody, .tryHandler, .tryElse, .tryFinally, .withBody, .withTarget: return true
        default: return false
        }
    }
}

/// A loop's or a `yield from`'s iterator, kept across a generator's suspensions.
///
/// A class, not the bare closure: a closure stored in an enum payload or an optional and read
/// back is wrapped in a reabstraction thunk each way, so one saved and restored per `yield`
/// grew a chain of thunks as long as the number of items so far, and each `next` walked it
/// (a `for` inside a generator was quadratic in its length).
final class ResumedIterator {
    let next: () throws -> Value?
    init(_ next: @escaping () throws -> Value?) { self.next = next }
}

/// A generator the interpreter closes at exit if it is still alive then (kept only by a
/// reference cycle), without keeping it alive itself.
struct WeakGenerator {
    weak var generator: PyGenerator?
}
