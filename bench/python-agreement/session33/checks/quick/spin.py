import threading

ready = False
spins = 0
result = []


def waiter():
    global spins
    while not ready:
        spins += 1
    result.append("saw ready")


def setter():
    global ready
    ready = True


w = threading.Thread(target=waiter)
s = threading.Thread(target=setter)
w.start()
s.start()
w.join()
s.join()
print(result, spins > 0)
