# check: and/or return operands
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(0 or "x"))
    parts.append(repr("" and 5))
    parts.append(str(None or 0))
    parts.append(str(3 and 4))
    parts.append(str(not None))
    parts.append(str(0 or None))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
