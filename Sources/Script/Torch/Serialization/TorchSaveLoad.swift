/// `torch.save` and `torch.load` over the session's in-memory `TorchFileStore`.
extension TorchLibrary {
    /// `pickle.UnpicklingError` (CPython names it `_pickle.UnpicklingError`).
    static let unpicklingErrorClass: PyClass = {
        let c = PyClass("UnpicklingError", module: "_pickle", base: Interpreter.exceptionClasses["Exception"])
        c.construct = { _, args in .object(PyExceptionObject(cls: c, args: args.positional)) }
        return c
    }()

    /// torch 2.15's refusal to load a file holding `global` (a module class) with
    /// `weights_only=True`, its default.
    static func weightsOnlyError(_ global: String, _ interp: Interpreter) -> Error {
        let message = "Weights only load failed. This file can still be loaded, to do so you have two options, \u{1B}[1mdo those steps only if you trust the source of the checkpoint\u{1B}[0m. \n\t(1) In PyTorch 2.6, we changed the default value of the `weights_only` argument in `torch.load` from `False` to `True`. Re-running `torch.load` with `weights_only` set to `False` will likely succeed, but it can result in arbitrary code execution. Do it only if you got the file from a trusted source.\n\t(2) Alternatively, to load with `weights_only=True` please check the recommended steps in the following error message.\n\tWeightsUnpickler error: Unsupported global: GLOBAL \(global) was not an allowed global by default. Please use `torch.serialization.add_safe_globals([\(global)])` or the `torch.serialization.safe_globals([\(global)])` context manager to allowlist this global if you trust this class/function.\n\nCheck the documentation of torch.load to learn more about types accepted by default with weights_only https://pytorch.org/docs/stable/generated/torch.load.html."
        let instance = Value.object(PyExceptionObject(cls: unpicklingErrorClass, args: [.str(message)]))
        return (try? interp.makeRaisedError(instance)) ?? PyError("UnpicklingError", message)
    }

    static func installSerialization(_ torch: PyModule) {
        torch.attributes["save"] = .builtin(PyBuiltin("save") { interp, args in
            let a = try args.bind("save", ["obj", "f", "pickle_module", "pickle_protocol", "_use_new_zipfile_serialization", "_disable_byteorder_record"], required: 2)
            guard case .str(let path) = a[1]! else {
                throw PyError("AttributeError", "expected 'f' to be string, path, or a file-like object with a 'write' attribute")
            }
            interp.torchFiles[path] = try SavedValue.snapshot(a[0]!, interp)
            return .none
        })
        torch.attributes["load"] = .builtin(PyBuiltin("load") { interp, args in
            let a = try args.bind("load", ["f", "map_location", "pickle_module", "weights_only", "mmap"], required: 1)
            guard case .str(let path) = a[0]! else {
                throw PyError("AttributeError", "'\(a[0]!.typeName)' object has no attribute 'seek'. You can only torch.load from a file that is seekable. Please pre-load the data into a buffer like io.BytesIO and try to load from it instead.")
            }
            guard let saved = interp.torchFiles[path] else {
                throw PyError("FileNotFoundError", "[Errno 2] No such file or directory: \(PyFormat.reprString(path))")
            }
            let weightsOnly = try a[3].map { $0.isNone ? true : try interp.truthy($0) } ?? true
            if weightsOnly, let global = saved.refusedGlobal {
                throw weightsOnlyError(global, interp)
            }
            return try saved.restore(interp)
        })
    }
}
