#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads Intel MKL's runtime (`libmkl_rt.so.2`) with `dlopen` and wraps its VML functions.
///
/// PyTorch calls `vmsSin`, `vmsCos`, `vmsExp`, `vmsLn`, `vmsSqrt`, `vmsTanh`, `vmsAtan`, `vmsAsin`,
/// `vmsAcos`, `vmsErf`, `vmsErfc` (and the `vmd` double versions) with
/// mode `VML_HA | VML_FTZDAZ_OFF | VML_ERRMODE_IGNORE`; so do we, which makes the engine's
/// float32 transcendental results bit-identical to PyTorch's. Nothing of MKL is linked.
public enum MKLBackend {
    /// `VML_HA | VML_FTZDAZ_OFF | VML_ERRMODE_IGNORE` as in ATen/cpu/vml.h.
    static let mode: Int64 = 0x2 | 0x14_0000 | 0x100

    typealias VMLFloat = @convention(c) (Int32, UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int64) -> Void
    typealias VMLDouble = @convention(c) (Int32, UnsafePointer<Double>?, UnsafeMutablePointer<Double>?, Int64) -> Void

    /// Paths tried, in order: `$DESCENT_MKL`, the dynamic loader's search path, then the
    /// `lib` directories of common Python environments (`/opt/torchenv`, `$VIRTUAL_ENV`,
    /// `$CONDA_PREFIX`, `/usr/local`, `~/.local`).
    public static func candidatePaths() -> [String] {
        var paths: [String] = []
        func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } }
        if let explicit = env("DESCENT_MKL") { paths.append(explicit) }
        paths.append("libmkl_rt.so.2")
        var prefixes = ["/opt/torchenv", "/usr/local", "/usr", "/opt/intel/oneapi/mkl/latest"]
        if let venv = env("VIRTUAL_ENV") { prefixes.insert(venv, at: 0) }
        if let conda = env("CONDA_PREFIX") { prefixes.insert(conda, at: 0) }
        if let home = env("HOME") { prefixes.append(home + "/.local") }
        for prefix in prefixes { paths.append(prefix + "/lib/libmkl_rt.so.2") }
        return paths
    }

    /// Loads MKL from the first candidate path that provides the VML symbols, or nil
    /// (always nil when `DESCENT_MKL=none`).
    public static func load() -> MathBackend? {
        if let value = getenv("DESCENT_MKL"), String(cString: value) == "none" { return nil }
        for path in candidatePaths() {
            if let backend = load(path: path) { return backend }
        }
        return nil
    }

    /// Loads MKL from one library path, or nil when it is missing or lacks the symbols.
    public static func load(path: String) -> MathBackend? {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else { return nil }
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            guard let pointer = dlsym(handle, name) else { return nil }
            return unsafeBitCast(pointer, to: type)
        }
        // Elementwise VML results do not depend on threading; sequential mode avoids
        // OpenMP start-up and spinning threads for the engine's tiny tensors.
        typealias SetThreadingLayer = @convention(c) (Int32) -> Int32
        if let setLayer = symbol("MKL_Set_Threading_Layer", as: SetThreadingLayer.self) {
            _ = setLayer(1) // MKL_THREADING_SEQUENTIAL
        }
        guard let sSin = symbol("vmsSin", as: VMLFloat.self), let sCos = symbol("vmsCos", as: VMLFloat.self),
              let sExp = symbol("vmsExp", as: VMLFloat.self), let sLn = symbol("vmsLn", as: VMLFloat.self),
              let dSin = symbol("vmdSin", as: VMLDouble.self), let dCos = symbol("vmdCos", as: VMLDouble.self),
              let dExp = symbol("vmdExp", as: VMLDouble.self), let dLn = symbol("vmdLn", as: VMLDouble.self),
              let sSqrt = symbol("vmsSqrt", as: VMLFloat.self), let dSqrt = symbol("vmdSqrt", as: VMLDouble.self),
              let sTanh = symbol("vmsTanh", as: VMLFloat.self), let dTanh = symbol("vmdTanh", as: VMLDouble.self)
        else {
            dlclose(handle)
            return nil
        }
        guard let sAtan = symbol("vmsAtan", as: VMLFloat.self), let dAtan = symbol("vmdAtan", as: VMLDouble.self),
              let sAsin = symbol("vmsAsin", as: VMLFloat.self), let dAsin = symbol("vmdAsin", as: VMLDouble.self),
              let sAcos = symbol("vmsAcos", as: VMLFloat.self), let dAcos = symbol("vmdAcos", as: VMLDouble.self),
              let sErf = symbol("vmsErf", as: VMLFloat.self), let dErf = symbol("vmdErf", as: VMLDouble.self),
              let sErfc = symbol("vmsErfc", as: VMLFloat.self), let dErfc = symbol("vmdErfc", as: VMLDouble.self),
              let sErfInv = symbol("vmsErfInv", as: VMLFloat.self), let dErfInv = symbol("vmdErfInv", as: VMLDouble.self)
        else {
            dlclose(handle)
            return nil
        }
        let mode = self.mode
        let blas = loadBLAS(handle)
        return MathBackend(
            name: "mkl", detail: path,
            float: { function, x, y in
                let f: VMLFloat
                switch function {
                case .sin: f = sSin
                case .cos: f = sCos
                case .exp: f = sExp
                case .log: f = sLn
                case .sqrt: f = sSqrt
                case .tanh: f = sTanh
                case .atan: f = sAtan
                case .asin: f = sAsin
                case .acos: f = sAcos
                case .erf: f = sErf
                case .erfc: f = sErfc
                case .erfinv: f = sErfInv
                }
                f(Int32(x.count), x.baseAddress, y.baseAddress, mode)
            },
            double: { function, x, y in
                let f: VMLDouble
                switch function {
                case .sin: f = dSin
                case .cos: f = dCos
                case .exp: f = dExp
                case .log: f = dLn
                case .sqrt: f = dSqrt
                case .tanh: f = dTanh
                case .atan: f = dAtan
                case .asin: f = dAsin
                case .acos: f = dAcos
                case .erf: f = dErf
                case .erfc: f = dErfc
                case .erfinv: f = dErfInv
                }
                f(Int32(x.count), x.baseAddress, y.baseAddress, mode)
            }, blas: blas)
    }

    typealias CblasGemm = @convention(c) (Int32, Int32, Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
                                          UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32) -> Void
    typealias CblasGemv = @convention(c) (Int32, Int32, Int32, Int32, Float, UnsafePointer<Float>?, Int32,
                                          UnsafePointer<Float>?, Int32, Float, UnsafeMutablePointer<Float>?, Int32) -> Void
    typealias CblasDot = @convention(c) (Int32, UnsafePointer<Float>?, Int32, UnsafePointer<Float>?, Int32) -> Float

    /// MKL's `cblas_sgemm`, `cblas_sgemv` and `cblas_sdot`, called column-major
    /// (`CblasColMajor`) exactly as ATen's `sgemm_`/`sgemv_`/`sdot_` calls are; nil when the
    /// library lacks them.
    static func loadBLAS(_ handle: UnsafeMutableRawPointer) -> BLASKernels? {
        guard let g = dlsym(handle, "cblas_sgemm"), let v = dlsym(handle, "cblas_sgemv"), let d = dlsym(handle, "cblas_sdot")
        else { return nil }
        let gemm = unsafeBitCast(g, to: CblasGemm.self)
        let gemv = unsafeBitCast(v, to: CblasGemv.self)
        let dot = unsafeBitCast(d, to: CblasDot.self)
        let colMajor: Int32 = 102, noTrans: Int32 = 111, trans: Int32 = 112
        return BLASKernels(
            gemm: { ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc in
                gemm(colMajor, ta ? trans : noTrans, tb ? trans : noTrans, Int32(m), Int32(n), Int32(k), alpha,
                     a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
            },
            gemv: { t, m, n, alpha, a, lda, x, incx, beta, y, incy in
                gemv(colMajor, t ? trans : noTrans, Int32(m), Int32(n), alpha, a, Int32(lda), x, Int32(incx), beta, y, Int32(incy))
            },
            dot: { n, x, incx, y, incy in dot(Int32(n), x, Int32(incx), y, Int32(incy)) })
    }
}
