import threading
import time

fired = []


def remind(label):
    fired.append(label)


short = threading.Timer(0.02, remind, args=("short",))
long = threading.Timer(0.5, remind, args=("long",))
kwargs_timer = threading.Timer(0.03, remind, kwargs={"label": "kw"})

short.start()
long.start()
kwargs_timer.start()

time.sleep(0.1)
long.cancel()  # the long reminder is no longer needed

for t in (short, long, kwargs_timer):
    t.join()

print("fired", sorted(fired))
print("long alive", long.is_alive())
