import threading
import time

ticks = 0

def ticker():
    global ticks
    while True:
        ticks += 1
        time.sleep(0.05)

threading.Thread(target=ticker, daemon=True).start()
time.sleep(0.12)
