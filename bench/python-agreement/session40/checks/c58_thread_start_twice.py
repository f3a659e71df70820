# Check: starting a thread twice raises RuntimeError. Bug: double start (caught).
import threading

runs = 0
errors = 0


def work():
    global runs
    runs += 1


t = threading.Thread(target=work)
t.start()
t.join()
try:
    t.start()
except RuntimeError:
    errors += 1
print(f"runs={runs} errors={errors}")
