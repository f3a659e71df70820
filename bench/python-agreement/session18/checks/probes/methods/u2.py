import threading
name = "a"
def w():
    name += "b"
t = threading.Thread(target=w)
t.start()
t.join()
