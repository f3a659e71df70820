import threading
import time

ev = threading.Event()
log = []


def waiter(timeout):
    log.append((timeout, ev.wait(timeout)))


def setter():
    time.sleep(0.01)
    ev.set()


threads = [threading.Thread(target=waiter, args=(0.001,)), threading.Thread(target=waiter, args=(0.1,)), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
