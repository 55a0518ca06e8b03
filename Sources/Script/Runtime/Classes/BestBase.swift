extension PyClass {
    /// `cls.__base__` as CPython computes it: for a class with several bases, the base whose
    /// instance layout all the others' layouts extend (`class C(A, KeyError)` → `KeyError`,
    /// since a plain class adds nothing to `object`'s layout), the first such base on a tie;
    /// nil for `object`.
    var bestBase: PyClass? {
        guard bases.count > 1 else { return bases.first }
        var winner: PyClass?
        var chosen: PyClass?
        for b in bases {
            let candidate = b.solidBase
            if let w = winner {
                if w.isSubclass(of: candidate) { continue }
                if !candidate.isSubclass(of: w) { return bases.first }  // CPython refuses such bases earlier
            }
            winner = candidate
            chosen = b
        }
        return chosen
    }

    /// The nearest class in the `__base__` chain that adds fields to the instance layout
    /// (CPython's `solid_base`): a built-in type with fields of its own, else `object`.
    var solidBase: PyClass {
        guard let parent = bestBase else { return self }
        return addsInstanceFields ? self : parent.solidBase
    }

    /// Whether instances of this class carry fields its base's instances lack: true of
    /// built-in types written in C with a layout of their own, false of classes written in
    /// Python (script classes, `Counter`, `torch.nn.Module`) and of built-ins that only
    /// change behaviour (`bool`, most exceptions).
    private var addsInstanceFields: Bool {
        if isUserDefined { return false }
        switch (module, name) {
        case ("builtins", "bool"): return false
        case ("collections", "OrderedDict"), ("collections", "defaultdict"), ("collections", "deque"): return true
        case ("builtins", _): break
        default: return false
        }
        let object = CoreClasses.object
        guard let exceptionRoot = mro.last(where: { $0.name == "BaseException" && $0.module == "builtins" }), exceptionRoot !== self else {
            return mro.count > 1 && self !== object
        }
        // Exceptions share BaseException's layout except these, which add attributes.
        return ["StopIteration", "SystemExit", "ImportError", "OSError", "SyntaxError", "NameError",
                "AttributeError", "UnicodeError", "UnicodeEncodeError", "UnicodeDecodeError",
                "UnicodeTranslateError", "BaseExceptionGroup"].contains(name)
    }
}
