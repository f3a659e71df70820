"""A Thread subclass with run() and a result attribute read after join(): a lost update on a shared total."""
import threading

total = 0


class Adder(threading.Thread):
    def __init__(self, amount):
        super().__init__()
        self.amount = amount
        self.result = None

    def run(self):
        global total
        current = total
        total = current + self.amount
        self.result = total


workers = [Adder(5), Adder(7)]
for w in workers:
    w.start()
for w in workers:
    w.join()
results = sorted(w.result for w in workers)
print(total, results)
