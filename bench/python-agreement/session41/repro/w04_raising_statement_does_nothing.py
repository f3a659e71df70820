# Wrong words: `stock["ink"]` on a line of its own inside `try: ... except KeyError:` is refused with
# "this expression statement does nothing weft can model". It does something: it raises KeyError, which
# the handler catches (the program's whole point). Same words for `a / b` under `except ZeroDivisionError`
# (checks/e01) and `seq[5]` under `except IndexError` (checks/e08), and checks/d09. CPython prints: 1
# Command: /work/notes/s41/weft-start import w05_raising_statement_does_nothing.py

import threading

missing = 0


def work():
    global missing
    stock = {"pen": 3}
    try:
        stock["ink"]
    except KeyError:
        missing += 1


t = threading.Thread(target=work)
t.start()
t.join()
print(missing)
