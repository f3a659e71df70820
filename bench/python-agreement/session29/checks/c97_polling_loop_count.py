# a poller counts its 1 ms naps until main sets the flag 10 ms later
import threading
import time

stop = False
polls = 0


def poller():
    global polls
    while not stop:
        polls += 1
        time.sleep(0.001)


t = threading.Thread(target=poller)
t.start()
time.sleep(0.01)
stop = True
t.join()
print(polls)
