import threading
import time

ready = threading.Event()
woke = -1


def waiter():
    global woke
    woke = int(ready.wait(timeout=0.005))


def setter():
    time.sleep(0.005)
    ready.set()


threads = [threading.Thread(target=waiter), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(woke)
