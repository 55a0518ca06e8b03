import Foundation

/// `input(prompt)`: the prompt goes to standard output; the line comes from standard input
/// in `descent run` (`ScriptSession.readsStandardInput`). A lesson has no standard input, so
/// there it raises CPython's `EOFError: EOF when reading a line`, as `python` does when its
/// input is empty.
extension Interpreter {
    func installInputBuiltin() {
        def("input") { interp, args in
            let a = try args.positionalOnly("input", 0...1)
            if let prompt = a.first { interp.write(try interp.str(prompt)) }
            // As CPython's `input`: the prompt is flushed before the line is read.
            interp.streams?.flushOutput()
            guard interp.readsStandardInput, let line = readLine(strippingNewline: true) else {
                throw PyError("EOFError", "EOF when reading a line")
            }
            return .str(line)
        }
    }
}
