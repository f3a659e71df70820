# check: divmod and % of floats
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(divmod(7.5, 2)))
    parts.append(str(divmod(-7.5, 2)))
    parts.append(str(7.5 % 2))
    parts.append(str(-1 % 0.3))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
