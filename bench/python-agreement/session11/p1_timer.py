import threading
fired = 0
def fire():
    global fired
    fired += 1
t = threading.Timer(0.01, fire)
t.start()
t.join()
print(fired)
