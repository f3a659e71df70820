# threading.Thread(target=work).start() with no name and no join: the thread still finishes before exit.
import threading
import time

done = []


def work(i):
    time.sleep(0.01)
    done.append(i)


threading.Thread(target=work, args=(1,)).start()
[threading.Thread(target=work, args=(i,)).start() for i in (2, 3)]
