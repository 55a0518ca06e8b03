"""Run the course's lesson scripts with CPython + PyTorch and check their `{output}` blocks.

Commands (from the repository root):

    /opt/torchenv/bin/python tools/reference/course_outputs.py            # check every lesson
    /opt/torchenv/bin/python tools/reference/course_outputs.py --write    # rewrite the {output} blocks
    /opt/torchenv/bin/python tools/reference/course_outputs.py --runs     # also summarise each {descent} run
    /opt/torchenv/bin/python tools/reference/course_outputs.py --log NAME # print one run's table (epoch, w1, w2, loss, lr)
    /opt/torchenv/bin/python tools/reference/course_outputs.py --figures DIR drafts/04-*.md
                                                  # also save every pyplot figure as DIR/LESSON-N.png

Optional positional arguments name lesson files (default: notebooks/*.md). The exit status is 1
when an output differs (without --write), a script raises, or a block's options do not parse.

What it does, following notebooks' format (docs/lesson-format.md):

- `{code}` blocks run in order in one namespace per lesson that starts with `torch` imported.
- An `{exercise}` (unless `:runs: false`) and a `{solution}` each run in a copy of that namespace
  at their place, so nothing they define leaks into later blocks.
  (The copy is deep for values such as tensors; functions defined in earlier `{code}` blocks
  keep reading the session's globals, so an exercise should not rely on one of them seeing
  names it rebinds.)
- The `{output}` block right after one of those blocks must equal what it printed (stdout);
  with --write it is replaced (or inserted when missing and the block prints something).
- `{solution}` with `:expect: same-output-as-exercise` must print what its exercise printed.
- matplotlib runs under the Agg backend. As in Descent (and Jupyter's inline backend), a figure
  belongs to the block that drew it: it is taken at `plt.show()` and, if still open, when the
  block ends; then it is closed. With --figures DIR each one is saved as DIR/LESSON-N.png
  (N counts the lesson's pyplot figures from 1), for side-by-side comparison with Descent's SVG.
- `descent(...)` called from a script runs the figure's training (prints nothing), as in Descent.
- `{descent}` blocks: front-matter presets, `use:` and `panels:` are resolved and every run is
  trained exactly as the reference `train` does (zero_grad; record w1, w2; loss; backward; step;
  scheduler step, ReduceLROnPlateau with the loss), so claims made about a figure can be checked
  against PyTorch's numbers (--runs, --log).
"""

import argparse
import copy
import contextlib
import glob
import io
import re
import sys
import traceback

import torch

import matplotlib

# One thread: as fast as it gets for these small models on a shared machine, and the way
# Descent calls MKL.
torch.set_num_threads(1)

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

plt.switch_backend("Agg")  # before plt.show is swapped per block (switching later would wrap it)

# --------------------------------------------------------------------------- a small YAML subset


class YAMLError(Exception):
    pass


def _strip_comment(line):
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i].rstrip()
    return line.rstrip()


def _scalar(text):
    s = text.strip()
    if s == "" or s in ("null", "~", "Null", "NULL"):
        return None
    if s[0] in "'\"":
        if len(s) < 2 or s[-1] != s[0]:
            raise YAMLError(f"unterminated quoted scalar: {s}")
        body = s[1:-1]
        return body.replace("''", "'") if s[0] == "'" else body.encode().decode("unicode_escape")
    if s in ("true", "True", "TRUE"):
        return True
    if s in ("false", "False", "FALSE"):
        return False
    if re.fullmatch(r"[-+]?\d+", s):
        return int(s)
    if re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", s):
        return float(s)
    if s[0] in "[{":
        return _flow(s)
    if s[0] in "*&!%@`|>" or ": " in s or s.endswith(":"):
        raise YAMLError(f"plain scalar that YAML reads differently, quote it: {s}")
    return s


