# check: pow of ints (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(0 ** 0))
    parts.append(str(pow(7, 2, 5)))
    parts.append(str(pow(-7, 1, 5)))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
