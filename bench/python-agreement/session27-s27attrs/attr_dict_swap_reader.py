# A config dict attribute swapped for a new one under a lock, read without it by another thread.
import threading


class Config:
    def __init__(self) -> None:
        self.values: dict = {}
        self.lock = threading.Lock()

    def load(self) -> None:
        with self.lock:
            self.values = {"retries": 3, "timeout": 5}

    def retries(self) -> int:
        return self.values.get("retries", 0)


config = Config()
got = 0
has_timeout = 0


def reader() -> None:
    global got, has_timeout
    got = config.retries()
    if "timeout" in config.values:
        has_timeout = 1


threads = [threading.Thread(target=config.load), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
size = len(config.values)
print(got, has_timeout, size)
