"""The classic deadlock: two threads take two locks in opposite orders."""
import threading
import time

a = threading.Lock()
b = threading.Lock()
done = 0


def left():
    global done
    with a:
        time.sleep(0.01)
        with b:
            done += 1


def right():
    global done
    with b:
        time.sleep(0.01)
        with a:
            done += 1


t1 = threading.Thread(target=left, daemon=True)
t2 = threading.Thread(target=right, daemon=True)
t1.start()
t2.start()
t1.join()
t2.join()
print(done)
