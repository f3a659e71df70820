import threading

log = []


def fire(name):
    log.append(name)


t1 = threading.Timer(0.05, fire, args=("late",))
t2 = threading.Timer(0.001, fire, args=("early",))
t1.start()
t2.start()
t2.join()
t1.cancel()
t1.join()
print(log)  # ordered
