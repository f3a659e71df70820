import threading

lock = threading.Lock()
stock = {"apple": 2, "pear": 0, "plum": 1}
served = 0


def ready(name):
    with lock:
        return stock[name] > 0


def serve(name):
    global served
    with lock:
        stock[name] -= 1
        served += 1
        return stock[name]


def rival():
    serve("plum")


t = threading.Thread(target=rival)
t.start()
left = [serve(name) + 1 for name in ["apple", "pear", "plum"] if ready(name)]
count = len(left)
t.join()
