# a Thread subclass whose join() returns the result (a common recipe)
import threading


class ResultThread(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = 0

    def run(self):
        self.result = self.n * self.n

    def join(self, timeout=None):
        super().join(timeout)
        return self.result + 1


workers = [ResultThread(i) for i in range(3)]
for w in workers:
    w.start()
total = 0
for w in workers:
    total += w.join()
print(total)
