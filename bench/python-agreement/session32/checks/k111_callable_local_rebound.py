# A local bound to one of two functions by a run-time test, then called as a statement.
import threading

out = []


def low(x):
    out.append(("low", x))


def high(x):
    out.append(("high", x))


def route(x):
    handler = high if x > 5 else low
    handler(x)


ts = [threading.Thread(target=route, args=(v,)) for v in (3, 9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
