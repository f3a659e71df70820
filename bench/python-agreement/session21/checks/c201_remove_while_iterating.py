# removing from a list while walking it skips the next item (a classic bug, deterministic)
import threading

items = [1, 2, 2, 3]
lock = threading.Lock()
kept = []


def clean():
    with lock:
        for x in items:
            if x == 2:
                items.remove(x)


t = threading.Thread(target=clean)
t.start()
t.join()
for x in items:
    kept.append(x)
print(kept)
