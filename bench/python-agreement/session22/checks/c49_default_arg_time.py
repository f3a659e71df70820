import threading

LIMIT = 5
out = []


def clamp(x, limit=LIMIT):
    return min(x, limit)


LIMIT = 50


def worker():
    out.append(clamp(20))
    out.append(min(20, LIMIT))


t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
