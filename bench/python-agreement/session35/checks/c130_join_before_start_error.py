"""join() of a thread never started raises RuntimeError; start() twice raises RuntimeError too."""
import threading

errors = []
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError:
    errors.append("join before start")
t.start()
t.join()
try:
    t.start()
except RuntimeError:
    errors.append("started twice")
print(errors)
