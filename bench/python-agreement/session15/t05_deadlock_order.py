# bug: deadlock -- the two threads take lock_a and lock_b in opposite orders
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()
done = []


def task_one():
    with lock_a:
        time.sleep(0.01)
        with lock_b:
            done.append(1)


def task_two():
    with lock_b:
        time.sleep(0.01)
        with lock_a:
            done.append(2)


t1 = threading.Thread(target=task_one, daemon=True)
t2 = threading.Thread(target=task_two, daemon=True)
t1.start()
t2.start()
t1.join(timeout=0.2)
t2.join(timeout=0.2)

deadlocked = t1.is_alive() or t2.is_alive()
print("deadlock!" if deadlocked else "finished", done)
