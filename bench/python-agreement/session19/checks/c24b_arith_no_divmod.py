"""Python's floor division and modulo of negatives, divmod, abs, and big integers in a thread."""
import threading

out = {}


def compute():
    out["floordiv"] = -7 // 2
    out["mod"] = -7 % 3
    out["abs"] = abs(-5)
    out["q"] = 17 // -5
    out["r"] = 17 % -5
    big = 1
    for _ in range(70):
        big *= 2
    out["big_mod"] = big % 1000


if __name__ == "__main__":
    t = threading.Thread(target=compute)
    t.start()
    t.join()
