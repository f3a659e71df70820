# CPython 3.11.7, 10 runs (agree.py): ok found=[3] (10 of 10); weft: found=[1] and [3], complete.
"""The loop variable read after a `break` left a loop over numbers known at import time: the number of
the pass that broke, which a second thread's write decides."""
import threading

level = {"now": 0}
found = []


def raiser():
    level["now"] = 2


def scanner():
    for step in [1, 2, 3]:
        if level["now"] < step:
            break
    found.append(step)


r = threading.Thread(target=raiser)
s = threading.Thread(target=scanner)
r.start()
s.start()
r.join()
s.join()
assert found == [1] or found == [3]
