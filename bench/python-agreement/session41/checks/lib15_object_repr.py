# check: default repr of an instance contains its address
import threading


result = ""


def work():
    global result
    parts = []
    parts.append(str(object())[:8])
    parts.append(str(type(object()).__name__))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
