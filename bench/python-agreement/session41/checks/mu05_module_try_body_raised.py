# check: module level: a name bound by a try line that raised, read after the handler (NameError)
import threading

stock = {"tea": 1}


def empty_it():
    stock["tea"] = 0


t = threading.Thread(target=empty_it)
t.start()
t.join()
try:
    price = 10 // stock["tea"]
except ZeroDivisionError:
    pass
out = [price]
print(out)
