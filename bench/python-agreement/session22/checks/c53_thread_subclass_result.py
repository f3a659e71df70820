import threading


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sq-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


workers = [Squarer(n) for n in (2, 3, 4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
results = []
for w in workers:
    results.append(w.result)
names = []
print(results, names)
