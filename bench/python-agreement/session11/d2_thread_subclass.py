import threading

total = 0
lock = threading.Lock()


class Worker(threading.Thread):
    def __init__(self, amount):
        super().__init__()
        self.amount = amount

    def run(self):
        global total
        with lock:
            total += self.amount


workers = [Worker(n) for n in (1, 2, 3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(total)
