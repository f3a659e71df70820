# Check: string methods (split, strip, upper, replace, join, startswith, find, zfill). Bug: none.
import threading

out = {}
lock = threading.Lock()


def worker(key, raw):
    words = raw.strip().split(",")
    s = "-".join(w.upper() for w in words)
    s = s.replace("B", "b")
    pos = raw.find("c")
    with lock:
        out[key] = f"{s}|{pos}|{str(len(words)).zfill(3)}|{raw.startswith(' a')}"


threads = [threading.Thread(target=worker, args=(k, r)) for k, r in [("x", " a,b,c "), ("y", "cb,ab")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
x = out["x"]
y = out["y"]
print(f"x={x} y={y}")
