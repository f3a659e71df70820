import threading
tags = {1, 2}
r = -1
def w():
    tags.add(3)
t = threading.Thread(target=w)
t.start()
t.join()
r = len(tags)
