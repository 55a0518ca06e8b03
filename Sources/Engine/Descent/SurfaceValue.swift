/// The operations a built-in surface's formula is written with, so one formula serves both
/// `Tensor` (contour grids, autograd) and `TracedScalar` (the fast two-parameter descent).
///
/// Each operation must round exactly as the tensor operation of the same name does on a
/// 0-d float32 tensor; `TracedScalar` records the gradient rule `Tensor`'s autograd uses.
public protocol SurfaceValue {
    static func + (lhs: Self, rhs: Self) throws -> Self
    static func - (lhs: Self, rhs: Self) throws -> Self
    static func * (lhs: Self, rhs: Self) throws -> Self
    static func + (lhs: Self, rhs: Scalar) throws -> Self
    static func - (lhs: Self, rhs: Scalar) throws -> Self
    static func * (lhs: Self, rhs: Scalar) throws -> Self
    static func + (lhs: Scalar, rhs: Self) throws -> Self
    static func - (lhs: Scalar, rhs: Self) throws -> Self
    static func * (lhs: Scalar, rhs: Self) throws -> Self
    func sin() throws -> Self
    func cos() throws -> Self
    func exp() throws -> Self
    func pow(_ exponent: Scalar) throws -> Self
}

extension Tensor: SurfaceValue {}
