# check: int() of floats and bases
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(int(3.999)))
    parts.append(str(int(-0.5)))
    parts.append(str(int("12", 8)))
    parts.append(str(int(1e18)))
    parts.append(str(int("  +7 ")))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
