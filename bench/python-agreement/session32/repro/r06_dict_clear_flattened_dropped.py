# dict.clear(d) of a module dict with string keys, from a thread.
import threading

stock = {"apples": 3, "pears": 2}


def wipe():
    dict.clear(stock)


t = threading.Thread(target=wipe)
t.start()
t.join()
apples_left = stock.get("apples", -1)
print(apples_left)
