# Lock.acquire(timeout=-1) waits without a limit (only -1 among the negative time-outs is allowed)
import threading

lock = threading.Lock()
got = lock.acquire(timeout=-1)
lock.release()
