# check: module level: a name bound only in a try's else, the body raising because of a thread's write
import threading

stock = {"tea": 1}


def empty_it():
    stock["tea"] = 0


t = threading.Thread(target=empty_it)
t.start()
t.join()
try:
    n = 10 // stock["tea"]
except ZeroDivisionError:
    pass
else:
    price = n
out = [price]
print(out)
