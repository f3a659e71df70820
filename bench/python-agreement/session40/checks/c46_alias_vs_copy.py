# Check: `b = a` aliases, `c = a[:]` copies, `a += [..]` extends in place, `a = a + [..]` rebinds. Bug: none.
import threading

a = [1]
b = a
c = a[:]
la = 0
lb = 0
lc = 0


def worker():
    global a, la, lb, lc
    b.append(2)
    a += [3]
    a = a + [4]
    la = len(a)
    lb = len(b)
    lc = len(c)


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"la={la} lb={lb} lc={lc} b={b}")
