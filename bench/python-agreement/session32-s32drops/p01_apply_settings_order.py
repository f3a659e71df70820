# BUG: order violation: a worker reads the pool's settings before the loader has applied them with the
# "apply settings" idiom (setattr in a loop over a dict written in the function), so it may see the defaults.
import threading


class Pool:
    def __init__(self):
        self.size = 1
        self.timeout = 0

    def apply(self):
        overrides = {"size": 8, "timeout": 30}
        for name, value in overrides.items():
            setattr(self, name, value)


pool = Pool()
seen = []


def worker():
    seen.append((pool.size, pool.timeout))


loader = threading.Thread(target=pool.apply)
user = threading.Thread(target=worker)
loader.start()
user.start()
loader.join()
user.join()
print(seen, pool.size, pool.timeout)
