"""dict.setdefault, get with default, pop with default, in, update in a thread."""
import threading

index = {}
out = []
lock = threading.Lock()


def build():
    with lock:
        index.setdefault("a", 1)
        index.setdefault("a", 2)
        index["b"] = index.get("b", 10) + 1
        out.append(index.pop("zzz", -1))
        out.append(index.pop("a"))
        out.append(1 if "a" in index else 0)
        out.append(len(index))


if __name__ == "__main__":
    t = threading.Thread(target=build)
    t.start()
    t.join()
