# check: module level: a name bound only in an if branch that a thread's write decides
import threading

stock = {"tea": 1}


def empty_it():
    stock["tea"] = 0


t = threading.Thread(target=empty_it)
t.start()
t.join()
if stock["tea"] > 0:
    price = 3
out = [price]
print(out)
