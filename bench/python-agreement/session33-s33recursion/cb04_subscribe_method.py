# An event bus whose subscribe(callback) appends to a module list; two publisher threads fire every listener
import functools
import threading

lock = threading.Lock()
received = {"audit": 0, "mail": 0}
listeners = []


def subscribe(callback):
    listeners.append(callback)


def deliver(name, weight):
    with lock:
        received[name] += weight


def make_listener(name):
    def listener():
        deliver(name, 1)
    return listener


subscribe(make_listener("audit"))
subscribe(functools.partial(deliver, "mail", 2))
subscribe(lambda: deliver("audit", 10))


def publisher():
    for listener in listeners:
        listener()


threads = [threading.Thread(target=publisher) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("listeners:", len(listeners), "received:", received)