def _flow(text):
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t":
            pos += 1

    def value(stop):
        nonlocal pos
        skip()
        if pos < len(text) and text[pos] == "[":
            pos += 1
            items = []
            skip()
            if text[pos] == "]":
                pos += 1
                return items
            while True:
                items.append(value(",]"))
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                if text[pos] == "]":
                    pos += 1
                    return items
                raise YAMLError(f"bad flow sequence: {text}")
        if pos < len(text) and text[pos] == "{":
            pos += 1
            items = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return items
            while True:
                key = value(":")
                skip()
                if text[pos] != ":":
                    raise YAMLError(f"bad flow mapping: {text}")
                pos += 1
                items[key] = value(",}")
                skip()
                if text[pos] == ",":
                    pos += 1
                    continue
                if text[pos] == "}":
                    pos += 1
                    return items
                raise YAMLError(f"bad flow mapping: {text}")
        if pos < len(text) and text[pos] in "'\"":
            q = text[pos]
            end = text.index(q, pos + 1)
            s = text[pos:end + 1]
            pos = end + 1
            return _scalar(s)
        start = pos
        while pos < len(text) and text[pos] not in stop:
            pos += 1
        return _scalar(text[start:pos])

    try:
        result = value("")
    except (IndexError, ValueError) as e:
        raise YAMLError(f"bad flow value: {text}") from e
    skip()
    if pos != len(text):
        raise YAMLError(f"trailing text in flow value: {text}")
    return result


def yaml_load(text):
    """Block mappings/sequences of flow values and scalars: enough for front matter and options."""
    lines = [(len(l) - len(l.lstrip(" ")), l.strip()) for l in map(_strip_comment, text.splitlines()) if l.strip()]

    def block(i, indent):
        if lines[i][1].startswith("- ") or lines[i][1] == "-":
            out = []
            while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("-"):
                rest = lines[i][1][1:].strip()
                i += 1
                if rest:
                    out.append(_scalar(rest))
                else:
                    v, i = block(i, lines[i][0])
                    out.append(v)
            return out, i
        out = {}
        while i < len(lines) and lines[i][0] == indent:
            m = re.match(r"([^:]+?):(\s+(.*))?$", lines[i][1])
            if not m:
                raise YAMLError(f"expected `key: value`: {lines[i][1]}")
            key, rest = m.group(1).strip(), (m.group(3) or "").strip()
            i += 1
            if rest:
                out[key] = _scalar(rest)
            elif i < len(lines) and lines[i][0] > indent:
                out[key], i = block(i, lines[i][0])
            else:
                out[key] = None
        return out, i

    if not lines:
        return {}
    value, i = block(0, lines[0][0])
    if i != len(lines):
        raise YAMLError(f"unexpected indentation at: {lines[i][1]}")
    return value


# --------------------------------------------------------------------------- lessons


FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")


class Block:
    def __init__(self, directive, argument, options, body, start, end, body_start):
        self.directive = directive  # "code", "exercise", ... or None for a plain fence
        self.argument = argument
        self.options = options
        self.body = body
        self.start = start  # line index of the opening fence
        self.end = end  # line index of the closing fence
        self.body_start = body_start


