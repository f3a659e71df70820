# bug: a Thread object can be started only once; the second start() raises RuntimeError
import threading

runs = 0


def job():
    global runs
    runs += 1


t = threading.Thread(target=job)
t.start()
t.join()
t.start()
t.join()
print(runs)
