/// `torch.save` and `torch.load` over the session's in-memory `TorchFileStore`.
extension TorchLibrary {
    static func installSerialization(_ torch: PyModule) {
        torch.attributes["save"] = .builtin(PyBuiltin("save") { interp, args in
            let a = try args.bind("save", ["obj", "f", "pickle_module", "pickle_protocol", "_use_new_zipfile_serialization", "_disable_byteorder_record"], required: 2)
            guard case .str(let path) = a[1]! else {
                throw PyError("AttributeError", "expected 'f' to be string, path, or a file-like object with a 'write' attribute")
            }
            interp.torchFiles[path] = try SavedValue.snapshot(a[0]!)
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
            return try saved.restore()
        })
    }
}
