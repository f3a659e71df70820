"""An RLock lets a method that holds it call another that takes it again."""
import threading

lock = threading.RLock()
total = 0


def add(n):
    global total
    with lock:
        total += n


def add_twice(n):
    with lock:
        add(n)
        add(n)


threads = [threading.Thread(target=add_twice, args=(i,)) for i in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert total == 12
print(total)
