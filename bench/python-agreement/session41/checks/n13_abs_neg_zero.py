# check: negative zero and abs
import threading

a = ""
b = ""


def work():
    global a, b
    a = str(-0.0) + "|" + str(abs(-0.0)) + "|" + str(0.0 * -1)
    b = str(abs(-7)) + str(abs(-2.5))


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
