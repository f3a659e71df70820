import threading

text = ""


def worker():
    global text
    s = set()
    s.add(30)
    s.add(10)
    s.add(20)
    text = f"{s}"


t = threading.Thread(target=worker)
t.start()
t.join()
