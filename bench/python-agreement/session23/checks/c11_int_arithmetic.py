# check: Python's integer semantics in a thread: floor division and modulo of negatives, big ints, abs, divmod, bools as ints
import threading

out = []


def compute():
    out.append(-7 // 2)
    out.append(-7 % 3)
    out.append(7 % -3)
    out.append(2 ** 40 + 1)
    q, r = divmod(-17, 5)
    out.append(q)
    out.append(r)
    out.append(True + True)
    out.append(int(-3.7))
    out.append(round(2.5))
    out.append(round(3.5))
    out.append(abs(-9) * 3 - 1)
    out.append(max(3, -4, 2) - min([5, 1, 8]))


t = threading.Thread(target=compute)
t.start()
t.join()
