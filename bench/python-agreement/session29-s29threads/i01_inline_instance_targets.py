# BUG: each worker is an instance made inline as its thread's target, each with its own lock: the shared total races
import threading
import time

total = 0


class Worker:
    def __init__(self, rounds: int) -> None:
        self.rounds = rounds
        self.lock = threading.Lock()

    def run(self) -> None:
        global total
        for _ in range(self.rounds):
            with self.lock:
                seen = total
                time.sleep(0)
                total = seen + 1


threads = [threading.Thread(target=Worker(2).run), threading.Thread(target=Worker(2).run)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", total)
assert total == 4, f"lost {4 - total} updates"
