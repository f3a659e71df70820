import threading

ev = threading.Event()
seen = []


def setter():
    ev.set()
    ev.clear()


def waiter():
    seen.append(ev.wait(0.02))


a = threading.Thread(target=waiter)
b = threading.Thread(target=setter)
a.start()
b.start()
a.join()
b.join()
print(seen)
