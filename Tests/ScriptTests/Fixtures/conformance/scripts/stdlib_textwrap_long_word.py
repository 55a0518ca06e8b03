# TextWrapper subclasses overriding _handle_long_word (called by _wrap_chunks as CPython's).
import textwrap


class Ellipsize(textwrap.TextWrapper):
    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        word = reversed_chunks.pop()
        room = max(width - cur_len, 2)
        cur_line.append(word[:room - 1] + "…")


class Logged(textwrap.TextWrapper):
    calls = []

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        Logged.calls.append((reversed_chunks[-1], list(cur_line), cur_len, width))
        super()._handle_long_word(reversed_chunks, cur_line, cur_len, width)


text = "tokens like supercalifragilisticexpialidocious and pneumonoultramicroscopic get cut"
for width in (10, 16, 25):
    print(Ellipsize(width=width).wrap(text))
    print(Logged(width=width).wrap(text))
for call in Logged.calls:
    print(call)
print(Logged(width=12, break_long_words=False).fill(text))
print(Ellipsize(width=8, initial_indent="> ").fill("a-very-long-hyphenated-word x"))
