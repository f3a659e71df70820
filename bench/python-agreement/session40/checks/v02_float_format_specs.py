# Check: float format specs: .0f banker rounding, .3 general, e, %, width, sign. Bug: none.
import threading

out = []


def worker():
    out.append(f"{2.5:.0f}")
    out.append(f"{3.5:.0f}")
    out.append(f"{3.14159:.3}")
    out.append(f"{1234.5:.2e}")
    out.append(f"{0.256:.1%}")
    out.append(f"{7.0:+.2f}")
    out.append(f"{-1.005:8.2f}")
    out.append(f"{1234567.891:,.2f}")


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"out={out}")
