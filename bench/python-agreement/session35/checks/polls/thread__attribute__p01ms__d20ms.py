"""threads: poll `box.value == 0` every 0.0001 s; the setter sets it after 0.02 s."""
import threading
import time

class Box:
    value = 0


box = Box()
seen = 0


def setter():
    time.sleep(0.02)
    box.value = 1


def poller():
    global seen
    while box.value == 0:
        time.sleep(0.0001)
    seen = 1


threads = [threading.Thread(target=poller), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
