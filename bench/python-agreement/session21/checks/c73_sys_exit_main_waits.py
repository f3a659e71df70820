# sys.exit() in main still waits for the non-daemon threads, which finish their work
import sys
import threading
import time

written = 0


def worker():
    global written
    time.sleep(0.05)
    written = 1


threading.Thread(target=worker).start()
sys.exit(0)
