# weft's refusal names an internal variable: "`$max_NNN_kept` is bound to a string here ... bind
# `$max_NNN_kept` on a line of its own" (line 9; NNN varies). CPython 3.11.7 prints [True].
import threading

out = []


def compute():
    out.append(max(["b", "ab", "c"], key=len) == "ab")


t = threading.Thread(target=compute)
t.start()
t.join()
print(out)
