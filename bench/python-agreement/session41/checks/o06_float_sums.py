# check: float accumulation and its text
import threading

a = ""
b = ""
c = ""


def work():
    global a, b, c
    total = 0.0
    for _ in range(10):
        total += 0.1
    a = str(total)
    b = str(0.1 + 0.7)
    c = f"{total:.20f}"


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c)
