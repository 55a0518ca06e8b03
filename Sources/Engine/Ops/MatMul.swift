/// Matrix products: `mm`, `addmm`, `mv`, `dot`, `bmm`, `outer`, `matmul` (`@`) and `linear`,
/// with PyTorch's checks, error messages, autograd nodes and BLAS call layouts.
extension Tensor {
    static func dtypeName(_ d: DType) -> String { d.cTypeName }

    static func scalarTypeName(_ d: DType) -> String { d.scalarTypeName }

    /// Forward of `mm` on values (any dtype; float32 through BLAS).
    static func mmValues(_ a: Tensor, _ b: Tensor, bias: Tensor? = nil) -> Tensor {
        let m = a.shape[0], k = a.shape[1], n = b.shape[1]
        if a.dtype == .float32 {
            var c: [Float]? = nil
            if let bias {
                c = bias.dtype == .float32 && bias.shape == [n] && n > 0
                    ? biasRows(bias.floats, rows: m)
                    : bias.converted(to: .float32).expand(to: [m, n]).floats
            }
            let out = gemm(a.matrixOperand, b.matrixOperand, c: c, beta: bias == nil ? 0 : 1, alpha: 1)
            return Tensor(dtype: .float32, shape: [m, n], floats: out)
        }
        let x = a.doubles, y = b.doubles
        var out = bias.map { $0.converted(to: a.dtype).expand(to: [m, n]).doubles } ?? [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var acc = 0.0
                for p in 0..<k { acc += x[i * k + p] * y[p * n + j] }
                out[i * n + j] = bias == nil ? acc : out[i * n + j] + acc
            }
        }
        if a.dtype == .int64 { out = out.map(wrappedInt64) }
        return Tensor(dtype: a.dtype, shape: [m, n], doubles: out)
    }

    /// Gradient of `mm`'s first input (`mm_mat1_backward`): `grad · mat2ᵀ`, or
    /// `(mat2 · gradᵀ)ᵀ` when the input was column-major.
    static func mmMat1Backward(_ grad: Tensor, _ mat2: Tensor, mat1Layout: MatrixOperand?) throws -> Tensor {
        if grad.dtype == .float32 && mat2.dtype == .float32 {
            let g = grad.matrixOperand, w = mat2.matrixOperand
            if let layout = mat1Layout, layout.isColumnMajor {
                let p = gemm(w, g.t, c: nil, beta: 0, alpha: 1)
                return fromMatrix(MatrixOperand(data: p, rows: grad.shape[0], cols: mat2.shape[0], transposed: true))
            }
            return Tensor(dtype: .float32, shape: [grad.shape[0], mat2.shape[0]], floats: gemm(g, w.t, c: nil, beta: 0, alpha: 1))
        }
        return mmValues(grad, try mat2.transposedCopy())
    }

    /// Gradient of `mm`'s second input (`mm_mat2_backward`): `mat1ᵀ · grad`, or
    /// `(gradᵀ · mat1)ᵀ` when the input was column-major.
    static func mmMat2Backward(_ grad: Tensor, _ mat1: Tensor, mat2Layout: MatrixOperand?) throws -> Tensor {
        if grad.dtype == .float32 && mat1.dtype == .float32 {
            let g = grad.matrixOperand, x = mat1.matrixOperand
            if let layout = mat2Layout, layout.isColumnMajor {
                let p = gemm(g.t, x, c: nil, beta: 0, alpha: 1)
                return fromMatrix(MatrixOperand(data: p, rows: mat1.shape[1], cols: grad.shape[1], transposed: true))
            }
            return Tensor(dtype: .float32, shape: [mat1.shape[1], grad.shape[1]], floats: gemm(x.t, g, c: nil, beta: 0, alpha: 1))
        }
        return mmValues(try mat1.transposedCopy(), grad)
    }

    /// Layout of a float32 matrix for the backward rules (nil for other dtypes).
    var layoutIfFloat: MatrixOperand? { dtype == .float32 && rank == 2 ? matrixOperand : nil }

    func checkSameDtype(_ other: Tensor) throws {
        guard dtype == other.dtype else {
            throw EngineError.runtime("expected m1 and m2 to have the same dtype, but got: \(Tensor.dtypeName(dtype)) != \(Tensor.dtypeName(other.dtype))")
        }
    }

    /// `self.mm(mat2)` (`MmBackward0`).
    /// - Throws: PyTorch's errors for non-matrices, mismatched sizes or dtypes.
    public func mm(_ mat2: Tensor) throws -> Tensor {
        guard rank == 2 else { throw EngineError.runtime("mm: self must be a matrix, got \(rank)-D tensor") }
        guard mat2.rank == 2 else { throw EngineError.runtime("mm: mat2 must be a matrix, got \(mat2.rank)-D tensor") }
        guard shape[1] == mat2.shape[0] else {
            throw EngineError.runtime("mm: mat1 and mat2 shapes cannot be multiplied (\(shape[0])x\(shape[1]) and \(mat2.shape[0])x\(mat2.shape[1]))")
        }
        try checkSameDtype(mat2)
        let out = Tensor.mmValues(self, mat2)
        guard Tensor.recording, requiresGrad || mat2.requiresGrad, out.dtype.isFloatingPoint else { return out }
        let s1 = SavedTensor(self), s2 = SavedTensor(mat2)
        let l1 = layoutIfFloat, l2 = mat2.layoutIfFloat
        let need1 = requiresGrad, need2 = mat2.requiresGrad
        out.gradFn = FunctionNode("MmBackward0", self, mat2) { g in
            [need1 ? try Tensor.mmMat1Backward(g, try s2.unpack(), mat1Layout: l1) : nil,
             need2 ? try Tensor.mmMat2Backward(g, try s1.unpack(), mat2Layout: l2) : nil]
        }
        return out
    }

    /// `torch.addmm(input, mat1, mat2)` with beta = alpha = 1 (`AddmmBackward0`): the bias
    /// broadcast to the product's shape is BLAS's initial `C`.
    /// - Throws: PyTorch's errors for non-matrices, mismatched sizes or dtypes.
    public static func addmm(_ bias: Tensor, _ mat1: Tensor, _ mat2: Tensor) throws -> Tensor {
        guard mat1.rank == 2 else { throw EngineError.runtime("mat1 must be a matrix, got \(mat1.rank)-D tensor") }
        guard mat2.rank == 2 else { throw EngineError.runtime("mat2 must be a matrix, got \(mat2.rank)-D tensor") }
        guard bias.dtype == mat2.dtype else {
            throw EngineError.runtime("self and mat2 must have the same dtype, but got \(scalarTypeName(bias.dtype)) and \(scalarTypeName(mat2.dtype))")
        }
        guard mat1.dtype == mat2.dtype else {
            throw EngineError.runtime("mat1 and mat2 must have the same dtype, but got \(scalarTypeName(mat1.dtype)) and \(scalarTypeName(mat2.dtype))")
        }
        guard mat1.shape[1] == mat2.shape[0] else {
            throw EngineError.runtime("addmm: mat1 and mat2 shapes cannot be multiplied (\(mat1.shape[0])x\(mat1.shape[1]) and \(mat2.shape[0])x\(mat2.shape[1]))")
        }
        let target = [mat1.shape[0], mat2.shape[1]]
        guard (try? broadcastShape(bias.shape, target)) == target else {
            throw EngineError.runtime("The expanded size of the tensor (\(target[1])) must match the existing size (\(bias.shape.last ?? 0)) at non-singleton dimension 1.  Target sizes: \(sizeList(target)).  Tensor sizes: \(sizeList(bias.shape))")
        }
        let out = mmValues(mat1, mat2, bias: bias)
        guard recording, bias.requiresGrad || mat1.requiresGrad || mat2.requiresGrad else { return out }
        let s1 = SavedTensor(mat1), s2 = SavedTensor(mat2)
        let l1 = mat1.layoutIfFloat, l2 = mat2.layoutIfFloat
        let need1 = mat1.requiresGrad, need2 = mat2.requiresGrad
        out.gradFn = MultiInputNode("AddmmBackward0", [bias, mat1, mat2]) { g in
            [g,
             need1 ? try mmMat1Backward(g, try s2.unpack(), mat1Layout: l1) : nil,
             need2 ? try mmMat2Backward(g, try s1.unpack(), mat2Layout: l2) : nil]
        }
        return out
    }

    /// `self.mv(vec)` (`MvBackward0`), through BLAS `sgemv` as ATen calls it.
    public func mv(_ vec: Tensor) throws -> Tensor {
        guard rank == 2, vec.rank == 1 else {
            throw EngineError.runtime("vector + matrix @ vector expected, got \(vec.rank == 1 ? 1 : vec.rank), \(rank), \(vec.rank)")
        }
        guard shape[1] == vec.shape[0] else {
            throw EngineError.runtime("size mismatch, got input (\(shape[0])), mat (\(shape[0])x\(shape[1])), vec (\(vec.shape[0]))")
        }
        // ATen's `mv` is `addmv` into a result of the vector's dtype: (result, mat, vec).
        guard dtype == vec.dtype else {
            let v = vec.dtype.scalarTypeName
            throw EngineError.runtime("addmv input tensors must have the same dtype, but got \(v), \(dtype.scalarTypeName), and \(v)")
        }
        let out = Tensor.mvValues(self, vec)
        guard Tensor.recording, requiresGrad || vec.requiresGrad else { return out }
        let sm = SavedTensor(self), sv = SavedTensor(vec)
        let needM = requiresGrad, needV = vec.requiresGrad
        out.gradFn = FunctionNode("MvBackward0", self, vec) { g in
            // self: grad.ger(vec); vec: self.t().mv(grad)
            let gm = needM ? try Tensor.outerValues(g, try sv.unpack()) : nil
            let gv = needV ? Tensor.mvValues(try sm.unpack(), g, transposed: true) : nil
            return [gm, gv]
        }
        return out
    }

    /// `mat · vec` (or `matᵀ · vec`) values: ATen's `addmv` calls `gemv('t', …)` for a
    /// row-major matrix and `gemv('n', …)` for its transpose.
    static func mvValues(_ mat: Tensor, _ vec: Tensor, transposed: Bool = false) -> Tensor {
        let rows = mat.shape[0], cols = mat.shape[1]
        let outCount = transposed ? cols : rows
        if mat.dtype == .float32 {
            let op = transposed ? mat.matrixOperand.t : mat.matrixOperand
            var y = [Float](repeating: 0, count: outCount)
            if op.cols == 0 || outCount == 0 { return Tensor(dtype: .float32, shape: [outCount], floats: y) }
            let blas = MathBackend.current.blas
            op.data.withUnsafeBufferPointer { pa in
                vec.floats.withUnsafeBufferPointer { px in
                    y.withUnsafeMutableBufferPointer { py in
                        if op.transposed {
                            // column-major view with lda = rows of the view
                            blas.gemv(false, op.rows, op.cols, 1, pa.baseAddress!, Swift.max(1, op.rows), px.baseAddress!, 1, 0, py.baseAddress!, 1)
                        } else {
                            blas.gemv(true, op.cols, op.rows, 1, pa.baseAddress!, Swift.max(1, op.cols), px.baseAddress!, 1, 0, py.baseAddress!, 1)
                        }
                    }
                }
            }
            return Tensor(dtype: .float32, shape: [outCount], floats: y)
        }
        let m = transposed ? (try? mat.transposedCopy()) ?? mat : mat
        let k = m.shape[1]
        var out = [Double](repeating: 0, count: outCount)
        for i in 0..<outCount {
            var acc = 0.0
            for p in 0..<k { acc += m.doubles[i * k + p] * vec.doubles[p] }
            out[i] = acc
        }
        return Tensor(dtype: mat.dtype, shape: [outCount], doubles: mat.dtype == .int64 ? out.map(wrappedInt64) : out)
    }

    /// `torch.dot(self, other)` (`DotBackward0`), through BLAS `sdot`.
    public func dot(_ other: Tensor) throws -> Tensor {
        guard rank == 1, other.rank == 1 else {
            throw EngineError.runtime("1D tensors expected, but got \(rank)D and \(other.rank)D tensors")
        }
        guard dtype == other.dtype else {
            throw EngineError.runtime("dot : expected both vectors to have same dtype, but found \(Tensor.scalarTypeName(dtype)) and \(Tensor.scalarTypeName(other.dtype))")
        }
        guard count == other.count else {
            throw EngineError.runtime("inconsistent tensor size, expected tensor [\(count)] and src [\(other.count)] to have the same number of elements, but got \(count) and \(other.count) elements respectively")
        }
        let out: Tensor
        if dtype == .float32 {
            let blas = MathBackend.current.blas
            let n = count
            let v: Float = n == 0 ? 0 : floats.withUnsafeBufferPointer { px in
                other.floats.withUnsafeBufferPointer { py in blas.dot(n, px.baseAddress!, 1, py.baseAddress!, 1) }
            }
            out = Tensor(dtype: .float32, shape: [], floats: [v])
        } else {
            var acc = 0.0
            for i in 0..<count { acc += doubles[i] * other.doubles[i] }
            out = Tensor(dtype: dtype, shape: [], doubles: [dtype == .int64 ? Tensor.wrappedInt64(acc) : acc])
        }
        guard Tensor.recording, requiresGrad || other.requiresGrad, dtype.isFloatingPoint else { return out }
        let sa = SavedTensor(self), sb = SavedTensor(other)
        let needA = requiresGrad, needB = other.requiresGrad
        out.gradFn = FunctionNode("DotBackward0", self, other) { g in
            [needA ? try Tensor.kernel(.mul, .tensor(try sb.unpack()), .tensor(g)) : nil,
             needB ? try Tensor.kernel(.mul, .tensor(try sa.unpack()), .tensor(g)) : nil]
        }
        return out
    }

    /// Outer product values `a[i] * b[j]`.
    static func outerValues(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try kernel(.mul, .tensor(try a.reshapeValues([a.count, 1])), .tensor(b))
    }

    /// `torch.outer(self, vec2)`: `self.reshape(-1, 1) * vec2` (`MulBackward0`).
    public func outer(_ other: Tensor) throws -> Tensor {
        guard rank == 1 else { throw EngineError.runtime("outer: Expected 1-D argument self, but got \(rank)-D") }
        guard other.rank == 1 else { throw EngineError.runtime("outer: Expected 1-D argument vec2, but got \(other.rank)-D") }
        return try reshape([count, 1]) * other
    }

    /// `torch.bmm(self, mat2)` (`BmmBackward0`): ATen's naive loop for products under 400
    /// multiply-adds per batch, BLAS per batch otherwise.
    public func bmm(_ mat2: Tensor) throws -> Tensor {
        guard rank == 3 else { throw EngineError.runtime("batch1 must be a 3D tensor") }
        guard mat2.rank == 3 else { throw EngineError.runtime("batch2 must be a 3D tensor") }
        let bs = shape[0], k = shape[2]
        guard mat2.shape[0] == bs && mat2.shape[1] == k else {
            throw EngineError.runtime("Expected size for first two dimensions of batch2 tensor to be: [\(bs), \(k)] but got: [\(mat2.shape[0]), \(mat2.shape[1])].")
        }
        guard dtype == mat2.dtype else {
            throw EngineError.runtime("expected scalar type \(Tensor.scalarTypeName(dtype)) but found \(Tensor.scalarTypeName(mat2.dtype))")
        }
        let out = Tensor.bmmValues(self, mat2)
        guard Tensor.recording, requiresGrad || mat2.requiresGrad, dtype.isFloatingPoint else { return out }
        let s1 = SavedTensor(self), s2 = SavedTensor(mat2)
        let need1 = requiresGrad, need2 = mat2.requiresGrad
        out.gradFn = FunctionNode("BmmBackward0", self, mat2) { g in
            let a = try s1.unpack(), b = try s2.unpack()
            return [need1 ? Tensor.bmmValues(g, try b.batchTransposed()) : nil,
                    need2 ? Tensor.bmmValues(try a.batchTransposed(), g) : nil]
        }
        return out
    }

    /// Batched product values.
    static func bmmValues(_ a: Tensor, _ b: Tensor) -> Tensor {
        let bs = a.shape[0], m = a.shape[1], k = a.shape[2], n = b.shape[2]
        let outShape = [bs, m, n]
        if a.dtype == .float32 && k * m * n >= 400 {
            var out: [Float] = []
            out.reserveCapacity(bs * m * n)
            for i in 0..<bs {
                let x = MatrixOperand(data: Array(a.floats[(i * m * k)..<((i + 1) * m * k)]), rows: m, cols: k, transposed: false)
                let y = MatrixOperand(data: Array(b.floats[(i * k * n)..<((i + 1) * k * n)]), rows: k, cols: n, transposed: false)
                out.append(contentsOf: gemm(x, y, c: nil, beta: 0, alpha: 1))
            }
            return Tensor(dtype: .float32, shape: outShape, floats: out)
        }
        if a.dtype == .float32 {
            var out = [Float](repeating: 0, count: bs * m * n)
            for i in 0..<bs {
                for r in 0..<m {
                    for c in 0..<n {
                        var acc: Float = 0
                        for p in 0..<k {
                            let prod = a.floats[(i * m + r) * k + p] * b.floats[(i * k + p) * n + c]
                            acc = acc + prod
                        }
                        out[(i * m + r) * n + c] = acc
                    }
                }
            }
            return Tensor(dtype: .float32, shape: outShape, floats: out)
        }
        var out = [Double](repeating: 0, count: bs * m * n)
        for i in 0..<bs {
            for r in 0..<m {
                for c in 0..<n {
                    var acc = 0.0
                    for p in 0..<k { acc += a.doubles[(i * m + r) * k + p] * b.doubles[(i * k + p) * n + c] }
                    out[(i * m + r) * n + c] = a.dtype == .int64 ? wrappedInt64(acc) : acc
                }
            }
        }
        return Tensor(dtype: a.dtype, shape: outShape, doubles: out)
    }

    /// Values with the last two dimensions swapped (no autograd).
    func batchTransposed() throws -> Tensor {
        var perm = Array(0..<rank)
        perm.swapAt(rank - 1, rank - 2)
        return permutedValues(perm)
    }

    /// Values of a 2-d tensor transposed (no autograd).
    func transposedCopy() throws -> Tensor { permutedValues([1, 0]) }

    /// `torch.matmul(self, other)` / `self @ other` with PyTorch's dispatch: `dot`, `mv`,
    /// `unsqueeze(0).mm().squeeze_(0)`, `mm`, a folded `mm` for a batch times a matrix, and
    /// broadcast `bmm` otherwise (then `_unsafe_view`, `UnsafeViewBackward0`).
    /// - Throws: PyTorch's errors for 0-d operands and mismatched sizes.
    public func matmul(_ other: Tensor) throws -> Tensor {
        let d1 = rank, d2 = other.rank
        guard d1 != 0 && d2 != 0 else {
            throw EngineError.runtime("both arguments to matmul need to be at least 1D, but they are \(d1)D and \(d2)D")
        }
        if d1 == 1 && d2 == 1 { return try dot(other) }
        if d1 == 2 && d2 == 1 { return try mv(other) }
        if d1 == 1 && d2 == 2 {
            guard count == other.shape[0] else {
                throw EngineError.runtime("mm: mat1 and mat2 shapes cannot be multiplied (1x\(count) and \(other.shape[0])x\(other.shape[1]))")
            }
            return try unsqueeze(0).mm(other).squeezeInPlaceView(0)
        }
        if d1 == 2 && d2 == 2 { return try mm(other) }
        if d1 >= 3 && d2 <= 2 {
            // Fold the batch dimensions into the rows of one mm.
            let k = shape[d1 - 1]
            let otherRows = d2 == 2 ? other.shape[0] : other.shape[0]
            guard k == otherRows else {
                let rows = count / Swift.max(k, 1)
                if d2 == 2 {
                    throw EngineError.runtime("mm: mat1 and mat2 shapes cannot be multiplied (\(rows)x\(k) and \(other.shape[0])x\(other.shape[1]))")
                }
                throw EngineError.runtime("size mismatch, got input (\(rows)), mat (\(rows)x\(k)), vec (\(other.shape[0]))")
            }
            let folded = try reshape([count / Swift.max(k, 1), k])
            if d2 == 1 {
                let r = try folded.mv(other)
                return try r.unsafeView(Array(shape.dropLast()))
            }
            let r = try folded.mm(other)
            return try r.unsafeView(Array(shape.dropLast()) + [other.shape[1]])
        }
        // Broadcast batch dimensions, then bmm.
        let a = d1 == 1 ? unsqueeze(0) : self
        let b = d2 == 1 ? other.unsqueeze(-1) : other
        let n = a.shape[a.rank - 2], m1 = a.shape[a.rank - 1]
        let m2 = b.shape[b.rank - 2], p = b.shape[b.rank - 1]
        let batchA = Array(a.shape.dropLast(2)), batchB = Array(b.shape.dropLast(2))
        let batch = try Tensor.broadcastShape(batchA, batchB)
        guard m1 == m2 else {
            throw EngineError.runtime("Expected size for first two dimensions of batch2 tensor to be: [\(batch.reduce(1, *)), \(m1)] but got: [\(batch.reduce(1, *)), \(m2)].")
        }
        let bs = batch.reduce(1, *)
        let ea = try a.expanded(to: batch + [n, m1]).reshape([bs, n, m1])
        let eb = try b.expanded(to: batch + [m2, p]).reshape([bs, m2, p])
        var outShape = batch
        if d1 > 1 { outShape.append(n) }
        if d2 > 1 { outShape.append(p) }
        return try ea.bmm(eb).unsafeView(outShape)
    }

    /// `_unsafe_view` (`UnsafeViewBackward0`).
    func unsafeView(_ newShape: [Int]) throws -> Tensor {
        let out = try reshapeValues(newShape)
        let inputShape = shape
        return unary("UnsafeViewBackward0", out, saves: false) { g in try g.reshapeValues(inputShape) }
    }

    /// `squeeze_(dim)` after a product (`SqueezeBackward4`).
    func squeezeInPlaceView(_ dim: Int) throws -> Tensor {
        var newShape = shape
        if newShape[dim] == 1 { newShape.remove(at: dim) }
        let out = try reshapeValues(newShape)
        let inputShape = shape
        return unary("SqueezeBackward4", out, saves: false) { g in try g.reshapeValues(inputShape) }
    }

    /// `torch.nn.functional.linear(input, weight, bias)` as ATen's `linear` composes it:
    /// `addmm(bias, input, weight.t())` for a 2-d input with a bias (a `TBackward0` view
    /// feeding `AddmmBackward0`), `matmul(input, weight.t())` otherwise, plus the bias.
    public static func linear(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?) throws -> Tensor {
        if let bias, canFuseLinear(input, weight, bias) { return linearMatrix(input, weight, bias) }
        let wt = try weight.t()
        if input.rank == 2, let bias {
            return try addmm(bias, input, wt)
        }
        if input.rank == 3, let bias {
            let k = input.shape[2]
            let flat = try input.reshape([input.shape[0] * input.shape[1], k])
            return try addmm(bias, flat, wt).reshape([input.shape[0], input.shape[1], weight.shape[0]])
        }
        let product = try input.matmul(wt)
        guard let bias else { return product }
        return try product + bias
    }
}

