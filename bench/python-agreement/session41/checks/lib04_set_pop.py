# check: set.pop of strings takes an arbitrary element
import threading


result = ""


def work():
    global result
    parts = []
    parts.append({"red", "green", "blue"}.pop())
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
