# check: pow and ** forms
import threading

a = ""
b = 0
c = ""


def work():
    global a, b, c
    a = str(2 ** -1) + "|" + str(pow(2, -2))
    b = pow(3, 4, 5) + (-2) ** 3
    c = str((-8) ** (1 / 3) if False else 10 ** 3) + "|" + str(2 ** 0.5)[:6]


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c)
