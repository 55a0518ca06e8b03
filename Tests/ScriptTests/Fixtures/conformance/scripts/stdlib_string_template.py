# string.Template: substitute, safe_substitute, identifiers, errors, subclassing the delimiter
from string import Template
import string

t = Template("$who likes $what, ${who}'s favourite costs $$${price}")
print(t.substitute(who="tim", what="kung pao", price=3))
print(t.substitute({"who": "ann", "what": "tea"}, price="1.50"))
print(t.substitute({"who": "x", "what": "y", "price": 1}, who="kw wins"))
print(t.safe_substitute(who="bob"))
print(t.template, Template.delimiter, Template.idpattern, t.pattern.pattern[:30] == Template.pattern.pattern[:30])
print(t.get_identifiers(), t.is_valid(), Template("$ bad").is_valid(), Template("${a} $b $a").get_identifiers())
for tmpl, kws in [("$missing here", {}), ("trailing $", {}), ("bad $1x", {}), ("${unclosed", {}), ("$a $b", {"a": 1})]:
    try:
        print(Template(tmpl).substitute(**kws))
    except KeyError as e:
        print("KeyError:", e)
    except ValueError as e:
        print("ValueError:", e)
    print("safe:", Template(tmpl).safe_substitute(**kws))
try:
    Template("$a").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError:", e)
print(Template("$épée ${x_1}y $_z").safe_substitute(x_1="X", _z="Z"))
print(Template("100$% sure: $a$b").safe_substitute(a=1, b=2))


class PercentTemplate(Template):
    delimiter = "%"


class DottedTemplate(Template):
    idpattern = r"[a-z][_a-z0-9.]*"


print(PercentTemplate("%name is %%50 off %{name}!").substitute(name="sale"))
print(DottedTemplate("$cfg.lr and $cfg.epochs").substitute({"cfg.lr": 0.1, "cfg.epochs": 3}))
print(isinstance(PercentTemplate("x"), Template), PercentTemplate.pattern.flags == Template.pattern.flags)
rows = [dict(name="sgd", lr=0.1), dict(name="adam", lr=3e-4)]
line = Template("| $name | $lr |")
print("\n".join(line.substitute(r) for r in rows))
print(repr(string.Template), type(t).__name__)
Template("Hello $name, you owe $amount").substitute(name="Ann")
