# no bug: two reminders with threading.Timer; one is cancelled before it fires
import threading
import time

fired = []


def remind(message):
    fired.append(message)


soon = threading.Timer(0.005, remind, args=("stand up",))
later = threading.Timer(0.200, remind, args=("drink water",))
soon.start()
later.start()
time.sleep(0.050)
later.cancel()
soon.join()
later.join()
print("fired:", fired)
assert fired == ["stand up"]
