# Generates language/snippets.json: each snippet run under CPython 3.11 (the project venv).
# Run: /opt/torchenv/bin/python Tests/ScriptTests/Fixtures/language/make_snippets.py > Tests/ScriptTests/Fixtures/language/snippets.json
import json, subprocess, sys
snips = {
 "floordiv_mod_negative": "print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, 5 % -0.75)",
 "round_half_even": "print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(0.125, 2), round(1234.5678, -2), round(15, -1), round(25, -1))",
 "float_repr": "print(0.1 + 0.2, 1e-05, 100.0, float('inf'), -0.0, 1e16, 123456789.0 * 10, 2.5e-7, [0.1, 1/3])",
 "chained_comparison": "x = 5\nprint(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2)",
 "truthiness": "print(bool([]), bool([0]), bool(''), bool('a'), bool(0.0), bool({}), bool(None), not 0, [] or 'x', 0 and 1)",
 "closures_defaults": "def make(n):\n    def add(x, k=n):\n        return x + k\n    return add\nadders = [make(i) for i in range(3)]\nprint([f(10) for f in adders], adders[1](1, k=5))",
 "nonlocal_counter": "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nc = counter()\nc(); c()\nprint(c())",
 "star_args": "def f(a, *args, sep='-', **kw):\n    return f'{a}|{args}|{sep}|{kw}'\nprint(f(1, 2, 3, sep='+', z=4))\nprint(f(*[5, 6], **{'y': 1}))",
 "unpacking": "a, (b, c), *rest = 1, (2, 3), 4, 5\nfirst, *mid, last = 'hello'\nprint(a, b, c, rest, first, mid, last)",
 "fstring_specs": "x = 3.14159\nn = 42\ns = 'hi'\nprint(f'{x:.2f}|{x:>8.3f}|{x:+.3e}|{n:4d}|{n:<4d}|{s!r}|{s:^6}|{n:,}|{x=}|{n:#x}|{{lit}}')",
 "fstring_nested_spec": "w = 10\np = 3\nv = 2.718281828\nprint(f'{v:{w}.{p}f}|{v:>{w}}|{\"a\" + \"b\":*^{w}}')",
 "dict_order": "d = {'b': 1, 'a': 2}\nd['c'] = 3\nd['b'] = 9\ndel d['a']\nprint(d, list(d.items()), d.get('z', 0), {**d, 'x': 1} | {'y': 2})",
 "list_ops": "xs = [3, 1, 2]\nxs.append(5); xs.extend([0]); xs.insert(1, 9)\nprint(xs, xs.pop(), xs.index(9), sorted(xs, reverse=True), xs[::-1], xs[1:3], xs[-1])",
 "str_methods": "s = '  Hello, World  '\nprint(s.strip().split(', '), '-'.join(['a', 'b']), s.upper(), s.lower().strip(), 'abc'.startswith('ab'), 'x,y'.split(','), '{} and {}'.format(1, 'b'), 'a b  c'.split())",
 "builtins_mix": "print(sum([1, 2, 3]), sum([0.1] * 3), min(3, 1, 2), max([1, 5, 2], key=lambda v: -v), abs(-2.5), len('abc'), list(zip('ab', [1, 2])), list(enumerate('xy', 1)), any([0, 1]), all([]), list(map(str, [1, 2])), list(reversed([1, 2, 3])), isinstance(True, int), isinstance(1.0, (int, str)))",
 "int_float_conv": "print(int('42'), int(-3.9), float('1e3'), int(True), str(1.0), float(7), 7 / 2, 8 / 2, 2 ** -1, 2 ** 10, 10 // 3.0)",
 "while_else_break": "i = 0\nwhile i < 10:\n    i += 3\n    if i > 6:\n        break\nelse:\n    print('no')\nfor j in range(3):\n    pass\nelse:\n    print('done', i, j)",
 "print_sep_end": "print(1, 2, 3, sep=', ', end='!\\n')\nprint('a', end='')\nprint('b')\nprint([1, 'a', 2.0, None, True, (1,), {'k': [1.5]}])",
 "lambda_sorted": "pairs = [(1, 'b'), (0, 'c'), (1, 'a')]\nprint(sorted(pairs), sorted(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: (p[0], p[1])))",
 "conditional_expr": "xs = [x if x % 2 else -x for x in range(6) if x != 3]\nprint(xs, {k: v for k, v in zip('abc', range(3))})",
 "try_except": "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('finally')\ntry:\n    raise ValueError('bad')\nexcept (TypeError, ValueError) as e:\n    print(type(e).__name__, e.args)",
 "hint_case_only": "Total = 1\nprint(total)",
 "hint_prefers_local": "learning_rate = 1\ndef f(learning_rat):\n    return learning_rte\nf(2)",
 "hint_builtin": "print(lenn([1]))",
 "hint_too_far": "alpha = 1\nprint(omega)",
 "hint_attribute": "xs = [1]\nxs.apend(2)",
 "hint_global_order": "mb = 1\nma = 2\nprint(mc)",
 "cyclic_repr": "xs = [1]\nxs.append(xs)\nd = {}\nd['self'] = d\nprint(xs, d)",
 "percent_format": "print('%d items at %.2f each, %s' % (3, 1.5, 'ok'), '%5.1f|%-4d|' % (2.25, 7))",
}
out = {}
for k, src in snips.items():
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
    out[k] = {"source": src, "stdout": r.stdout, "stderr_last": (r.stderr.strip().splitlines() or [""])[-1] if r.returncode else ""}
print(json.dumps(out, indent=1))
