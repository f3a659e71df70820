# breaking out of a for over a generator drops it; CPython's refcounting closes it at once: its finally runs
import threading

closed = 0
seen_after_break = -1


def numbers():
    global closed
    try:
        for i in range(5):
            yield i
    finally:
        closed = 1


def worker():
    global seen_after_break
    for n in numbers():
        if n == 2:
            break
    seen_after_break = closed


t = threading.Thread(target=worker)
t.start()
t.join()
print(seen_after_break, closed)
