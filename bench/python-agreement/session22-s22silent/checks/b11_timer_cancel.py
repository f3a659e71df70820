import threading

fired = []


def fire():
    fired.append(1)


timer = threading.Timer(0.05, fire)
timer.start()
timer.cancel()
timer.join()
count = len(fired)
