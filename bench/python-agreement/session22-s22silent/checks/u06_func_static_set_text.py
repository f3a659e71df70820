import threading

text = ""


def worker():
    global text
    s = {3, 1}
    text = str(s)


t = threading.Thread(target=worker)
t.start()
t.join()
