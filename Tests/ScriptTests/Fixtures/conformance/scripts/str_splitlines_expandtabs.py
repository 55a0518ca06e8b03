text = 'a\r\nb\rc\n\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n'
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True) == text.splitlines(True), ''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True))
print('no newline'.splitlines(), 'trailing\n'.splitlines(), 'x\r'.splitlines(True), '\r\n\r\n'.splitlines())
for line in 'name,score\r\nann,3\r\nbob,5\r\n'.splitlines():
    print(line.split(','))
print(repr('tab\there\n\tx'.expandtabs()), repr('a\tb'.expandtabs(3)), repr('a\tb'.expandtabs(0)))
print(repr('ab\r\tc'.expandtabs(4)), repr('12345678\t9'.expandtabs()), repr('\t'.expandtabs(tabsize=2)), repr(''.expandtabs()))
print(repr('é\tx'.expandtabs(4)), repr('a\tb'.expandtabs(-1)))
try:
    'a'.splitlines(1, 2)
except TypeError as e:
    print('TypeError', e)
'a\tb'.expandtabs('4')
