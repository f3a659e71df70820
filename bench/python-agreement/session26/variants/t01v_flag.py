# BUG: check-then-act in lazy initialisation: two threads can both see no instance and build two.
import threading
from typing import Optional


class Registry:
    _ready = False
    created = 0
    entries: dict[str, int] = {}

    @classmethod
    def init(cls) -> None:
        if not cls._ready:
            cls.created += 1
            cls._ready = True


def register(name: str, value: int) -> None:
    Registry.init()
    Registry.entries[name] = value


threads = [threading.Thread(target=register, args=(f"svc{i}", i)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

created = Registry.created
entry_count = len(Registry.entries)
print(f"created={created} entries={entry_count}")
assert created == 1, f"registry built {created} times"
