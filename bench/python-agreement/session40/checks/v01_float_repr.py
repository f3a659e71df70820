# Check: float text in f-strings: repr of sums, tiny and huge floats, exponent forms. Bug: none.
import threading

out = []


def worker():
    out.append(f"{0.1 + 0.2}")
    out.append(f"{1 / 3}")
    out.append(f"{1e16}")
    out.append(f"{1e15}")
    out.append(f"{0.000012345}")
    out.append(f"{100.0}")
    out.append(f"{-0.0}")


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
