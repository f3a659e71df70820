# check: truth of strings, floats and negative numbers
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(bool("0")))
    parts.append(str(bool(0.0)))
    parts.append(str(bool(-1)))
    parts.append(str(bool(" ")))
    parts.append(str(bool([])))
    parts.append(str(bool(None)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
