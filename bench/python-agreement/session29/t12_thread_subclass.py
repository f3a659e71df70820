import threading
import time

stop = threading.Event()
heartbeats = 0
results = {}


class Squarer(threading.Thread):
    def __init__(self, name, numbers):
        super().__init__(name=name)
        self.numbers = numbers
        self.total = 0

    def run(self):
        for n in self.numbers:
            self.total += n * n
        results[self.name] = self.total


def heartbeat():
    global heartbeats
    while not stop.is_set():
        heartbeats += 1
        time.sleep(0.01)


monitor = threading.Thread(target=heartbeat, daemon=True)
monitor.start()
workers = [Squarer("a", [1, 2, 3]), Squarer("b", [4, 5])]
for w in workers:
    w.start()
for w in workers:
    w.join(timeout=1.0)
stop.set()
monitor.join()
print(results, heartbeats >= 1)
