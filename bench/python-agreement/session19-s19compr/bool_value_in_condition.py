# A silent error before session 19: the value of `and`/`or` used inside a condition (`if (x or 3) == 3:`)
# was a bool there, so `(0 or 3) == 3` was false and weft said "complete" with `other` where CPython
# prints `three`. Now Python's value: the operand itself.
# CPython 3.11.7 (10 runs): ok, out=['three', 'len-2', 'zero'] (1 state).
# Under weft explore: 1 outcome, complete, CPython's. The session's start binary: out[0]='other' and then a
# fault at `len(name or "ab")` (its `or` a bool), none of CPython's.
import queue
import threading

q = queue.Queue()
out = []


def work():
    x = q.get()
    name = q.get()
    if (x or 3) == 3:
        out.append("three")
    else:
        out.append("other")
    if len(name or "ab") == 2:
        out.append("len-2")
    if not (x and 5) == 5:
        out.append("zero")


if __name__ == "__main__":
    t = threading.Thread(target=work)
    t.start()
    q.put(0)
    q.put("")
    t.join()
    assert out == ["three", "len-2", "zero"]
