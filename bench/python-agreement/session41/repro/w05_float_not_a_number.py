# Wrong words: a float dict key is refused with "this is a float, where weft needs a number, None or a string"
# (a float is a number; the limit is that keys must be ints or strings). CPython prints: 2
# Command: /work/notes/s41/weft-start import w06_float_not_a_number.py  (from checks/d06_true_one_key.py)

import threading

size = 0


def work():
    global size
    d = {1: "one", 2.5: "two and a half"}
    size = len(d)


t = threading.Thread(target=work)
t.start()
t.join()
print(size)
