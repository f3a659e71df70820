# check: a global bound only in one branch of a function that a thread runs, read by main after join
import threading

flags = {"fast": 0}


def setup():
    global mode
    if flags["fast"]:
        mode = "fast"


t = threading.Thread(target=setup)
t.start()
t.join()
print(mode)
