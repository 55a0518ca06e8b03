#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Float32 `pow` as ATen's CPU kernels compute it (`PowKernel.cpp`).
///
/// For an exponent without a special case, `cpu_kernel_vec` runs whole blocks of two vectors
/// through SLEEF's `powf` (`Vectorized<float>::pow`, the exponent rounded to float) and the
/// rest of each run through the C library: `pow(double(x), e)` rounded to float for a
/// Python-number exponent, `powf` for a tensor exponent. Which elements are in whole blocks
/// follows ATen's iterator (`IteratorLayout`).
extension Tensor {
    /// `x ** e` for a float32 tensor and a Python-number exponent that is not special.
    func floatPow(exponent e: Double) -> Tensor {
        let mask = vectorizedElements()
        let ef = Float(e)
        let x = floats
        var out = [Float](repeating: 0, count: x.count)
        for i in 0..<x.count {
            out[i] = mask[i] ? SleefFloat.pow(x[i], ef) : Float(cPow(Double(x[i]), e))
        }
        return Tensor(dtype: .float32, shape: shape, floats: out)
    }

    /// `a ** b` in float32 over the broadcast shape (tensor or Python-number operands).
    static func floatPow(_ a: Operand, _ xa: [Float], _ b: Operand, _ xb: [Float], outShape: [Int], outCount: Int) -> [Float] {
        func strides(_ operand: Operand) -> [Int] {
            switch operand {
            case .tensor(let t): return t.broadcastStrides(to: outShape)
            case .scalar: return [Int](repeating: 0, count: outShape.count)
            }
        }
        let layout = IteratorLayout(shape: outShape, inputStrides: [strides(a), strides(b)])
        let mask = outCount <= 1 ? [Bool](repeating: false, count: outCount)
                                 : layout.vectorized(shape: outShape, block: 2 * VectorKernels.floatLanes)
        let ia = xa.count == outCount ? nil : broadcastIndices(from: shape(a), to: outShape)
        let ib = xb.count == outCount ? nil : broadcastIndices(from: shape(b), to: outShape)
        var out = [Float](repeating: 0, count: outCount)
        for i in 0..<outCount {
            let x = xa.count == 1 ? xa[0] : xa[ia?[i] ?? i]
            let y = xb.count == 1 ? xb[0] : xb[ib?[i] ?? i]
            out[i] = mask[i] ? SleefFloat.pow(x, y) : powf(x, y)
        }
        return out
    }

    private static func shape(_ operand: Operand) -> [Int] {
        switch operand {
        case .tensor(let t): return t.shape
        case .scalar: return []
        }
    }
}
