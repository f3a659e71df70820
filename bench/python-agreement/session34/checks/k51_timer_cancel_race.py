# A Timer cancelled before it fires never runs; one cancelled after it fired already ran.
import threading
import time

fired = []

early = threading.Timer(0.05, fired.append, args=("early",))
late = threading.Timer(0.001, fired.append, args=("late",))
early.start()
late.start()
time.sleep(0.02)
early.cancel()
late.cancel()
early.join()
late.join()
print(fired)
