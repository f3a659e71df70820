# A Thread subclass stores its result on self; the main thread reads it after join.
import threading

log = []


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.result = None

    def run(self):
        total = 0
        for n in self.numbers:
            total += n
        self.result = total


workers = [Summer([1, 2, 3]), Summer([10, 20])]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    log.append(w.result)
print(log)
