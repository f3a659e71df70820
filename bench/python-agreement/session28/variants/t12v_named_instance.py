# BUG: wrong lock (SCTBench wronglock): two kinds of updater guard the same counter with different locks
import threading
import time

counter = 0
stats_lock = threading.Lock()


class Incrementer:
    def __init__(self) -> None:
        self.lock = threading.Lock()

    def bump(self, times: int) -> None:
        global counter
        for _ in range(times):
            with self.lock:
                value = counter
                time.sleep(0)
                counter = value + 1


def bump_stats(times: int) -> None:
    global counter
    for _ in range(times):
        with stats_lock:
            value = counter
            time.sleep(0)
            counter = value + 1


incrementer = Incrementer()
threads = [threading.Thread(target=incrementer.bump, kwargs={"times": 3}), threading.Thread(target=bump_stats, args=(3,))]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"counter={counter}")
assert counter == 6, f"lost {6 - counter} updates"
