import threading
import time

total = 0
lock = threading.Lock()


class Summer(threading.Thread):
    def __init__(self, values):
        super().__init__()
        self.values = values
        self.result = 0

    def run(self):
        global total
        for v in self.values:
            self.result += v
            time.sleep(0.0005)
        with lock:
            total += self.result


workers = [Summer([1, 2]), Summer([10, 20])]
for w in workers:
    w.start()
for w in workers:
    w.join()
first = workers[0].result
print(total, first)
