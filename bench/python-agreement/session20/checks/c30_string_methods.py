"""String methods in threads: split, join, strip, replace, upper, startswith, count, slicing."""
import threading

out = []
lock = threading.Lock()


def clean(raw):
    parts = [p.strip() for p in raw.split(",")]
    joined = "-".join(p.upper() for p in parts if p)
    with lock:
        out.append(joined)
        out.append(raw.replace(" ", ""))
        out.append(str(raw.count("a")))
        out.append(raw[::-1][:3])
        out.append("yes" if joined.startswith("AL") else "no")


if __name__ == "__main__":
    t = threading.Thread(target=clean, args=(" alpha, beta ,, gamma",))
    t.start()
    t.join()
