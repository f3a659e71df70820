"""A dict key deleted and inserted again moves to the end; another thread reads the keys after."""
import threading

stock = {"a": 1, "b": 2, "c": 3}



def restock():
    del stock["a"]
    stock["a"] = 10
    stock.update({"b": 5, "d": 4})


t = threading.Thread(target=restock)
t.start()
t.join()
keys = list(stock)
print(keys, stock)
