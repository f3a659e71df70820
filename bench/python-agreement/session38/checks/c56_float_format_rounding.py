# ordered
# Float formatting with a precision at run time: round-half-even on the binary value.
import threading

log = []


def work(a, b, c, d):
    log.append(f"{a:.0f}")
    log.append(f"{b:.0f}")
    log.append(f"{c:.2f}")
    log.append(f"{d:.1f}")
    log.append(f"{d:e}")
    log.append(f"{c:g}")


t = threading.Thread(target=work, args=(2.5, 3.5, 0.125, 0.25))
t.start()
t.join()
print(log)
