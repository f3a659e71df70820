# a dataclass with a default_factory list, updated by threads under its lock
import threading
from dataclasses import dataclass, field


@dataclass
class Stats:
    hits: int = 0
    keys: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hit(self, key):
        with self.lock:
            self.hits += 1
            self.keys.append(key)


stats = Stats()
threads = [threading.Thread(target=stats.hit, args=(k,)) for k in ("x", "y", "z")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(stats.hits, sorted(stats.keys))
