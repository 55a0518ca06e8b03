import Engine

/// `torch.utils.data.DataLoader` (single process): batches of `batch_size` indices from a
/// sequential or shuffled sampler, fetched from the dataset and collated.
///
/// Each `iter(loader)` first draws the iterator's base seed (one 64-bit draw from `generator`
/// or the default generator) as PyTorch's `_BaseDataLoaderIter` does; a shuffling sampler
/// without a generator then seeds a fresh generator from one more 64-bit draw of the default
/// generator when the first batch is requested, and takes `randperm` from it.
final class DataLoaderObject: PyInstance {
    static let loaderClass: PyClass = {
        let c = PyClass("DataLoader", module: "torch.utils.data.dataloader")
        c.construct = { interp, args in
            let a = try args.bind("DataLoader", ["dataset", "batch_size", "shuffle", "sampler", "batch_sampler", "num_workers",
                                                 "collate_fn", "pin_memory", "drop_last", "timeout", "worker_init_fn",
                                                 "multiprocessing_context", "generator"], required: 1)
            let loader = DataLoaderObject(cls: c)
            try loader.dict.set(.str("dataset"), a[0]!)
            let batchSize: Value = a[1] ?? .int(1)
            let shuffle = try a[2].map { try interp.truthy($0) } ?? false
            let sampler = a[3].flatMap { $0.isNone ? nil : $0 }
            let dropLast = try a[8].map { try interp.truthy($0) } ?? false
            // torch's checks, in its order.
            if sampler != nil && shuffle { throw PyError("ValueError", "sampler option is mutually exclusive with shuffle") }
            if let b = a[4], !b.isNone { throw PyError("ValueError", "batch_sampler is not supported in the script language") }
            if batchSize.isNone {
                if dropLast { throw PyError("ValueError", "batch_size=None option disables auto-batching and is mutually exclusive with drop_last") }
            } else {
                // BatchSampler: a positive int, not a bool.
                guard case .int(let n) = batchSize, n > 0 else {
                    throw PyError("ValueError", "batch_size should be a positive integer value, but got batch_size=\(try interp.repr(batchSize))")
                }
            }
            loader.sampler = sampler
            try loader.dict.set(.str("batch_size"), batchSize)
            try loader.dict.set(.str("drop_last"), .bool(dropLast))
            loader.shuffle = shuffle
            loader.collateFn = a[6].flatMap { $0.isNone ? nil : $0 }
            try loader.dict.set(.str("generator"), a[12] ?? .none)
            try loader.dict.set(.str("num_workers"), a[5] ?? .int(0))
            return .object(loader)
        }
        DataLibrary.method(c, "__len__") { interp, i, _ in
            guard let l = i as? DataLoaderObject else { return .int(0) }
            return .int(try l.batchCount(interp))
        }
        DataLibrary.method(c, "__iter__") { interp, i, _ in
            guard let l = i as? DataLoaderObject else { return .none }
            return try l.makeIterator(interp)
        }
        return c
    }()

    var shuffle = false
    var collateFn: Value?
    /// `sampler=`: an iterable of dataset indices drawn anew for each pass.
    var sampler: Value?

    func batchCount(_ interp: Interpreter) throws -> Int {
        let n = try interp.length(sampler ?? dict.get("dataset") ?? .none)
        guard case .int(let b) = dict.get("batch_size") ?? .none else { return n }
        if case .bool(true) = dict.get("drop_last") ?? .none { return n / b }
        return (n + b - 1) / b
    }

    func makeIterator(_ interp: Interpreter) throws -> Value {
        let dataset = dict.get("dataset") ?? .none
        let n = try interp.length(dataset)
        let loaderGenerator = try TorchLibrary.generator(dict.get("generator"), "DataLoader", interp)
        _ = loaderGenerator.nonNegativeInt64() // _BaseDataLoaderIter's base seed
        let batchSize: Int? = { if case .int(let b) = dict.get("batch_size") ?? .none { return b }; return nil }()
        let dropLast: Bool = { if case .bool(true) = dict.get("drop_last") ?? .none { return true }; return false }()
        let shuffle = self.shuffle
        let explicitGenerator = !(dict.get("generator") ?? .none).isNone
        let collateFn = self.collateFn
        let sampler = self.sampler
        var order: [Value]?
        var position = 0
        return .object(PyIterator(kind: "generator") {
            if order == nil {
                if let sampler {
                    order = try interp.collect(sampler)
                } else if shuffle {
                    let g: Generator
                    if explicitGenerator {
                        g = loaderGenerator
                    } else {
                        let seed = interp.defaultGenerator.generator.nonNegativeInt64()
                        g = Generator(seed: UInt64(bitPattern: seed))
                    }
                    order = g.permutation(n).map { .int(Int($0)) }
                } else {
                    order = (0..<n).map { .int($0) }
                }
            }
            let all = order!
            guard position < all.count else { return nil }
            let size = batchSize ?? 1
            let end = min(position + size, all.count)
            if batchSize != nil && dropLast && end - position < size { return nil }
            let indices = all[position..<end]
            position = end
            let samples = try indices.map { try interp.getItem(dataset, $0) }
            // Without batching, torch's default_convert turns a tuple sample into a list.
            if batchSize == nil {
                if collateFn == nil, case .tuple(let t) = samples[0] { return .list(PyList(t.items)) }
                return samples[0]
            }
            if let collateFn { return try interp.call(collateFn, Arguments([.list(PyList(samples))])) }
            return try DataLibrary.collate(samples, interp)
        })
    }
}
