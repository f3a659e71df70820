# check: inf and nan
import threading

a = ""
b = 0


def work():
    global a, b
    big = float("inf")
    nan = float("nan")
    a = str(big) + "|" + str(-big) + "|" + str(nan) + "|" + str(big - big)
    b = (nan == nan) + (nan != nan) * 2 + (big > 1e308) * 4


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
