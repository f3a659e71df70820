import threading
import time
def slow():
    time.sleep(0.05)
t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.01)
alive = t.is_alive()
t.join()
print(alive, t.is_alive())
