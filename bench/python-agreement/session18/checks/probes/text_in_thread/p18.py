import threading

s = None
x = 0


def setter():
    global s
    s = "report.txt"


def worker():
    global x
    x = s.find(".") * 10 + s.endswith(".txt")


t = threading.Thread(target=setter)
t.start()
t.join()
w = threading.Thread(target=worker)
w.start()
w.join()
