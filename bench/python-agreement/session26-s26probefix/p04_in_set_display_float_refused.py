# REFUSED: a float in `in` on a set display (Python finds 200 in {200.0}; weft's `contains` does not
# compare an integer with a float).
import threading

codes = {"a": 200}
out: dict = {}


def handle(key: str) -> None:
    code = codes[key]
    out[key] = int(code in {200.0, 503})


t = threading.Thread(target=handle, args=("a",))
t.start()
t.join()
count = len(out)
