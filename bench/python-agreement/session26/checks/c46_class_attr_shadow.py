import threading


class Worker(threading.Thread):
    processed = 0
    seen: list[int] = []

    def __init__(self, wid: int) -> None:
        super().__init__()
        self.wid = wid

    def run(self) -> None:
        for _ in range(3):
            self.processed += 1
        self.seen.append(self.wid)


workers = [Worker(i) for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
class_processed = Worker.processed
first_processed = workers[0].processed
shared_seen = len(Worker.seen)
first_seen = len(workers[0].seen)
print(class_processed, first_processed, shared_seen, first_seen)
