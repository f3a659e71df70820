# check: int() of float strings fails but float() works
import threading

a = ""


def work():
    global a
    raw = ["3.0", "1e3", " -2.5 ", "inf"]
    parts = []
    for r in raw:
        parts.append(str(float(r)))
    a = ",".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
