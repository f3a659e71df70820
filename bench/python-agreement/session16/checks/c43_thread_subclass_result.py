# check: a Thread subclass keeps its result in an attribute; main sums them after join
import threading


class SquareWorker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = 0

    def run(self):
        self.result = self.n * self.n


workers = [SquareWorker(n) for n in range(1, 4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
total = 0
for w in workers:
    total += w.result
print(total)
