"""threads: poll `len(items) == 0` every 0 s; the setter sets it after 0.0005 s."""
import threading
import time

items = []
seen = 0


def setter():
    time.sleep(0.0005)
    items.append(1)


def poller():
    global seen
    while len(items) == 0:
        time.sleep(0)
    seen = 1


threads = [threading.Thread(target=poller), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
