import threading
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    priority: int


a = Job("backup", 1)
b = Job("backup", 1)
c = Job("mail", 2)
out: dict[str, int] = {}
lock = threading.Lock()


def checker() -> None:
    with lock:
        out["not_in"] = int(b not in [c])
        out["in_tuple"] = int(b in (a, c))
        out["in_list"] = int(b in [a])
        out["not_in_match"] = int(b not in [a, c])
        out["self_in"] = int(a in [a])


k = threading.Thread(target=checker)
k.start()
k.join()
n = len(out)
