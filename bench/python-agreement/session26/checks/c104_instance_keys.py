import threading
from dataclasses import dataclass


@dataclass
class Cell:
    row: int
    col: int


start = Cell(0, 0)
same = Cell(0, 0)
other = Cell(1, 0)
out: dict[str, int] = {}
lock = threading.Lock()


def probe() -> None:
    with lock:
        out["tuple_eq"] = int((same, 1) == (start, 1))


t = threading.Thread(target=probe)
t.start()
t.join()
n = len(out)
