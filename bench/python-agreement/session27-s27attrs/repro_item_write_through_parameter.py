# SILENT ERROR (found by s27attrs, not fixed: before this session too): a list written through a
# function's parameter (`data[0] = m`) is still taken as a constant where a comprehension over it is
# computed at import time: CPython prints doubled=[4, 4, 6], weft's only outcome has doubled=[2, 4, 6].
import threading

values = [1, 2, 3]


def stage(data: list, m: int) -> None:
    data[0] = m


t = threading.Thread(target=stage, args=(values, 2))
t.start()
t.join()
doubled = [x * 2 for x in values]
print(values, doubled)
