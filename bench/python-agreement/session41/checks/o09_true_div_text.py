# check: true division results in f-strings
import threading

a = ""


def work():
    global a
    pairs = [(7, 2), (6, 2), (1, 3), (-1, 8), (10, 4)]
    a = " ".join(f"{x / y}" for x, y in pairs)


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
