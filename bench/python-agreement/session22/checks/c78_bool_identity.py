import threading

ev = threading.Event()
out = []


def worker():
    got = ev.wait(0.01)
    out.append(type(got).__name__)
    out.append(repr(got))


t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
