import threading

fired = 0


def ring():
    global fired
    fired += 1


threading.Timer(0.02, ring).start()
