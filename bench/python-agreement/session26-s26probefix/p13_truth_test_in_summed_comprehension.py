# A test of a string in a summed comprehension over keys: Python's truth (the empty string is false).
import threading

texts = {"a": "", "b": "go", "c": "x"}
out: dict = {}
lock = threading.Lock()


def check() -> None:
    with lock:
        out["filled"] = sum(1 for k in ("a", "b", "c") if texts[k])
        out["weighted"] = sum(2 for k in ("a", "b") if texts[k] if k != "b")


t = threading.Thread(target=check)
t.start()
t.join()
print(out)
