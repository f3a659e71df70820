import threading
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = 0
    def run(self):
        self.result = self.n * 2
ws = [Worker(i) for i in range(3)]
for w in ws: w.start()
for w in ws: w.join()
print(sum(w.result for w in ws))
