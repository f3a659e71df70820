# check: threading.Timer fires after its delay; a cancelled Timer never fires
import threading
import time

fired = []
t1 = threading.Timer(0.02, lambda: fired.append(1))
t2 = threading.Timer(0.01, lambda: fired.append(2))
t3 = threading.Timer(0.03, lambda: fired.append(3))
t1.start()
t2.start()
t3.start()
t3.cancel()
t1.join()
t2.join()
t3.join()
