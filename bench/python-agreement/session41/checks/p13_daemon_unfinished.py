# check: a daemon thread still sleeping at exit does not finish its writes
import threading
import time

marks = []


def background():
    marks.append("bg start")
    time.sleep(0.2)
    marks.append("bg end")


d = threading.Thread(target=background, daemon=True)
d.start()
time.sleep(0.01)
marks.append("main end")
print(marks)
