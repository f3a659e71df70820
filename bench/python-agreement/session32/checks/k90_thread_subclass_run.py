# A Thread subclass overriding run(), with state in attributes.
import threading

totals = []


class Summer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i
        totals.append(self.total)


ws = [Summer(3), Summer(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(totals), ws[1].total)
