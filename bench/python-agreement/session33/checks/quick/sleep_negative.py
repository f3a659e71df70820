import threading
import time
errors = []
def nap(d):
    try:
        time.sleep(d)
    except ValueError:
        errors.append('negative')
t = threading.Thread(target=nap, args=(-1,))
t.start()
t.join()
print(errors)
