# check: who writes first after Thread.start(): the new thread or the main thread
import threading

log = []


def child():
    log.append("child")


t = threading.Thread(target=child)
t.start()
log.append("main")
t.join()
print(log)
