# check: true division of big ints
import threading

a = ""
b = ""


def work():
    global a, b
    a = str(10 ** 17 / 1) + "|" + str(2 ** 53 + 1) + "|" + str(float(2 ** 53 + 1))
    b = str(7 // 2.0) + "|" + str(-7 // 2.0)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
