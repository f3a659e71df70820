"""threads: poll `flag == 0` every 0 s; the setter sets it after 0.002 s."""
import threading
import time

flag = 0
seen = 0


def setter():
    time.sleep(0.002)
    global flag
    flag = 1


def poller():
    global seen
    while flag == 0:
        time.sleep(0)
    seen = 1


threads = [threading.Thread(target=poller), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)
