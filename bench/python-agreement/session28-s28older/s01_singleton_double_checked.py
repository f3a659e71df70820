# no bug: double-checked locking makes the registry once; entries written under the registry's own key
import threading
from typing import Optional


class Registry:
    _instance: Optional["Registry"] = None
    _lock = threading.Lock()
    created = 0

    def __init__(self) -> None:
        Registry.created += 1
        self.entries: dict[str, int] = {}

    @classmethod
    def get(cls) -> "Registry":
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance


def register(name: str, value: int) -> None:
    registry = Registry.get()
    with Registry._lock:
        registry.entries[name] = value


threads = [threading.Thread(target=register, args=(f"svc{i}", i)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"created={Registry.created} entries={len(Registry.get().entries)}")
assert Registry.created == 1
