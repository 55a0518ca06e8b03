import Engine

extension TorchLibrary {
    /// Raises the error PyTorch gives when an operation reads the `grad_fn` of a view it
    /// refuses to differentiate (an `unbind`/`split`/`chunk` output or a view made under
    /// `no_grad`, after its base or another view of it changed in place). The engine records
    /// it while the operation builds its node; this runs when the operation returns, so the
    /// traceback points at the line that used the view, as in PyTorch.
    @inline(__always) static func raisePendingAutogradError() throws {
        if let message = Tensor.takePendingError() { throw PyError("RuntimeError", message) }
    }

    /// `value` after `raisePendingAutogradError()`.
    @inline(__always) static func checked(_ value: Value) throws -> Value {
        try raisePendingAutogradError()
        return value
    }
}
