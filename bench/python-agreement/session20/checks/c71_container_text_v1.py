"""Containers formatted as text by a worker: f"{items}", str(d), f"{pair}", repr of strings inside lists."""
import threading

lines = []
items = [1, 2]
names = ["a", "b"]
table = {"a": 1}


def worker():
    items.append(3)
    pair = (4, "x")
    lines.append(str(len(items)))


if __name__ == "__main__":
    t = threading.Thread(target=worker)
    t.start()
    t.join()
