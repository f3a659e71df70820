# Check: int format specs: zero-pad negatives, hex/bin/octal with prefix, thousands, centring, sign. Bug: none.
import threading

out = []


def worker():
    out.append(f"{-3:05d}")
    out.append(f"{255:#x}")
    out.append(f"{5:08b}")
    out.append(f"{8:o}")
    out.append(f"{1234567:,}")
    out.append(f"{42:^7}|")
    out.append(f"{7:+d}")
    out.append(f"{-42:>6}")


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
