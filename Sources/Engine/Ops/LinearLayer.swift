/// `linear(input, weight, bias)` for a float32 matrix input: ATen's `addmm(bias, input,
/// weight.t())` computed without materializing `weight.t()`.
///
/// The product passes MKL the weight's own row-major storage as the transposed operand,
/// exactly the layout ATen's strided `t()` view gives `addmm_impl_cpu_`, so every value is
/// the one the unfused `t()` + `addmm` path computes. Backward is one `AddmmBackward0`
/// node whose weight gradient is `(gradᵀ · input)` in the weight's own layout: the
/// `TBackward0` node PyTorch puts between them only transposes, and it always runs right
/// after its `AddmmBackward0` (consecutive sequence numbers), so folding it in changes no
/// gradient and no order in which gradients are summed.
extension Tensor {
    /// Whether `linearMatrix` applies: float32 matrices with a vector bias, row-major weight.
    static func canFuseLinear(_ input: Tensor, _ weight: Tensor, _ bias: Tensor) -> Bool {
        input.dtype == .float32 && weight.dtype == .float32 && bias.dtype == .float32
            && input.rank == 2 && weight.rank == 2 && bias.rank == 1
            && input.shape[1] == weight.shape[1] && bias.shape[0] == weight.shape[0]
            && input.shape[0] > 0 && weight.shape[0] > 0 && weight.shape[1] > 0
            && !weight.hasMatrixMarker
    }

    /// Whether the matrix layout of this tensor is not plain row-major (a live `t()` marker
    /// or an expanded scalar), so its BLAS operand would differ from its `floats`.
    var hasMatrixMarker: Bool {
        if expandedScalarVersion == version { return true }
        if let marker = transposeOf, marker.version == version { return true }
        return false
    }

    /// The fused `linear` (see the type comment); callers check `canFuseLinear` first.
    static func linearMatrix(_ input: Tensor, _ weight: Tensor, _ bias: Tensor) -> Tensor {
        let m = input.shape[0], inF = weight.shape[1], outF = weight.shape[0]
        // `weight.t()` as ATen sees it: strides (1, in_features) over the weight's storage.
        let weightT = MatrixOperand(data: weight.floats, rows: inF, cols: outF, transposed: true)
        let inputOperand = input.matrixOperand
        let values = gemm(inputOperand, weightT, c: biasRows(bias.floats, rows: m), beta: 1, alpha: 1)
        let out = Tensor(dtype: .float32, shape: [m, outF], floats: values)
        let needInput = input.requiresGrad, needWeight = weight.requiresGrad
        guard recording, bias.requiresGrad || needInput || needWeight else { return out }
        let savedInput = SavedTensor(input)
        let biasShape = bias.shape
        let needBias = bias.requiresGrad
        out.gradFn = LinearNode(bias: bias, input: input, weight: weight) { g in
            let biasGrad = needBias ? g.sumTo(biasShape) : nil
            let inputGrad = needInput ? mat1Backward(g, weightT, rows: m, mat1Layout: inputOperand) : nil
            var weightGrad: Tensor? = nil
            if needWeight {
                // mm_mat2_backward for the column-major `weight.t()`: (gradᵀ · input)ᵀ, whose
                // transpose is the weight's gradient as `TBackward0` would return it.
                let x = try savedInput.unpack().matrixOperand
                weightGrad = Tensor(dtype: .float32, shape: [outF, inF], floats: gemm(g.matrixOperand.t, x, c: nil, beta: 0, alpha: 1))
            }
            return (biasGrad, inputGrad, weightGrad)
        }
        return out
    }

    /// A row-major `rows × values.count` buffer repeating `values` in every row (the bias
    /// expanded to the product's shape, BLAS's initial `C`).
    static func biasRows(_ values: [Float], rows: Int) -> [Float] {
        let n = values.count
        if rows == 1 { return values }
        return [Float](unsafeUninitializedCapacity: rows * n) { out, count in
            guard n > 0 else { count = 0; return }
            // The first row, then the rows written so far copied after themselves (doubling),
            // so a long column of short rows takes a few large copies, not one per row.
            values.withUnsafeBufferPointer { out.baseAddress!.initialize(from: $0.baseAddress!, count: n) }
            let o = out.baseAddress!, total = rows * n
            var filled = n
            while filled < total {
                let chunk = Swift.min(filled, total - filled)
                (o + filled).initialize(from: o, count: chunk)
                filled += chunk
            }
            count = total
        }
    }

    /// `mm_mat1_backward` on BLAS operands: `grad · mat2ᵀ`, or `(mat2 · gradᵀ)ᵀ` when the
    /// first input was column-major.
    static func mat1Backward(_ grad: Tensor, _ mat2: MatrixOperand, rows: Int, mat1Layout: MatrixOperand) -> Tensor {
        let g = grad.matrixOperand
        if mat1Layout.isColumnMajor {
            let p = gemm(mat2, g.t, c: nil, beta: 0, alpha: 1)
            return fromMatrix(MatrixOperand(data: p, rows: rows, cols: mat2.rows, transposed: true))
        }
        return Tensor(dtype: .float32, shape: [rows, mat2.rows], floats: gemm(g, mat2.t, c: nil, beta: 0, alpha: 1))
    }
}

/// The backward node of the fused `linear`: `AddmmBackward0` with edges to the bias, the
/// input and (in place of `TBackward0`) the weight.
final class LinearNode: Node {
    typealias Backward = (Tensor) throws -> (Tensor?, Tensor?, Tensor?)
    private var backward: Backward?
    /// The `TBackward0` scripts see in `next_functions` (`NodeIntrospection.swift`).
    var presentedTranspose: Node?

    init(bias: Tensor, input: Tensor, weight: Tensor, backward: @escaping Backward) {
        self.backward = backward
        super.init(name: "AddmmBackward0")
        if AutogradThreadState.anyInferenceMode, !GradMode.isInferenceMode,
           (weight.requiresGrad && input.isInference) || (input.requiresGrad && weight.isInference) {
            Tensor.recordPendingError(Tensor.inferenceSavedMessage)
        }
        edge0 = bias.requiresGrad ? bias.gradientEdge() : nil
        edge1 = input.requiresGrad ? input.gradientEdge() : nil
        edge2 = weight.requiresGrad ? weight.gradientEdge() : nil
        edgeCount = 3
    }

    override func apply(_ grad: Tensor) throws -> [Tensor?] {
        guard let backward else { throw EngineError.runtime(FunctionNode.secondBackwardMessage) }
        let (b, x, w) = try backward(grad)
        return [b, x, w]
    }

    override func release() { backward = nil }
}
