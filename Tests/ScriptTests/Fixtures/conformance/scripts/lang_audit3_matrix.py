# A matrix-as-lists class from a "linear algebra from scratch" lesson: __matmul__ and
# __rmatmul__, __getitem__/__setitem__ with tuple keys and slices, __iter__ over rows,
# __eq__, __add__/__mul__ with scalars and reflected operands, __len__, __contains__,
# __repr__/__str__ with aligned columns, class methods as constructors, and the shape errors.
class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter([tuple(r) for r in self.rows])

    def __contains__(self, value):
        return any(value in r for r in self.rows)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if isinstance(i, slice) or isinstance(j, slice):
                rows = self.rows[i] if isinstance(i, slice) else [self.rows[i]]
                return Matrix([r[j] if isinstance(j, slice) else [r[j]] for r in rows])
            return self.rows[i][j]
        return Vector(self.rows[key])

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(sum(a * b for a, b in zip(row, other)) for row in self.rows)
        if not isinstance(other, Matrix):
            return NotImplemented
        (n, k), (k2, m) = self.shape, other.shape
        if k != k2:
            raise ValueError(f"matmul: shapes {self.shape} and {other.shape} do not align ({k} != {k2})")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x + other for x in r] for r in self.rows])
        if isinstance(other, Matrix) and other.shape == self.shape:
            return Matrix([[x + y for x, y in zip(r, s)] for r, s in zip(self.rows, other.rows)])
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, scalar):
        if not isinstance(scalar, (int, float)):
            return NotImplemented
        return Matrix([[x * scalar for x in r] for r in self.rows])

    def __rmul__(self, scalar):
        return self * scalar

    def __neg__(self):
        return self * -1

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[f"{x:g}" for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)


class Vector:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        yield from self.items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return sum(a * b for a, b in zip(other, self.items))
        return NotImplemented

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return sum(a * b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self):
        return f"Vector({self.items})"


A = Matrix([[1, 2, 3], [4, 5, 6]])
B = Matrix([[1, 0], [0, 1], [2, -1]])
print(A.shape, B.shape, len(A), 5 in A, 9 in A)
print(A @ B)
print(repr(B @ A), (A @ B).shape)
print(A.T, A.T.T == A, A == [[1, 2, 3], [4, 5, 6]])
print(A[1], A[1, 2], A[0, -1], A[:, 1:], A[1:, :2], A[0, ::2])
C = Matrix.zeros(2, 2)
C[0, 1] = 7
C[1, 0] = 2.5
print(repr(C), str(C), sep="\n")
I = Matrix.identity(3)
print(A @ I == A, I @ Vector([1, 2, 3]), Vector([1, 2]) @ Vector([3, 4]), [1, 1, 1] @ Vector([1, 2, 3]))
print(list(A), [sum(row) for row in A], max(A, key=sum), sorted(A, reverse=True))
for i, (a, b, c) in enumerate(A):
    print(f"row {i}: {a:>3}{b:>3}{c:>3}")
print(2 * A, A * 0.5, -A, A + 1, 1 + A, A + A, sep=" | ")
print(sum([A, A, A], Matrix.zeros(2, 3)))
try:
    A @ A
except ValueError as e:
    print("ValueError:", e)
for bad in [lambda: A @ 2, lambda: A * A, lambda: A + B, lambda: "x" @ A, lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
D = A @ B
D[0, 0] += 100
print(D[0, 0], D.shape, D)
A @ Vector([1, 2]) @ "v"
