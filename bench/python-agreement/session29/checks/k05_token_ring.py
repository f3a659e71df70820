# SCTBench token_ring: each thread passes the token on with an unlocked read and write
import threading

x1 = 1
x2 = 2
x3 = 1
flag1 = 0
flag2 = 0
flag3 = 0
bad = 0


def t1():
    global x1, flag1
    x1 = (x3 + 1) % 4
    flag1 = 1


def t2():
    global x2, flag2
    x2 = x1
    flag2 = 1


def t3():
    global x3, flag3
    x3 = x2
    flag3 = 1


def checker():
    global bad
    if flag1 and flag2 and flag3:
        if not (x1 == x2 and x2 == x3):
            bad = 1


ts = [threading.Thread(target=f) for f in (t1, t2, t3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
checker()
print(x1, x2, x3, bad)
