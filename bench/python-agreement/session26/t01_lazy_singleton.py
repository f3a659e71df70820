# BUG: check-then-act in lazy initialisation: two threads can both see no instance and build two.
import threading
from typing import Optional


class Registry:
    _instance: Optional["Registry"] = None
    created = 0

    def __init__(self) -> None:
        Registry.created += 1
        self.entries: dict[str, int] = {}

    @classmethod
    def get(cls) -> "Registry":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance


def register(name: str, value: int) -> None:
    registry = Registry.get()
    registry.entries[name] = value


threads = [threading.Thread(target=register, args=(f"svc{i}", i)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

created = Registry.created
entry_count = len(Registry.get().entries)
print(f"created={created} entries={entry_count}")
assert created == 1, f"registry built {created} times"
