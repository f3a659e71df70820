# no bug: a daemon logger is still sleeping when the program ends; its second line never comes
import threading
import time

lines = []


def logger():
    lines.append("start")
    time.sleep(0.050)
    lines.append("late")


threading.Thread(target=logger, daemon=True).start()
time.sleep(0.005)
lines.append("main exit")
