# Vague/wrong words: `x % 2` with x = -7.5 (computed in a thread, not at import time) is refused with
# "this arithmetic overflows, divides by zero or mixes types at import time": nothing overflows or divides by
# zero, and Python's float % int is well defined (0.5). Same words for `7 // 2.0` (checks/n14).
# CPython prints: 0.5   Command: /work/notes/s41/weft-start import w07_float_mod_int_mixes_types.py

import threading

text = ""


def work():
    global text
    x = -7.5
    text = str(x % 2)


t = threading.Thread(target=work)
t.start()
t.join()
print(text)
