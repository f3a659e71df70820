# The text of floats computed at run time, kept in a list: repr of 0.1 + 0.2, 1e16, -0.0, an infinity,
# f-strings with and without a spec, round's halves, % and // of negatives.
import queue
import threading

q = queue.Queue()
texts = []


def worker():
    a = q.get()
    b = q.get()
    big = q.get()
    texts.append(str(a + b))
    texts.append(repr(big * 1e15))
    texts.append(str(-a * 0.0))
    texts.append(f"{big * 1e300 * 1e300}")
    texts.append(f"{a + b:.3f}")
    texts.append(f"{big:g}")
    half = q.get()
    texts.append(str(round(half)))
    texts.append(str(round(half + 1)))
    texts.append(str(round(half / 20, 2)))
    texts.append(str(-half * 3 % 2))
    texts.append(str(half * 3 % -2))
    texts.append(str(-7 // (half - 0.5)))
    texts.append(str(1e22 * a * 10))
    texts.append(str(big / 3))


q.put(0.1)
q.put(0.2)
q.put(10.0)
q.put(2.5)
t = threading.Thread(target=worker)
t.start()
t.join()
print(texts)
