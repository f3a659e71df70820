import threading

ev = threading.Event()
out = []


def worker():
    ev.set()
    a = ev.wait()
    b = ev.wait(0.01)
    out.append(a + b + 1)
    out.append(f"{a}/{b}")
    c = (3 > 2) + (2 > 3)
    out.append(c)
    flags = [1 > 0, 0 > 1, 2 > 1]
    out.append(sum(flags))
    out.append(f"{flags[1]}")


t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
