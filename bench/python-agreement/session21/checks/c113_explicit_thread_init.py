# the older spelling: threading.Thread.__init__(self) and a name given to it
import threading

seen = []


class Worker(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name="worker-%d" % n)
        self.n = n

    def run(self):
        seen.append(self.n * 2)


workers = [Worker(i) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(seen))
