# check: ranges with negative steps
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(str(list(range(10, 0, -3))))
    parts.append(str(len(range(1, 10, 2))))
    parts.append(str(range(5)[-1]))
    parts.append(str(sum(range(-5, 5, 2))))
    parts.append(str(list(range(3, 3))))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
