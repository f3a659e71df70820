"""type(x).__name__ and isinstance of values a worker computes: bool, int, str, None, list, dict, tuple."""
import threading

names = []
checks = []


def worker():
    flag = 3 > 2
    count = 7
    text = "hi"
    nothing = None
    names.append(type(flag).__name__)
    names.append(type(count).__name__)
    names.append(type(text).__name__)
    names.append(type(nothing).__name__)


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
