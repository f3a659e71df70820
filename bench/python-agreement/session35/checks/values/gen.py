"""Writes one program per expression whose Python value differs easily from another language's: a
thread computes it from module constants and appends str() of it to a shared list. Run: python3 gen.py;
python3 cmp.py > ../../results/values.txt."""
EXPRESSIONS = [
    "A // B", "A % C", "D % E", "round(HALF)", "round(NEG_HALF)", "round(F, 1)", "int(G)", "int(TEXT_ZERO)",
    "float(TEXT_EXP)", "1e16 * ONE", "0.1 * ONE + 0.2", "1 / 3 * ONE", "f'{F2:.2f}'", "f'{TINY}'", "-0.0 * ONE",
    "abs(-0.0 * ONE)", "max(LOW, UP)", "LOW < UP", "sorted(WORDS)", "SHARP.upper()", "len(ACCENT)", "WORD[::-1]",
    "CSV.split(',')", "PAD.strip()", "WORD.center(7, '*')", "str(FLAG)", "FLAG + 1", "2 ** NEG", "A / 4",
    "A // 2.0", "divmod(A, -2)", "pow(3, 4, 5)", "hex(BIG)", "bin(5)", "int(HEX, 16)", "'%5.1f' % PI",
    "'{:,}'.format(MILLION)", "format(0.5, '.0%')", "10 ** 15 * ONE", "HUGE * HUGE", "min(WORDS, key=len)",
    "round(PI, 3)", "str(2.5e-5 * ONE)", "int(1e20 * ONE)", "7 // -2", "-7 // -2", "A % -4",
]
HEAD = '''import threading

A = -7
B = 2
C = 3
D = 7
E = -3
HALF = 2.5
NEG_HALF = -0.5
F = 1.25
G = -2.7
TEXT_ZERO = "-0"
TEXT_EXP = "1e3"
ONE = 1
F2 = 2.675
TINY = 1e-7
LOW = "a"
UP = "B"
WORDS = ["b", "A", "a"]
SHARP = "straße"
ACCENT = "é"
WORD = "abc"
CSV = "a,b,,c"
PAD = " x "
FLAG = True
NEG = -1
BIG = 255
HEX = "ff"
PI = 3.14159
MILLION = 1234567
HUGE = 1e300
out = []


def work():
    out.append(str(EXPR))


t = threading.Thread(target=work)
t.start()
t.join()
print(out[0])
'''
for i, expression in enumerate(EXPRESSIONS):
    with open(f"v{i:02d}.py", "w") as f:
        f.write(f'"""str({expression}) computed in a thread."""\n' + HEAD.replace("EXPR", expression))
