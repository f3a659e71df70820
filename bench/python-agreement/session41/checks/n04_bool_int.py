# check: bool is an int
import threading

a = 0
b = 0
c = ""


def work():
    global a, b, c
    flags = [True, False, True, True]
    a = sum(flags)
    b = True + True * 3
    c = str(True * 1.5) + str(int(False)) + str(True == 1)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c)
