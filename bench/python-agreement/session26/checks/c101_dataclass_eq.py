import threading
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)


class Plain:
    def __init__(self, x: int) -> None:
        self.x = x


origin = Point(0, 0)
also_origin = Point(0, 0)
elsewhere = Point(1, 0)
v1 = Version(1, 2)
v2 = Version(1, 10)
p1 = Plain(3)
p2 = Plain(3)
out: dict[str, int] = {}
lock = threading.Lock()


def compare() -> None:
    with lock:
        out["is"] = int(origin is also_origin)
        out["dc_in"] = int(also_origin in [origin])


t = threading.Thread(target=compare)
t.start()
t.join()
count = len(out)
