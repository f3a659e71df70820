"""Names bound to `a and b` / `a or b` of bools in threads: their text is True/False (session27 r01)."""
import threading

texts: list[str] = []
lock = threading.Lock()


def check(n: int, name: str) -> None:
    ok = n > 2 and name == "x"
    both = n > 2 and n < 5
    either = n < 0 or n > 4
    neither = not both and not either
    with lock:
        texts.append(f"{name}: ok={ok} both={both}")
        texts.append(str(either) + "/" + repr(neither))
        texts.append("{} {}".format(both, either))


threads = [threading.Thread(target=check, args=(n, name)) for n, name in [(3, "y"), (1, "x")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(texts)
