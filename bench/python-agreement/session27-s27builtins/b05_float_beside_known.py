# A float literal beside a thread's argument (known at import time) inside a call or an f-string field:
# `f"{n * 1.5:.2f}"`, `round(n * 2.5)` (ties to even), `str(n * 0.1)`; and `"".join(sorted(s))` of a
# known string.
import threading

out: dict[str, str] = {}
lock = threading.Lock()


def label(n: int, word: str) -> None:
    text = f"{n * 1.5:.2f}|{round(n * 2.5)}|{str(n * 0.1)}|{-n * 0.25}|{''.join(sorted(word))}"
    with lock:
        out[word] = text


threads = [threading.Thread(target=label, args=(n, w)) for n, w in [(7, "cab"), (-3, "zebra"), (1, "")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out.items()))
