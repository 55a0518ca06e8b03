# Generates language/syntax_errors.json: CPython 3.11 compile() errors (type, msg, line, offset).
# Run: /opt/torchenv/bin/python Tests/ScriptTests/Fixtures/language/make_syntax_errors.py > Tests/ScriptTests/Fixtures/language/syntax_errors.json
import json
cases = {
 "missing_colon": "if x\n    pass\n",
 "unterminated_string": "s = 'abc\nprint(s)\n",
 "unterminated_triple": "s = '''abc\n\nprint(s)\n",
 "never_closed": "x = foo(1,\n  2\ny = 3\n",
 "unexpected_indent": "x = 1\n    y = 2\n",
 "unindent_mismatch": "if True:\n        x = 1\n    y = 2\n",
 "expected_indented_block": "for i in range(3):\nprint(i)\n",
 "invalid_syntax": "x = = 1\n",
 "unmatched_paren": "x = (1 + 2))\n",
 "mismatched_paren": "x = [1, 2)\n",
 "assign_to_call": "f() = 1\n",
 "assign_to_literal": "1 = x\n",
 "forgot_comma": "print(1 2)\n",
 "keyword_arg_repeated_positional": "f(a=1, 2)\n",
 "def_missing_block": "def f():\nreturn 1\n",
 "augassign_literal": "1 += 2\n",
 "invalid_character": "x = 1 \u2013 2\n",
 "leading_zero": "x = 012\n",
 "invalid_decimal": "x = 1abc\n",
 "fstring_single_brace": "x = f'a}b'\n",
 "fstring_empty": "x = f'{}'\n",
 "else_without_if": "else:\n    pass\n",
}
out = {}
for k, src in cases.items():
    try:
        compile(src, "t.py", "exec")
        out[k] = None
    except SyntaxError as e:
        out[k] = {"source": src, "type": type(e).__name__, "msg": e.msg, "line": e.lineno, "offset": e.offset}
print(json.dumps(out, indent=1))
