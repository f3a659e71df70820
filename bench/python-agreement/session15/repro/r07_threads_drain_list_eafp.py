# no bug: two threads drain a shared list with the EAFP idiom (try: items.pop() / except IndexError: break), the total under a lock; CPython ok handled=5 total=15 always, weft: every outcome a fault
import threading

items = [1, 2, 3, 4, 5]
handled = 0
total = 0
lock = threading.Lock()


def worker():
    global handled, total
    while True:
        try:
            item = items.pop()
        except IndexError:
            break
        with lock:
            handled += 1
            total += item


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
