"""A dict comprehension over a shared dict's items whose result a thread then reads: still refused (the loop would fill it in steps another thread could see)."""
import threading

stock = {}


def restock():
    stock["apple"] = 3
    stock["pear"] = 1


def reader():
    print(len(doubled))


writer = threading.Thread(target=restock)
writer.start()
writer.join()
doubled = {str(k): v * 2 for k, v in sorted(stock.items())}
t = threading.Thread(target=reader)
t.start()
t.join()