def parse_lesson(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    front = {}
    i = 0
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        front = yaml_load("\n".join(lines[1:end]))
        i = end + 1
    blocks = []
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(2), m.group(3).strip()
        j = i + 1
        while j < len(lines):
            c = re.match(r"^ {0,3}(`{3,}|~{3,})\s*$", lines[j])
            if c and c.group(1)[0] == fence[0] and len(c.group(1)) >= len(fence):
                break
            j += 1
        content = lines[i + 1:j]
        d = re.match(r"^\{([a-z-]+)\}\s*(.*)$", info)
        directive, argument, options, k = None, None, {}, 0
        if d:
            directive, argument = d.group(1), d.group(2).strip() or None
            try:
                if content and content[0] == "---":
                    close = content.index("---", 1)
                    options = yaml_load("\n".join(content[1:close]))
                    k = close + 1
                else:
                    while k < len(content) and re.match(r"^:[A-Za-z_-]+:", content[k]):
                        key, _, value = content[k][1:].partition(":")
                        options[key] = _scalar(value)
                        k += 1
            except YAMLError as e:
                raise YAMLError(f"{path}:{i + 1}: {e}") from e
        body = "\n".join(content[k:]) + ("\n" if content[k:] else "")
        blocks.append(Block(directive, argument, options, body, i, j, i + 1 + k))
        i = j + 1
    return lines, front, blocks


# --------------------------------------------------------------------------- descent runs


def sin_loss(w1, w2):
    return (torch.sin(w2) * torch.exp(1 - torch.cos(w1)) ** 2
            + torch.cos(w1) * torch.exp(1 - torch.sin(w2)) ** 2
            + (w1 - w2) ** 2)


BUILTIN_LOSSES = {
    "sin": sin_loss,
    "reg": lambda w1, w2: w1**2 + w2**2 + 1.8 * w1 * w2,
    "rosenbrock": lambda w1, w2: (1 - w1) ** 2 + 100 * (w2 - w1**2) ** 2,
    "himmelblau": lambda w1, w2: (w1**2 + w2 - 11) ** 2 + (w1 + w2**2 - 7) ** 2,
    "beale": lambda w1, w2: ((1.5 - w1 + w1 * w2) ** 2 + (2.25 - w1 + w1 * w2**2) ** 2
                             + (2.625 - w1 + w1 * w2**3) ** 2),
    "booth": lambda w1, w2: (w1 + 2 * w2 - 7) ** 2 + (2 * w1 + w2 - 5) ** 2,
}


def loss_function(spec):
    if spec in BUILTIN_LOSSES:
        return BUILTIN_LOSSES[spec]
    code = compile(str(spec), "<loss>", "eval")
    return lambda w1, w2: eval(code, {"torch": torch, "__builtins__": {}}, {"w1": w1, "w2": w2})


def constructor(spec, module, prefix):
    """`SGD(lr=0.01, momentum=0.6)` -> (torch.optim.SGD, {"lr": 0.01, "momentum": 0.6})."""
    s = str(spec).strip()
    if s.startswith(prefix):
        s = s[len(prefix):]
    m = re.fullmatch(r"([A-Za-z_]\w*)\s*(\((.*)\))?", s, re.S)
    if not m or not hasattr(module, m.group(1)):
        raise ValueError(f"unknown constructor: {spec}")
    kwargs = eval(f"dict({m.group(3) or ''})", {"__builtins__": {"dict": dict}}) if m.group(2) else {}
    return getattr(module, m.group(1)), kwargs


def train(options):
    loss_fn = loss_function(options["loss"])
    start = options.get("start", [0, 0])
    w1 = torch.tensor(float(start[0]), requires_grad=True)
    w2 = torch.tensor(float(start[1]), requires_grad=True)
    if options.get("optimizer") is not None:
        opt_class, opt_kwargs = constructor(options["optimizer"], torch.optim, "torch.optim.")
    elif options.get("step_size") is not None:
        opt_class, opt_kwargs = torch.optim.SGD, {"lr": options["step_size"]}
    else:
        opt_class, opt_kwargs = torch.optim.SGD, {}
    optimizer = opt_class(params=[w1, w2], **opt_kwargs)
    scheduler = None
    if options.get("scheduler") is not None:
        sch_class, sch_kwargs = constructor(options["scheduler"], torch.optim.lr_scheduler,
                                            "torch.optim.lr_scheduler.")
        scheduler = sch_class(optimizer, **sch_kwargs)
    rows = []
    for epoch in range(int(options.get("epochs", 0))):
        optimizer.zero_grad()
        a, b = w1.item(), w2.item()
        loss = loss_fn(w1, w2)
        loss.backward()
        optimizer.step()
        if isinstance(scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau):
            scheduler.step(loss.detach())
        elif scheduler is not None:
            scheduler.step()
        rows.append((epoch + 1, a, b, loss.item(), optimizer.param_groups[0]["lr"]))
    return rows


def resolve(options, presets, named, seen=()):
    out = {}
    base = options.get("use")
    if base is not None:
        if base in seen:
            raise ValueError(f"`use:` cycle through {base}")
        if base in named:
            out.update(named[base])
        elif base in presets:
            out.update(resolve(presets[base], presets, named, seen + (base,)))
        else:
            raise ValueError(f"unknown preset or figure: {base}")
    out.update({k: v for k, v in options.items() if k != "use"})
    return out


def with_argument(spec, module, prefix, key, value):
    """`SGD(lr=0.05, weight_decay=0)` with `weight_decay` set to `value`, or None when the
    constructor does not take `key`."""
    cls, kwargs = constructor(spec, module, prefix)
    import inspect
    if key not in inspect.signature(cls).parameters:
        return None
    kwargs[key] = value
    return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in kwargs.items())})"


