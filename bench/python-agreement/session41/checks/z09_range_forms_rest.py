# check: ranges with negative steps (the lines weft imports)
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(len(range(1, 10, 2))))
    parts.append(str(range(5)[-1]))
    parts.append(str(sum(range(-5, 5, 2))))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
