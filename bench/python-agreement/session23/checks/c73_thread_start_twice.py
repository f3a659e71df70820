# check: starting a thread twice raises RuntimeError; joining a thread never started raises RuntimeError
import threading

errs = []
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError:
    errs.append(1)
t.start()
t.join()
try:
    t.start()
except RuntimeError:
    errs.append(2)
