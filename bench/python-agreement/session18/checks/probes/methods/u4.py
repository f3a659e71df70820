import threading
items = [1]
def w():
    print(items)
    items = []
t = threading.Thread(target=w)
t.start()
t.join()
