# A generator driven by next() in a thread.
import threading

out = []


def counter():
    n = 0
    while True:
        n += 1
        yield n


def work():
    g = counter()
    out.append(next(g))
    out.append(next(g))


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
