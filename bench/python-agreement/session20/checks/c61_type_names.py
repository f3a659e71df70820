"""type(x).__name__ and isinstance of values a worker computes: bool, int, str, None, list, dict, tuple."""
import threading

names = []
checks = []


def worker():
    flag = 3 > 2
    count = 7
    text = "hi"
    nothing = None
    items = [1, 2]
    table = {"a": 1}
    pair = (1, "x")
    for value in (flag, count, text, nothing, items, table, pair):
        names.append(type(value).__name__)
    checks.append(1 if isinstance(flag, int) else 0)
    checks.append(1 if isinstance(count, bool) else 0)
    checks.append(1 if isinstance(text, str) else 0)


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
