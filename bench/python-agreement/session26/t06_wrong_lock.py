# BUG: wrong lock: each handler guards the shared hit counter with its own lock, so increments race.
import threading
import time

hits: dict[str, int] = {"home": 0}


class Handler:
    def __init__(self) -> None:
        self.lock = threading.Lock()

    def handle(self, page: str, times: int) -> None:
        for _ in range(times):
            with self.lock:
                current = hits[page]
                time.sleep(0)
                hits[page] = current + 1


handlers = [Handler(), Handler()]
threads = [threading.Thread(target=h.handle, args=("home", 2)) for h in handlers]
for t in threads:
    t.start()
for t in threads:
    t.join()

home_hits = hits["home"]
print(f"home hits: {home_hits:>4}")
assert home_hits == 4, f"lost update: {home_hits}"
