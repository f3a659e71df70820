"""str(f'{TINY}') computed in a thread."""
import threading

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
    out.append(str(f'{TINY}'))


t = threading.Thread(target=work)
t.start()
t.join()
print(out[0])
