# a thread started by a daemon thread is a daemon too (daemon is inherited): the program does not wait for it
import threading
import time

written = 0
started = threading.Event()


def late_writer():
    global written
    time.sleep(0.2)
    written = 1


def supervisor():
    threading.Thread(target=late_writer).start()
    started.set()


threading.Thread(target=supervisor, daemon=True).start()
started.wait()
time.sleep(0.01)
