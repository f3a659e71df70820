import threading

log = []


class Worker:
    def __init__(self, name):
        self.name = name
        self.done = 0

    def work(self, n):
        self.done += n
        return self.done


class LoudWorker(Worker):
    def work(self, n):
        result = super().work(n * 2)
        log.append(f"{self.name} did {result}")
        return result


workers = [Worker("w"), LoudWorker("l")]
threads = [threading.Thread(target=w.work, args=(3,)) for w in workers]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(sum(w.done for w in workers))
print(sorted(log, key=str))
