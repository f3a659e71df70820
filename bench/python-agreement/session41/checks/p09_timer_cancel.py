# check: Timer cancelled before its interval never runs its function
import threading
import time

calls = []


def ring(tag):
    calls.append(tag)


early = threading.Timer(0.001, ring, args=("early",))
late = threading.Timer(0.05, ring, args=("late",))
early.start()
late.start()
time.sleep(0.01)
late.cancel()
early.join()
late.join()
print(calls)
