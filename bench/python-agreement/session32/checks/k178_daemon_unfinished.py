# A daemon thread still sleeping at exit never appends; a non-daemon one does.
import threading
import time

done = []


def slow(tag, delay):
    time.sleep(delay)
    done.append(tag)


threading.Thread(target=slow, args=("daemon", 0.2), daemon=True).start()
t = threading.Thread(target=slow, args=("normal", 0.01))
t.start()
