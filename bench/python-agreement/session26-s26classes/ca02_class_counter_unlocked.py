# BUG: lost update: a class attribute counted by every instance's register() without a lock
import threading


class Worker:
    created = 0
    label = "worker"

    def __init__(self, name):
        self.name = name
        self.label = "worker"

    def register(self):
        count = Worker.created
        Worker.created = count + 1

    def rename(self):
        self.label = f"{self.name}-worker"


a = Worker("a")
b = Worker("b")
threads = [threading.Thread(target=w.register) for w in (a, b)]
for t in threads:
    t.start()
for t in threads:
    t.join()
a.rename()
created = Worker.created
print(created, Worker.label, a.label, b.label)
assert created == 2, "a registration was lost"
