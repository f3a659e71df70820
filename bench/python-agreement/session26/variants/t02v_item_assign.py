import threading
from dataclasses import dataclass, field


@dataclass
class Settings:
    loads: int = 0
    values: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _loaded: bool = False

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if not self._loaded:
                self.loads += 1
                self.values["retries"] = 3
                self.values["timeout"] = 5
                self._loaded = True

    def get(self, key: str) -> int:
        self.ensure_loaded()
        return self.values[key]


settings = Settings()
seen: list[int] = []
seen_lock = threading.Lock()


def reader(key: str) -> None:
    value = settings.get(key)
    with seen_lock:
        seen.append(value)


workers = [threading.Thread(target=reader, args=(k,)) for k in ("retries", "timeout", "retries")]
for w in workers:
    w.start()
for w in workers:
    w.join()

loads = settings.loads
total = sum(seen)
print(f"loads={loads} total={total:3d}")
assert loads == 1
