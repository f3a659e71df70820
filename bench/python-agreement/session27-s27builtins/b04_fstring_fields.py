# f-string fields `{x=}` (with spaces, a conversion, a spec) and specs with fields of their own
# (`{x:>{width}}`), of values known only at run time (queue items) and at import time (arguments).
import queue
import threading

texts: dict[str, str] = {}
lock = threading.Lock()
jobs: "queue.Queue[tuple[str, int, str, float]]" = queue.Queue()


def render(name: str, width: int) -> None:
    key, n, word, ratio = jobs.get()
    done = n > 0
    missing = None
    line = f"{n=}|{ word = }|{n=!s}|{n=:>5}|{done=}|{missing=}|{ratio=}"
    padded = f"[{n:>{width}}][{word:*^{width + 2}}][{ratio:{width}.{width - 3}f}][{n:0{width}d}]"
    with lock:
        texts[name + key] = line
        texts[name + key + "_padded"] = padded


threads = [threading.Thread(target=render, args=("a", 6)), threading.Thread(target=render, args=("b", 4))]
jobs.put(("x", -42, "it's", 2.675))
jobs.put(("y", 7, 'q"uote', -0.5))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(texts.items()))
