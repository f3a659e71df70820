# check: a default argument is evaluated when the def runs, not at the call
import threading

LIMIT = 5
out = []


def clamp(n, limit=LIMIT):
    return min(n, limit)


LIMIT = 10


def work():
    out.append(clamp(8))
    out.append(clamp(8, LIMIT))


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
