"""Workers written as a subclass of threading.Thread: `run` is each thread's work and the constructor's
arguments are attributes `run` reads (`self.rounds`, `self.delay`). The lock keeps `hits` exact:
`weft explore` lists hits=4 only; without the lock it would lose updates."""
import threading
import time

hits = 0
lock = threading.Lock()


class Worker(threading.Thread):
    def __init__(self, rounds, delay):
        super().__init__()
        self.rounds = rounds
        self.delay = delay

    def run(self):
        global hits
        for _ in range(self.rounds):
            time.sleep(self.delay)
            with lock:
                hits += 1


workers = [Worker(2, 0.01) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("hits:", hits)
