# textwrap.TextWrapper subclassed: an override of a method the wrapping calls, new options
import textwrap


class BulletWrapper(textwrap.TextWrapper):
    def __init__(self, bullet="-", **kwargs):
        super().__init__(**kwargs)
        self.bullet = bullet
        self.initial_indent = bullet + " "
        self.subsequent_indent = " " * (len(bullet) + 1)

    def wrap(self, text):
        lines = super().wrap(text)
        return [line.rstrip() for line in lines]


class UpperWrapper(textwrap.TextWrapper):
    def _split(self, text):
        return [chunk.upper() for chunk in super()._split(text)]


class CountingWrapper(textwrap.TextWrapper):
    calls = 0

    def _wrap_chunks(self, chunks):
        CountingWrapper.calls += 1
        return super()._wrap_chunks(chunks)


text = "The quick brown fox jumps over the lazy dog and keeps running far beyond the hills."
w = BulletWrapper("*", width=30)
print(w.fill(text))
print(w.wrap("short"), w.width, w.bullet, isinstance(w, textwrap.TextWrapper), type(w).__mro__[1])
print(UpperWrapper(width=25).fill(text))
c = CountingWrapper(width=20, max_lines=2, placeholder=" …")
print(c.wrap(text), CountingWrapper.calls, c.fill("one two"), CountingWrapper.calls)
print(textwrap.TextWrapper(width=12)._split("hello-world foo"), w._split("a b")[:3])


class Numbered(textwrap.TextWrapper):
    def fill(self, text):
        return "\n".join(f"{i:2}| {line}" for i, line in enumerate(self.wrap(text), 1))


print(Numbered(width=28).fill(text))
print(vars(Numbered(width=5))["width"], sorted(k for k in vars(textwrap.TextWrapper()) if not k.startswith("_"))[:4])
