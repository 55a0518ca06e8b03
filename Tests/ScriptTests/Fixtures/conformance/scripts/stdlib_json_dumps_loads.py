import json
from collections import OrderedDict, namedtuple

config = {'model': 'mlp', 'layers': [16, 16, 1], 'lr': 1e-3, 'dropout': 0.5, 'seed': None,
          'use_bias': True, 'name': 'Zoë "quoted" \\ path\n', 'nested': {'b': [], 'a': {}}, 'big': 2 ** 70}
print(json.dumps(config))
print(json.dumps(config, indent=2))
print(json.dumps(config, indent=4, sort_keys=True))
print(json.dumps(config, sort_keys=True, separators=(',', ':')))
print(json.dumps(config, indent='\t', ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps((1, 2.5, -0.0, 1e20, 1.5e-7, float('nan'), float('inf'), -float('inf'))))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'k': 'str'}))
print(json.dumps('日本語 😀 \x00\x1f\x7f'), json.dumps('日本語 😀', ensure_ascii=False))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(namedtuple('P', 'x y')(1, 2)))
print(json.dumps({'s': {1, 2}} if False else {'x': 1}), json.dumps([]), json.dumps({}), json.dumps(''), json.dumps(None))
print(json.dumps({'a': object()}, default=lambda o: 'OBJ'), json.dumps({(1, 2): 3}, skipkeys=True))
for bad in [{'s': {1, 2}}, {(1, 2): 3}, [float('nan')], {'b': 1, 2: 3}]:
    try:
        print(json.dumps(bad, allow_nan=False, sort_keys=True))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)

text = '{"lr": 0.001, "layers": [16, 16], "name": "run\\u00e9\\n", "ok": true, "none": null, "big": 123456789012345678901234567890, "exp": 1E5, "neg": -0, "f": -1.5e-3, "esc": "\\"\\\\\\/\\b\\f\\r\\t\\ud83d\\ude00"}'
data = json.loads(text)
print(data)
print({k: type(v).__name__ for k, v in data.items()})
print(json.loads('[]'), json.loads(' {} '), json.loads('"x"'), json.loads('3'), json.loads('NaN'), json.loads('[-Infinity, Infinity]'))
print(json.loads(json.dumps(config)) == config, json.loads('{"a": 1, "a": 2}'))
for bad in ['', '   ', '{', '{"a" 1}', '{"a": }', '[1, 2', '[1,]', '{"a": 1,}', '{\'a\': 1}', '"abc', '"a\x01"', '"\\q"',
            '"\\u12"', '[1] x', 'tru', '01', '{"a":1}\n{"b":2}', '[\n  1,\n  2\n  3\n]', '\ufeff1']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
json.loads('{"broken": [1, 2,, 3]}')
