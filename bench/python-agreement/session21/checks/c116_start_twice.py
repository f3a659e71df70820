# BUG: starting a thread twice raises RuntimeError in the main thread
import threading

runs = []


def work():
    runs.append(1)


t = threading.Thread(target=work)
t.start()
t.join()
t.start()
print(runs)
