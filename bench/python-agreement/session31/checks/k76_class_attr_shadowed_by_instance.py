# `self.count += 1` where count is a class attribute: each instance gets its own; the class's stays 0
import threading


class Worker:
    count = 0
    total = [0]

    def run(self, n):
        for _ in range(n):
            self.count += 1
            self.total[0] += 1


a = Worker()
b = Worker()
ts = [threading.Thread(target=a.run, args=(2,)), threading.Thread(target=b.run, args=(3,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(a.count, b.count, Worker.count, Worker.total[0])
