# A module dict with string keys changed in a thread by `stock.update(apples=5)`.
import threading

stock = {"apples": 3, "pears": 2}
stock2 = {"apples": 7}


def change():
    stock.update(apples=5)


t = threading.Thread(target=change)
t.start()
t.join()
print(sorted(stock.items()))
