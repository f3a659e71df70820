# A module dict with string keys changed in a thread by `del stock["apples"]`.
import threading

stock = {"apples": 3, "pears": 2}
stock2 = {"apples": 7}


def change():
    del stock["apples"]


t = threading.Thread(target=change)
t.start()
t.join()
print(sorted(stock.items()))
