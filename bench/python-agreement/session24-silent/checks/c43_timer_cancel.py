import threading

fired = []


def ring():
    fired.append(1)


t = threading.Timer(0.05, ring)
t.start()
t.cancel()
t.join()
print(fired)
