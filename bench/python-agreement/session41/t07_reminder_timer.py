# bug: none
import threading
import time

fired = []
lock = threading.Lock()


def remind(text):
    with lock:
        fired.append(text)


reminders = {
    "stretch": 0.003,
    "water": 0.001,
    "call mom": 0.5,
}
timers = {}
for text, delay in reminders.items():
    t = threading.Timer(delay, remind, args=(text,))
    timers[text] = t
    t.start()

time.sleep(0.02)
timers["call mom"].cancel()
for t in timers.values():
    t.join()

status = {name: ("fired" if name in fired else "cancelled") for name in reminders}
print(f"order={fired} status={status}")
