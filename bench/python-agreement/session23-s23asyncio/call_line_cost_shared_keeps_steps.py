# BUG: lost update. A noted call whose body touches shared state keeps its steps (not one atomic).
import threading

counter = 0


def bump(n):
    global counter
    for _ in range(n):
        value = counter
        counter = value + 1
    return n


def job():
    bump(3)  # weft: cpu 1ms


threads = [threading.Thread(target=job) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter == 6, counter
