# check: text of large and long floats
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(f"{1e21}")
    parts.append(f"{1e20}")
    parts.append(f"{123456789.123456789}")
    parts.append(f"{1e16 + 1}")
    parts.append(f"{2.0 ** 60}")
    parts.append(f"{0.1 + 0.2:.17f}")
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
