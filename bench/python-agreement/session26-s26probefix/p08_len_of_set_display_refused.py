# REFUSED: len() of a set display made at run time (Python counts its distinct items: 1 here).
import threading

codes = {"a": 200}
out: dict = {}


def handle(key: str, n: int) -> None:
    code = codes[key]
    out[key] = len({code, n})


t = threading.Thread(target=handle, args=("a", 200))
t.start()
t.join()
count = len(out)
