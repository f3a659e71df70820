# check: math floor/ceil/trunc and int of negative floats
import threading

a = 0
b = ""


def work():
    global a, b
    import math
    a = math.floor(-2.5) * 100 + math.ceil(-2.5) * 10 + math.trunc(-2.5)
    b = str(math.sqrt(16)) + "|" + str(math.pi)[:7] + "|" + str(math.isqrt(17))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
