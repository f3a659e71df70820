# Refused: a `with` that holds a `return` also holds a `break` (the break would leave the written-out
# `with` without its release), in a thread joined with a time-out.
import threading

lock = threading.Lock()
seen = []


def scan(limit):
    for n in range(5):
        with lock:
            if n == limit:
                return n
            if n > 3:
                break
            seen.append(n)
    return -1


t = threading.Thread(target=scan, args=(2,))
t.start()
t.join(timeout=0.5)
print(t.is_alive(), seen)