def explore_runs(options):
    """Every combination of an `explore:` map, as (label, options): each key is `start` or an
    argument of the optimizer (else of the scheduler)."""
    import itertools
    explore = options["explore"]
    base = {k: v for k, v in options.items() if k != "explore"}
    if base.get("optimizer") is None and base.get("step_size") is not None:
        base["optimizer"] = f"SGD(lr={base.pop('step_size')!r})"
    runs = []
    for values in itertools.product(*explore.values()):
        o = dict(base)
        for key, value in zip(explore, values):
            if key == "start":
                o["start"] = value
                continue
            spec = with_argument(o.get("optimizer") or "SGD", torch.optim, "torch.optim.", key, value)
            if spec is not None:
                o["optimizer"] = spec
            elif o.get("scheduler"):
                spec = with_argument(o["scheduler"], torch.optim.lr_scheduler, "torch.optim.lr_scheduler.", key, value)
                if spec is None:
                    raise ValueError(f"explore: {key} is an argument of neither the optimizer nor the scheduler")
                o["scheduler"] = spec
            else:
                raise ValueError(f"explore: {key} is not an argument of the optimizer")
        runs.append((", ".join(f"{k}={v}" for k, v in zip(explore, values)), o))
    return runs


def figure_runs(options):
    """(label, options) of each panel of a figure; panels inherit the block's options, and an
    `explore:` map gives one run per combination of its values."""
    panels = options.get("panels")
    if not panels:
        return explore_runs(options) if options.get("explore") else [("", options)]
    base = {k: v for k, v in options.items() if k != "panels"}
    return [(f"panel {n}", base | panel) for n, panel in enumerate(panels, 1)]


def summarise(label, options, rows, out):
    x, y = options.get("x"), options.get("y")
    if not rows:
        out.append(f"    {label or 'surface'}: {options['loss']} x {x} y {y} (surface only)")
        return
    last = rows[-1]
    best = min(rows, key=lambda r: r[3])
    outside = sum(1 for r in rows if x and y and not (x[0] <= r[1] <= x[1] and y[0] <= r[2] <= y[1]))
    opt = options.get("optimizer") or f"step_size={options.get('step_size')}"
    sch = f" + {options['scheduler']}" if options.get("scheduler") else ""
    out.append(f"    {label or 'run'}: {opt}{sch}, {len(rows)} epochs from {options.get('start', [0, 0])}: "
               f"last point ({last[1]:.3f}, {last[2]:.3f}) loss {last[3]:.3f}; "
               f"lowest loss {best[3]:.3f} at epoch {best[0]}; final lr {last[4]:.4g}; "
               f"{outside} points outside the window")


# --------------------------------------------------------------------------- running scripts


def copy_namespace(ns):
    out = {}
    for k, v in ns.items():
        try:
            out[k] = v if k == "__builtins__" or type(v).__name__ == "module" else copy.deepcopy(v)
        except Exception:
            out[k] = v
    return out


class FigureSink:
    """Takes a lesson's pyplot figures at `plt.show()` and at the end of each block."""

    def __init__(self, directory, lesson):
        self.directory, self.lesson, self.count = directory, lesson, 0

    def take(self, *args, **kwargs):
        for number in plt.get_fignums():
            self.count += 1
            if self.directory:
                import os
                os.makedirs(self.directory, exist_ok=True)
                plt.figure(number).savefig(os.path.join(self.directory, f"{self.lesson}-{self.count}.png"))
        plt.close("all")


def run_script(source, ns, path, first_line, descent_fn, figures=None):
    ns["descent"] = descent_fn
    show = plt.show
    if figures:
        plt.show = figures.take
    # Blank lines before the body keep traceback line numbers pointing into the Markdown file.
    code = compile("\n" * first_line + source, path, "exec")
    buf = io.StringIO()
    error = None
    with contextlib.redirect_stdout(buf):
        try:
            exec(code, ns)
        except Exception:
            error = traceback.format_exc()
        finally:
            plt.show = show
            if figures:
                figures.take()
            else:
                plt.close("all")
    return buf.getvalue(), error


