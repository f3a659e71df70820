# REFUSED: a dict display whose value is computed (Python evaluates it before the test).
import threading

out: dict = {}


def handle(code: int) -> None:
    out[code] = int(code in {200: 10 // (code - 200)})


threads = [threading.Thread(target=handle, args=(c,)) for c in (200, 503)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
