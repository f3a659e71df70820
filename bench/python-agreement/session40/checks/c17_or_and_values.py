# Check: `or`/`and` return operands (not bools), chained comparisons, bool arithmetic. Bug: none.
import threading

a = 0
b = 0
c = 0
d = 0
e = 0


def worker(x, y):
    global a, b, c, d, e
    a = x or 5
    b = y and 7
    c = int(0 < y < 5) + int(1 < x < 3)
    d = True + True + (x == 0)
    e = (y or x) * 10 + (x and y)


t = threading.Thread(target=worker, args=(0, 3))
t.start()
t.join()
print(f"a={a} b={b} c={c} d={d} e={e}")
