import threading
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    priority: int = 0
    tags: list = field(default_factory=list)


class Plain:
    def __init__(self, n: int) -> None:
        self.n = n


class Pretty:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return f"Pretty({self.n})"


job = Job("backup", 2)
plain = Plain(1)
pretty = Pretty(5)
texts: dict[str, str] = {}
lock = threading.Lock()


def describe() -> None:
    with lock:
        texts["pretty"] = str(pretty)
        texts["pretty_f"] = f"<{pretty!r}>"


t = threading.Thread(target=describe)
t.start()
t.join()
n = len(texts)
