import textwrap

w = textwrap.TextWrapper(width=24, initial_indent='- ', subsequent_indent='  ')
text = 'Each epoch the model sees every training example once, in a shuffled order.'
print(w.fill(text))
print(w.wrap(text))
print(w.width, w.initial_indent, repr(w.subsequent_indent), w.expand_tabs, w.tabsize, w.max_lines, w.placeholder, w.break_on_hyphens)
w.width = 40
w.max_lines = 1
w.placeholder = ' …'
print(w.fill(text), type(w).__name__, isinstance(w, textwrap.TextWrapper))
w2 = textwrap.TextWrapper(12, '> ', '. ', break_long_words=False)
print(w2.wrap('tokenization-friendly words are unbreakable here'))
print(textwrap.TextWrapper().wrap('short'))
for bad in [dict(colour=1)]:
    try:
        textwrap.TextWrapper(**bad)
    except TypeError as e:
        print('TypeError', e)
textwrap.TextWrapper(width=0).fill('x')
