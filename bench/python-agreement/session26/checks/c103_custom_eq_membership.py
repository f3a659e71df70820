import threading
from dataclasses import dataclass


class Key:
    def __init__(self, value: int) -> None:
        self.value = value

    def __eq__(self, other) -> bool:
        return self.value == other.value


@dataclass(eq=False)
class Handle:
    fd: int


k1 = Key(4)
k2 = Key(4)
h1 = Handle(3)
h2 = Handle(3)
out: dict[str, int] = {}
lock = threading.Lock()


def checker() -> None:
    with lock:
        out["custom_eq_in"] = int(k2 in [k1])
        out["identity_in"] = int(h2 in [h1])


t = threading.Thread(target=checker)
t.start()
t.join()
n = len(out)
