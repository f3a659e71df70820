# Check: str methods: zfill of negatives, center/ljust/rjust with fill, partition, rsplit, count, title. Bug: none.
import threading

out = []


def worker():
    out.append("-5".zfill(4))
    out.append("+7".zfill(3))
    out.append("ab".center(7, "*"))
    out.append("ab".ljust(4, ".") + "|")
    out.append("x".rjust(3, "0"))
    out.append("k=v=w".partition("=")[2])
    out.append("a.b.c".rsplit(".", 1)[0])
    out.append("hello world".title())


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
