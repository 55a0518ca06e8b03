/// A float32 matrix as ATen's strided view sees it: row-major storage, or the transpose of
/// a row-major matrix (`w.t()`), whose strides are `(1, rows)`.
///
/// ATen chooses BLAS transpose flags and leading dimensions from strides
/// (`addmm_impl_cpu_`), and MKL's results depend on them; carrying the layout lets the
/// engine make the same calls.
struct MatrixOperand {
    /// Row-major `rows × cols` values, or (when `transposed`) row-major `cols × rows` values.
    let data: [Float]
    let rows: Int
    let cols: Int
    let transposed: Bool
    /// A scalar expanded to the whole matrix (`grad.expand(sizes)` in `sum`'s backward):
    /// PyTorch's strides are (0, 0), so ATen copies it before calling BLAS.
    var broadcast = false

    init(data: [Float], rows: Int, cols: Int, transposed: Bool, broadcast: Bool = false) {
        self.data = data
        self.rows = rows
        self.cols = cols
        self.transposed = transposed
        self.broadcast = broadcast
    }

    /// Strides in elements, as PyTorch reports them for the view.
    var strides: (Int, Int) { broadcast ? (0, 0) : transposed ? (1, rows) : (cols, 1) }

    /// The transposed view (`t()`), sharing the storage.
    var t: MatrixOperand { MatrixOperand(data: data, rows: cols, cols: rows, transposed: !transposed, broadcast: broadcast) }

    /// The same matrix stored row-major (ATen's `clone(MemoryFormat::Contiguous)`).
    var contiguous: MatrixOperand {
        if broadcast { return MatrixOperand(data: data, rows: rows, cols: cols, transposed: false) }
        guard transposed else { return self }
        return MatrixOperand(data: Tensor.transposeData(data, rows: cols, cols: rows), rows: rows, cols: cols, transposed: false)
    }

    /// Row-major values.
    var rowMajor: [Float] { contiguous.data }

    /// Whether PyTorch's `mm` backward treats the view as column-major
    /// (`strides[0] == 1 && strides[1] == sizes[0]`).
    var isColumnMajor: Bool { strides.0 == 1 && strides.1 == rows }
}

extension Tensor {
    /// Row-major transpose of a row-major `rows × cols` buffer.
    static func transposeData<T>(_ data: [T], rows: Int, cols: Int) -> [T] {
        if rows <= 1 || cols <= 1 { return data }
        return [T](unsafeUninitializedCapacity: data.count) { out, count in
            data.withUnsafeBufferPointer { src in
                for i in 0..<rows {
                    for j in 0..<cols { out.initializeElement(at: j * rows + i, to: src[i * cols + j]) }
                }
            }
            count = data.count
        }
    }

    /// This 2-d float32 tensor as a BLAS operand, transposed when it is a live `t()` view.
    var matrixOperand: MatrixOperand {
        if expandedScalarVersion == version {
            return MatrixOperand(data: floats, rows: shape[0], cols: shape[1], transposed: false, broadcast: true)
        }
        if let marker = transposeOf, marker.version == version {
            return MatrixOperand(data: marker.data, rows: shape[0], cols: shape[1], transposed: true)
        }
        return MatrixOperand(data: floats, rows: shape[0], cols: shape[1], transposed: false)
    }

    /// A float32 tensor holding `operand`'s values, keeping the transposed layout as a marker.
    static func fromMatrix(_ operand: MatrixOperand) -> Tensor {
        let out = Tensor(dtype: .float32, shape: [operand.rows, operand.cols], floats: operand.rowMajor)
        if operand.transposed {
            out.transposeOf = (out.version, operand.data)
        }
        return out
    }

    /// `alpha · m1 · m2 + beta · c` as ATen's `addmm_impl_cpu_` computes it: the result is
    /// row-major, so BLAS computes its transpose, with transpose flags and leading dimensions
    /// chosen from the operands' strides exactly as ATen does (including
    /// `normalize_last_dims`), through the current backend's `sgemm`.
    /// - Parameter c: the row-major `m × n` initial values (the expanded bias) when `beta != 0`.
    static func gemm(_ m1In: MatrixOperand, _ m2In: MatrixOperand, c initial: consuming [Float]?, beta: Float, alpha: Float) -> [Float] {
        let rowsOut = m1In.rows, colsOut = m2In.cols
        // With beta == 0 BLAS only writes C (MKL and the fallback kernel never read it).
        // `initial` is consumed, so a fresh `C` (the bias rows) is written without a copy.
        var result: [Float]
        if let c = consume initial {
            result = c
        } else {
            result = beta == 0 && m1In.cols > 0
                ? [Float](unsafeUninitializedCapacity: rowsOut * colsOut) { _, count in count = rowsOut * colsOut }
                : [Float](repeating: 0, count: rowsOut * colsOut)
        }
        if result.isEmpty { return result }
        if m1In.cols == 0 {
            if beta == 0 { return [Float](repeating: 0, count: rowsOut * colsOut) }
            return result.map { $0 * beta }
        }
        // A row-major result has strides (n, 1): ATen casts it as a transposed C unless n == 1.
        let transposeC = colsOut != 1
        let x1 = transposeC ? m2In : m1In
        let x2 = transposeC ? m1In : m2In
        let m = transposeC ? colsOut : rowsOut
        let n = transposeC ? rowsOut : colsOut
        let k = transposeC ? x1.rows : x1.cols
        func stride(_ o: MatrixOperand, _ i: Int) -> Int { i == 0 ? o.strides.0 : o.strides.1 }
        let i0 = transposeC ? 1 : 0, i1 = transposeC ? 0 : 1
        // Cast m1 as matrix a.
        var a = x1, ta: Bool
        if stride(x1, i0) == 1 && stride(x1, i1) >= Swift.max(1, m) {
            ta = false
        } else if stride(x1, i1) == 1 && stride(x1, i0) >= Swift.max(1, k) {
            ta = true
        } else {
            ta = !transposeC
            a = x1.contiguous
        }
        var b = x2, tb: Bool
        if stride(x2, i0) == 1 && stride(x2, i1) >= Swift.max(1, k) {
            tb = false
        } else if stride(x2, i1) == 1 && stride(x2, i0) >= Swift.max(1, n) {
            tb = true
        } else {
            tb = !transposeC
            b = x2.contiguous
        }
        var lda = stride(a, (ta == transposeC) ? 1 : 0)
        var ldb = stride(b, (tb == transposeC) ? 1 : 0)
        var ldc = transposeC ? colsOut : 1
        // normalize_last_dims
        if n == 1 { ldc = m }
        if ta { if m == 1 { lda = k } } else if k == 1 { lda = m }
        if tb { if k == 1 { ldb = n } } else if n == 1 { ldb = k }
        let blas = MathBackend.current.blas
        a.data.withUnsafeBufferPointer { pa in
            b.data.withUnsafeBufferPointer { pb in
                result.withUnsafeMutableBufferPointer { pc in
                    blas.gemm(ta, tb, m, n, k, alpha, pa.baseAddress!, lda, pb.baseAddress!, ldb, beta, pc.baseAddress!, ldc)
                }
            }
        }
        return result
    }
}
