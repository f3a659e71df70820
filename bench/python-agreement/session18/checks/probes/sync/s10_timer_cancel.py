import threading

fired = []

def fire(name):
    fired.append(name)

a = threading.Timer(0.01, fire, args=("a",))
b = threading.Timer(0.2, fire, args=("b",))
a.start()
b.start()
b.cancel()
a.join()
b.join()