def output_fence(text):
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def process(path, args, problems):
    lines, front, blocks = parse_lesson(path)
    presets = front.get("presets") or {}
    named = {}
    report = [f"{path}:"]
    ns = {"torch": torch, "__name__": "__main__"}
    edits = []  # (start, end, replacement lines) over `lines`
    exercises = {}
    last_exercise = None
    figures = panels = runs = codes = solutions = 0
    import os
    sink = FigureSink(args.figures, os.path.splitext(os.path.basename(path))[0])

    def descent_fn(**options):
        for _, o in figure_runs(resolve(options, presets, named)):
            train(o)

    for n, block in enumerate(blocks):
        where = f"{path}:{block.start + 1}"
        if block.directive == "descent":
            options = resolve(block.options, presets, named)
            if "name" in block.options:
                named[block.options["name"]] = options
            figures += 1
            label = options.get("name", f"line {block.start + 1}")
            report.append(f"  figure {label} ({where})")
            for panel, o in figure_runs(options):
                panels += 1
                for key in ("loss", "x", "y"):
                    if key not in o:
                        problems.append(f"{where}: descent block without `{key}`")
                rows = train(o) if "loss" in o else []
                runs += bool(rows)
                if args.runs:
                    summarise(panel, o, rows, report)
                if args.log and args.log == options.get("name"):
                    print(f"{label} {panel}".strip())
                    for r in rows:
                        print(f"  {r[0]:4d} {r[1]:10.4f} {r[2]:10.4f} {r[3]:12.4f} {r[4]:.6g}")
            continue
        if block.directive not in ("code", "exercise", "solution"):
            continue
        if block.directive == "exercise" and block.options.get("runs") is False:
            exercises[block.options.get("id")] = None
            last_exercise = block.options.get("id")
            continue
        codes += block.directive == "code"
        solutions += block.directive == "solution"
        scope = ns if block.directive == "code" else copy_namespace(ns)
        before = sink.count
        printed, error = run_script(block.body, scope, path, block.body_start, descent_fn, sink)
        if sink.count > before:
            report.append(f"  {block.directive} at line {block.start + 1}: pyplot figure(s) "
                          f"{', '.join(str(k) for k in range(before + 1, sink.count + 1))}")
        if error:
            problems.append(f"{where}: {block.directive} raised:\n{error}")
        if block.directive == "exercise":
            exercises[block.options.get("id")] = printed
            last_exercise = block.options.get("id")
        if block.directive == "solution":
            target = block.argument or last_exercise
            if target not in exercises:
                problems.append(f"{where}: solution refers to unknown exercise {target!r}")
            elif block.options.get("expect") == "same-output-as-exercise":
                if exercises[target] is None:
                    problems.append(f"{where}: exercise {target} does not run, nothing to compare")
                elif exercises[target] != printed:
                    problems.append(f"{where}: solution output differs from exercise {target}")
                else:
                    report.append(f"  solution {target}: same output as the exercise ({where})")
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        between = lines[block.end + 1:after.start] if after else []
        has_output = after is not None and after.directive == "output" and all(not l.strip() for l in between)
        label = f"{block.directive} {block.argument or block.options.get('id') or ''}".strip()
        if has_output:
            if after.body == printed:
                report.append(f"  {label}: output ok ({where})")
            elif args.write:
                fence = output_fence(printed)
                edits.append((after.start, after.end, [fence + "{output}"] + printed.rstrip("\n").split("\n") + [fence]))
                report.append(f"  {label}: output rewritten ({where})")
            else:
                diff = "".join(difflib_unified(after.body, printed))
                problems.append(f"{where}: {label}: output differs:\n{diff}")
        elif printed and not (block.directive == "solution" and block.options.get("expect")):
            if args.write:
                fence = output_fence(printed)
                edits.append((block.end + 1, block.end, ["", fence + "{output}"] + printed.rstrip("\n").split("\n") + [fence]))
                report.append(f"  {label}: output inserted ({where})")
            else:
                report.append(f"  {label}: prints {printed.count(chr(10))} lines, no {{output}} block ({where})")
    for start, end, replacement in sorted(edits, reverse=True):
        lines[start:end + 1] = replacement
    if edits:
        open(path, "w", encoding="utf-8").write("\n".join(lines))
    report.append(f"  {figures} figures, {panels} panels, {runs} optimizer runs, "
                  f"{len(exercises)} exercises, {solutions} solutions, {codes} code blocks, "
                  f"{sink.count} pyplot figures")
    return report


def difflib_unified(expected, actual):
    import difflib
    return difflib.unified_diff(expected.splitlines(True), actual.splitlines(True), "expected {output}", "printed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--write", action="store_true", help="rewrite {output} blocks with what the scripts print")
    parser.add_argument("--runs", action="store_true", help="summarise every {descent} run")
    parser.add_argument("--log", metavar="NAME", help="print the table of the named figure's runs")
    parser.add_argument("--figures", metavar="DIR", help="save every pyplot figure as DIR/LESSON-N.png")
    args = parser.parse_args()
    files = args.files or sorted(glob.glob("notebooks/*.md"))
    problems = []
    for path in files:
        try:
            report = process(path, args, problems)
        except (YAMLError, ValueError) as e:
            problems.append(str(e))
            continue
        if not args.log:
            print("\n".join(report))
    for p in problems:
        print("error:", p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
