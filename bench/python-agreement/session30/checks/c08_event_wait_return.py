import threading
import time

ready = threading.Event()
first = -1
second = -1


def waiter():
    global first, second
    first = int(ready.wait(timeout=0.002))
    second = int(ready.wait(timeout=0.02))


def setter():
    time.sleep(0.006)
    ready.set()


threads = [threading.Thread(target=waiter), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(first, second)
