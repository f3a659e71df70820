# check: unary minus precedence, bit operations on negatives
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(-2 ** 2))
    parts.append(str((-2) ** 2))
    parts.append(str(~5))
    parts.append(str(-5 >> 1))
    parts.append(str(-5 << 2))
    parts.append(str(5 & -2))
    parts.append(str(-7 // -2))
    parts.append(str(7 % -2))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
