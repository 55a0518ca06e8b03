import Testing
@testable import Script

/// Tuples are `PyTuple` objects (items in the object's own allocation); every operation
/// still behaves as CPython 3.11's (expected output printed by it for the same script).
@Suite struct TupleTests {
    @Test func tupleOperationsMatchCPython() {
        let source = "a = (1, 2)\nb = a + (3,) + ()\nprint(b, b[1:], b[::-1], b * 2, 2 * (0,), len(()), () == (), (*a, *b, 9))\ndef f(*args):\n    return args\nprint(f(), f(1, [2]), f(*b))\ntry:\n    t = (1, undefined_name)\nexcept NameError as e:\n    print(e)\nx, (y, z) = (1, (2, 3))\nfirst, *rest = b\nprint(x, y, z, first, rest, a < b, (1, 2) < (1, 2, 0), (2,) > (1, 9), a.count(1), b.index(3), 3 in b)\nd = {(1, (2, 'x')): 'k'}\nprint(d[(1.0, (2, 'x'))], hash((1, 2)) == hash((1.0, 2)), list(enumerate('ab')), dict(zip('ab', (1, 2))).items())\nprint(str((1,)), repr(('a', None, 1.5)), tuple([1, 2]), tuple(), bool(()), bool((0,)), divmod(7, 2))\n"
        #expect(output(source) == "(1, 2, 3) (2, 3) (3, 2, 1) (1, 2, 3, 1, 2, 3) (0, 0) 0 True (1, 2, 1, 2, 3, 9)\n() (1, [2]) (1, 2, 3)\nname 'undefined_name' is not defined\n1 2 3 1 [2, 3] True True True 1 2 True\nk True [(0, 'a'), (1, 'b')] dict_items([('a', 1), ('b', 2)])\n(1,) ('a', None, 1.5) (1, 2) () False True (3, 1)\n")
    }

    @Test func aTupleIsItself() {
        #expect(output("t = (1, [2])\nu = (1, [2])\nprint(t is t, t is u, t == u, [t].count(t), (t,) == (t,))\n") == "True False True 1 True\n")
    }
}
