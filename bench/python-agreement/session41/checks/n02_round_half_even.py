# check: round() is banker's rounding; round(2.675, 2) is 2.67
import threading

a = 0
b = 0
c = ""
d = ""


def work():
    global a, b, c, d
    a = round(0.5) + round(1.5) * 10 + round(2.5) * 100
    b = round(-2.5)
    c = str(round(2.675, 2))
    d = str(round(1234.5678, -2))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c, d)
