# check: join(timeout) gives up on a slow thread; is_alive() says so
import threading
import time

still_running = -1
done = 0


def slow():
    global done
    time.sleep(0.2)
    done = 1


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.01)
still_running = t.is_alive()
t.join()
print(still_running, done)
