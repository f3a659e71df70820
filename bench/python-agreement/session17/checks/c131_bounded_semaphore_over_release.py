# bug: releasing a BoundedSemaphore more often than it was acquired raises ValueError
import threading

slots = threading.BoundedSemaphore(1)
done = 0


def worker():
    global done
    with slots:
        done += 1
    slots.release()
    done += 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(done)
