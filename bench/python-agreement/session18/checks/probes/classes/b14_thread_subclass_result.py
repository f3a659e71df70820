import threading

class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.total = 0

    def run(self):
        for n in self.numbers:
            self.total += n

workers = [Summer([1, 2, 3]), Summer([10, 20])]
for w in workers:
    w.start()
for w in workers:
    w.join()
grand = workers[0].total + workers[1].total
