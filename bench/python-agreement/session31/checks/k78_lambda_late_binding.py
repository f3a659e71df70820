# BUG (classic): threads started with `target=lambda: work(i)` read the loop variable when they run, not when made
import threading

seen = []
lock = threading.Lock()


def work(n):
    with lock:
        seen.append(n)


threads = []
for i in range(3):
    t = threading.Thread(target=lambda: work(i))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
total = sum(seen)
print(sorted(seen), total)
