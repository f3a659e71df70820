import threading
import time


class Config:
    def __init__(self):
        self.retries = 0
        self.timeout = 0


config = Config()


def loader():
    setattr(config, "retries", 3)
    time.sleep(0)
    setattr(config, "timeout", 5)


def reader(seen):
    seen.append(config.retries + config.timeout)


seen = []
threads = [threading.Thread(target=loader), threading.Thread(target=reader, args=(seen,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(config.retries, config.timeout, seen)
