import threading
items = [1]
def w():
    items = items + [2]
t = threading.Thread(target=w)
t.start()
t.join()
