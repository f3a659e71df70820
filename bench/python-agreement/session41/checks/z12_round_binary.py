# check: round of floats that are not exact in binary
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(round(2.675, 2)))
    parts.append(str(round(0.285, 2)))
    parts.append(str(round(1.15, 1)))
    parts.append(str(round(-0.5)))
    parts.append(str(round(5, -1)))
    parts.append(str(round(3.14159, 3)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
