"""Main does ~25 ms (more under load) of plain Python work (no annotation) while a thread sleeps 25 ms and sets a flag."""
import threading
import time

flag = 0


def setter():
    global flag
    time.sleep(0.025)
    flag = 1


t = threading.Thread(target=setter)
t.start()
total = 0
for i in range(400_000):
    total += i % 7
seen = flag
t.join()
print(seen, total)
