# check: str and repr of floats
import threading

a = ""
b = ""


def work():
    global a, b
    a = str(0.1 + 0.2) + "|" + str(1e16) + "|" + str(1e-5) + "|" + str(2.0)
    b = repr(1 / 3) + "|" + str(10 / 4) + "|" + str(7 / 7) + "|" + str(float(10 ** 17))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
