# check: general format g
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(f"{1e-7:.3g}")
    parts.append(f"{123456789.0:g}")
    parts.append(f"{1.0:g}")
    parts.append(f"{100000.0:g}")
    parts.append(f"{1000000.0:g}")
    parts.append(f"{0.000123456:g}")
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
