import threading
count = 0
def w():
    count += 1
t = threading.Thread(target=w)
t.start()
t.join()
