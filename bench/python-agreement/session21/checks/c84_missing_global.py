# BUG: += on a global without `global`: UnboundLocalError in the thread, the counter stays 0
import threading

counter = 0


def increment():
    counter += 1


t = threading.Thread(target=increment)
t.start()
t.join()
print(counter)
